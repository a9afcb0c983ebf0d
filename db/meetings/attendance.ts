/** After the meeting: who came, invitees and team. The meeting becomes "held"; attendance can be corrected later. */
import { eq } from "drizzle-orm";
import { write, within, type DataContext } from "../context";
import { meetingInvitees, meetings, meetingTeamAttendance } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { FormError } from "@/lib/domain/errors";
import { attendanceRefusal, meetingPhase } from "@/lib/meetings/phase";
import { inviteesOf, meetingOf, meetingTeam, type Meeting } from "./queries";

export type AttendanceInput = { meetingId: number; version: number; inviteeIds: number[]; teamUserIds: string[] };

/** Records who attended over `version` (a stale one is refused: someone changed the meeting meanwhile). */
export function recordAttendance(ctx: DataContext, input: AttendanceInput): { meeting: Meeting; present: number } | null {
  return write(ctx, (tx) => {
    const c = within(ctx, tx);
    const m = meetingOf(c, input.meetingId);
    if (!m) return null;
    const refused = attendanceRefusal(m, ctx.now);
    if (refused) throw new FormError(refused);
    if (m.version !== input.version) throw new FormError("La réunion vient d'être modifiée par quelqu'un d'autre : rechargez la page avant de noter les présences.");
    const list = inviteesOf(tx, m.id);
    const team = meetingTeam(c);
    const present = new Set(input.inviteeIds);
    const presentTeam = new Set(input.teamUserIds);
    if ([...present].some((id) => !list.some((i) => i.id === id)) || [...presentTeam].some((id) => !team.some((t) => t.userId === id))) {
      throw new FormError("La liste des participants a changé : rechargez la page.");
    }
    for (const i of list) tx.update(meetingInvitees).set({ attended: present.has(i.id) }).where(eq(meetingInvitees.id, i.id)).run();
    for (const t of team) {
      tx.insert(meetingTeamAttendance)
        .values({ meetingId: m.id, userId: t.userId, attended: presentTeam.has(t.userId) })
        .onConflictDoUpdate({ target: [meetingTeamAttendance.meetingId, meetingTeamAttendance.userId], set: { attended: presentTeam.has(t.userId) } })
        .run();
    }
    const meeting = tx
      .update(meetings)
      .set({ status: "tenue", heldAt: m.heldAt ?? ctx.now, version: m.version + 1, updatedBy: ctx.actor.id, updatedAt: ctx.now })
      .where(eq(meetings.id, m.id))
      .returning()
      .get()!;
    const wasHeld = meetingPhase(m, ctx.now) === "tenue";
    const came = list.filter((i) => present.has(i.id));
    const professions = new Set(came.map((i) => i.profession.trim().toLowerCase()).filter(Boolean));
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: wasHeld ? "meeting.attendance_updated" : "meeting.held",
      summary: `${displayName(ctx.actor)} a noté les présences à « ${m.title} » : ${came.length} professionnel·le(s) de ${professions.size} profession(s), ${presentTeam.size} membre(s) de l'équipe${wasHeld ? "" : " ; la réunion est tenue"}.`,
      createdAt: ctx.now,
    });
    return { meeting, present: came.length };
  });
}
