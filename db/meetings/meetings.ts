/**
 * Preparing a meeting: the draft, its changes (a new calendar SEQUENCE and new links when the invitees must
 * be told), and its cancellation. Each change is written with its history line in one IMMEDIATE transaction;
 * the caller e-mails afterwards.
 */
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { write, within, type DataContext, type Queryable, type Tx } from "../context";
import { agendaItems, meetingPreparers, meetings, users } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { ConflictError, FieldError, FormError } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/dates";
import { MEETING_KIND_LABELS } from "@/lib/domain/enums";
import type { AgendaItemInput } from "@/lib/meetings/agenda";
import { meetingConflictTheirs } from "@/lib/meetings/form-values";
import { canCancel, frozenReason, invitationsOut, meetingPhase } from "@/lib/meetings/phase";
import { formatMeetingWhen } from "@/lib/meetings/schedule";
import { agendaOf, inviteesOf, meetingOf, meetingTeam, preparersOf, type Issued, type Meeting, type WorkspaceReader } from "./queries";
import { renewToken } from "./invitees";
import { moveAnswerLinks } from "./links";
import { assertWorkspaceMayMail } from "../trust/verification";

export type MeetingFields = {
  title: string;
  kind: Meeting["kind"];
  startsAt: Date;
  durationMinutes: number;
  place: string;
  preparerIds: string[];
  agenda: AgendaItemInput[];
};

function checkPreparers(ctx: WorkspaceReader, preparerIds: string[]) {
  const team = new Set(meetingTeam(ctx).map((t) => t.userId));
  if (preparerIds.some((id) => !team.has(id))) {
    throw new FieldError("preparerIds", "Choisissez les personnes qui préparent parmi l'équipe municipale et les facilitateurs de la commune.");
  }
}

function writeAgendaAndPreparers(tx: Tx, meetingId: number, input: Pick<MeetingFields, "agenda" | "preparerIds">) {
  tx.delete(agendaItems).where(eq(agendaItems.meetingId, meetingId)).run();
  tx.insert(agendaItems)
    .values(input.agenda.map((a, i) => ({ meetingId, position: i + 1, title: a.title, durationMinutes: a.durationMinutes, leader: a.leader, questions: a.questions ?? "" })))
    .run();
  tx.delete(meetingPreparers).where(eq(meetingPreparers.meetingId, meetingId)).run();
  tx.insert(meetingPreparers).values(input.preparerIds.map((userId) => ({ meetingId, userId }))).run();
}

/** The stored version, for the form to show beside what the user typed. */
function conflictOf(db: Queryable, m: Meeting): ConflictError {
  const who = m.updatedBy ? db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, m.updatedBy)).get() : undefined;
  return new ConflictError({
    theirs: meetingConflictTheirs({ meeting: m, agenda: agendaOf(db, m.id), preparerIds: preparersOf(db, m.id).map((p) => p.userId) }),
    updatedBy: who ? displayName(who) : "Quelqu'un",
    updatedAt: formatDateTime(m.updatedAt),
    version: m.version,
  });
}

/** A new meeting, as a draft: nobody is notified until the invitations are sent. */
export function createMeeting(ctx: DataContext, input: MeetingFields): Meeting {
  return write(ctx, (tx) => {
    const c = within(ctx, tx);
    checkPreparers(c, input.preparerIds);
    const meeting = tx
      .insert(meetings)
      .values({
        workspaceId: ctx.workspace.id,
        title: input.title,
        kind: input.kind,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        place: input.place,
        icsUid: `${crypto.randomUUID()}@boussole`,
        createdBy: ctx.actor.id,
        createdAt: ctx.now,
        updatedBy: ctx.actor.id,
        updatedAt: ctx.now,
      })
      .returning()
      .get();
    writeAgendaAndPreparers(tx, meeting.id, input);
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "meeting.created",
      summary: `${displayName(ctx.actor)} a préparé la réunion « ${meeting.title} » (${MEETING_KIND_LABELS[meeting.kind].toLowerCase()}) pour le ${formatDateTime(meeting.startsAt)}, en brouillon.`,
      createdAt: ctx.now,
    });
    return meeting;
  });
}

export type ScheduleChange = { startsAt: Date; durationMinutes: number; place: string };
export type MeetingUpdate = { meeting: Meeting; before: ScheduleChange; scheduleChanged: boolean; issued: Issued[] };

