/**
 * The commune's meetings for its export: the meetings with their agenda, the invitees and their answers, the
 * syntheses (published text and draft). Every query is scoped by the workspace; personal links' token hashes
 * are never exported.
 */
import { frenchKey } from "@/db/french-order";
import { asc, eq, inArray } from "drizzle-orm";
import type { DataContext } from "../context";
import { agendaItems, meetingInvitees, meetingSyntheses, meetings, users } from "../schema";
import { displayName } from "../users";

type Reader = Pick<DataContext, "db" | "workspace">;

export function meetingsForExport(ctx: Reader) {
  const rows = ctx.db
    .select({
      id: meetings.id,
      title: meetings.title,
      kind: meetings.kind,
      startsAt: meetings.startsAt,
      durationMinutes: meetings.durationMinutes,
      place: meetings.place,
      status: meetings.status,
      invitationsSentAt: meetings.invitationsSentAt,
      heldAt: meetings.heldAt,
      cancelledAt: meetings.cancelledAt,
      createdAt: meetings.createdAt,
    })
    .from(meetings)
    .where(eq(meetings.workspaceId, ctx.workspace.id))
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .all();
  const ids = rows.map((m) => m.id);
  const agenda = ids.length
    ? ctx.db
        .select({ meetingId: agendaItems.meetingId, position: agendaItems.position, title: agendaItems.title, durationMinutes: agendaItems.durationMinutes, leader: agendaItems.leader, questions: agendaItems.questions })
        .from(agendaItems)
        .where(inArray(agendaItems.meetingId, ids))
        .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position))
        .all()
    : [];
  return rows.map((m) => ({ ...m, agenda: agenda.filter((a) => a.meetingId === m.id).map(({ meetingId: _, ...a }) => a) }));
}

export function inviteesForExport(ctx: Reader) {
  return ctx.db
    .select({
      id: meetingInvitees.id,
      meetingId: meetingInvitees.meetingId,
      meetingTitle: meetings.title,
      professionalId: meetingInvitees.professionalId,
      name: meetingInvitees.name,
      profession: meetingInvitees.profession,
      email: meetingInvitees.email,
      answer: meetingInvitees.answer,
      comment: meetingInvitees.comment,
      answeredAt: meetingInvitees.answeredAt,
      situation: meetingInvitees.situation,
      conditions: meetingInvitees.conditions,
      difficulties: meetingInvitees.difficulties,
      expectations: meetingInvitees.expectations,
      attended: meetingInvitees.attended,
    })
    .from(meetingInvitees)
    .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
    .where(eq(meetings.workspaceId, ctx.workspace.id))
    .orderBy(asc(meetings.startsAt), asc(meetingInvitees.meetingId), frenchKey(meetingInvitees.name), asc(meetingInvitees.name), asc(meetingInvitees.id))
    .all();
}

export function synthesesForExport(ctx: Reader) {
  return ctx.db
    .select({
      meetingId: meetingSyntheses.meetingId,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      published: meetingSyntheses.published,
      firstPublishedAt: meetingSyntheses.firstPublishedAt,
      publishedAt: meetingSyntheses.publishedAt,
      draft: meetingSyntheses.draft,
      updatedAt: meetingSyntheses.updatedAt,
      updatedByName: users.name,
      updatedByEmail: users.email,
    })
    .from(meetingSyntheses)
    .innerJoin(meetings, eq(meetings.id, meetingSyntheses.meetingId))
    .leftJoin(users, eq(users.id, meetingSyntheses.updatedBy))
    .where(eq(meetingSyntheses.workspaceId, ctx.workspace.id))
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .all()
    .map(({ updatedByName, updatedByEmail, ...s }) => ({ ...s, updatedBy: updatedByEmail ? displayName({ name: updatedByName, email: updatedByEmail }) : null }));
}