/**
 * Saves the preparation over `version` (a stale one is a conflict). When the invitations are out and the
 * date, time, duration or place changed, the calendar's SEQUENCE grows and every invitee gets a new link,
 * to be e-mailed with the update.
 */
export function updateMeeting(ctx: DataContext, input: MeetingFields & { meetingId: number; version: number }): MeetingUpdate | null {
  return write(ctx, (tx) => {
    const c = within(ctx, tx);
    const m = meetingOf(c, input.meetingId);
    if (!m) return null;
    const frozen = frozenReason(m, ctx.now);
    if (frozen) throw new FormError(frozen);
    if (m.version !== input.version) throw conflictOf(tx, m);
    checkPreparers(c, input.preparerIds);
    const before = { startsAt: m.startsAt, durationMinutes: m.durationMinutes, place: m.place };
    const scheduleChanged = before.startsAt.getTime() !== input.startsAt.getTime() || before.durationMinutes !== input.durationMinutes || before.place !== input.place;
    const notify = scheduleChanged && invitationsOut(m);
    const updated = tx
      .update(meetings)
      .set({
        title: input.title,
        kind: input.kind,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        place: input.place,
        icsSequence: notify ? m.icsSequence + 1 : m.icsSequence,
        version: m.version + 1,
        updatedBy: ctx.actor.id,
        updatedAt: ctx.now,
      })
      .where(and(eq(meetings.id, m.id), eq(meetings.version, m.version)))
      .returning()
      .get();
    if (!updated) throw conflictOf(tx, meetingOf(c, input.meetingId)!);
    writeAgendaAndPreparers(tx, m.id, input);
    if (scheduleChanged) moveAnswerLinks(tx, updated);
    const issued = notify ? inviteesOf(tx, m.id).filter((i) => i.tokenHash).map((i) => renewToken(tx, i, updated, ctx.now)) : [];
    // The change is e-mailed to the invitees: refused (nothing written) while the workspace is not verified.
    if (issued.length > 0) assertWorkspaceMayMail(tx, ctx.workspace.id, "meeting_mail");
    const what = scheduleChanged ? `nouvel horaire : ${formatMeetingWhen(updated)} ; lieu : ${updated.place}` : "préparation mise à jour";
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "meeting.updated",
      summary: `${displayName(ctx.actor)} a modifié la réunion « ${updated.title} » (${what})${notify ? ` ; mise à jour envoyée à ${issued.length} invité·e(s)` : ""}.`,
      createdAt: ctx.now,
    });
    return { meeting: updated, before, scheduleChanged, issued };
  });
}

/** Cancels the meeting; invitees who had been invited get a cancellation (same UID, next SEQUENCE). */
export function cancelMeeting(ctx: DataContext, input: { meetingId: number; version: number; reason: string }) {
  return write(ctx, (tx) => {
    const m = meetingOf(within(ctx, tx), input.meetingId);
    if (!m) return null;
    if (!canCancel(m, ctx.now)) {
      throw new FormError(meetingPhase(m, ctx.now) === "annulee" ? "Cette réunion est déjà annulée." : "Cette réunion a eu lieu : elle ne peut plus être annulée.");
    }
    if (m.version !== input.version) throw new FormError("La réunion vient d'être modifiée par quelqu'un d'autre : rechargez la page avant de l'annuler.");
    const wasSent = invitationsOut(m);
    const meeting = tx
      .update(meetings)
      .set({ status: "annulee", cancelledAt: ctx.now, icsSequence: wasSent ? m.icsSequence + 1 : m.icsSequence, version: m.version + 1, updatedBy: ctx.actor.id, updatedAt: ctx.now })
      .where(and(eq(meetings.id, m.id), eq(meetings.version, m.version)))
      .returning()
      .get()!;
    const recipients = wasSent ? inviteesOf(tx, m.id).filter((i) => i.tokenHash) : [];
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "meeting.cancelled",
      summary: `${displayName(ctx.actor)} a annulé la réunion « ${m.title} » du ${formatDateTime(m.startsAt)}${wasSent ? ` ; ${recipients.length} invité·e(s) prévenu·e(s)` : ""}${input.reason ? ` — « ${input.reason} »` : ""}.`,
      createdAt: ctx.now,
    });
    return { meeting, recipients, wasSent };
  });
}
