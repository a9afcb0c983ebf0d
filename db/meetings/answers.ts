/**
 * The invitee's personal link: no account, the token is the key (only its SHA-256 is stored). Opening the link
 * reads only — mail scanners open links — and answering is the one write it allows, until the meeting starts.
 */
import { and, eq } from "drizzle-orm";
import { write, type BaseContext } from "../context";
import { communes, meetingInvitees, meetings, workspaces } from "../schema";
import { recordHistory } from "../history";
import { RSVP_LABELS, type RsvpAnswer } from "@/lib/domain/enums";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import { professionLabel } from "@/lib/meetings/invitees";
import { linkState, type LinkState } from "@/lib/meetings/phase";
import { formatMeetingShort } from "@/lib/meetings/schedule";
import { agendaOf, mailContext, preparersOf, type Invitee } from "./queries";

/** What the personal link shows; null for a malformed, unknown or replaced token. Reads only. */
export function findInvitationByToken(ctx: BaseContext, input: { token: string }) {
  if (!isWellFormedToken(input.token)) return null;
  const row = ctx.db
    .select({ invitee: meetingInvitees, meeting: meetings, communeName: communes.name })
    .from(meetingInvitees)
    .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
    .innerJoin(workspaces, eq(workspaces.id, meetings.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(eq(meetingInvitees.tokenHash, hashToken(input.token)))
    .get();
  const state = row ? linkState(row.meeting, ctx.now) : null;
  if (!row || !state) return null;
  return {
    invitee: row.invitee,
    meeting: row.meeting,
    communeName: row.communeName,
    state,
    agenda: agendaOf(ctx.db, row.meeting.id),
    preparers: preparersOf(ctx.db, row.meeting.id).map((p) => p.name),
    mail: mailContext(ctx, { meeting: row.meeting }),
  };
}
export type InvitationView = NonNullable<ReturnType<typeof findInvitationByToken>>;

export type AnswerInput = {
  answer: RsvpAnswer;
  comment: string;
  situation: string;
  conditions: string;
  difficulties: string;
  expectations: string;
};

export type AnswerResult = { ok: true; invitee: Invitee } | { ok: false; reason: "invalid" | Exclude<LinkState, "open"> };

/** Records (or changes) an answer, until the meeting starts. */
export function answerInvitation(ctx: BaseContext, input: AnswerInput & { token: string }): AnswerResult {
  if (!isWellFormedToken(input.token)) return { ok: false, reason: "invalid" };
  return write(ctx, (tx): AnswerResult => {
    const row = tx
      .select({ invitee: meetingInvitees, meeting: meetings })
      .from(meetingInvitees)
      .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
      .where(eq(meetingInvitees.tokenHash, hashToken(input.token)))
      .get();
    const state = row ? linkState(row.meeting, ctx.now) : null;
    if (!row || !state) return { ok: false, reason: "invalid" };
    if (state !== "open") return { ok: false, reason: state };
    const blank = (s: string) => s.trim() || null;
    const invitee = tx
      .update(meetingInvitees)
      .set({
        answer: input.answer,
        comment: blank(input.comment),
        situation: blank(input.situation),
        conditions: blank(input.conditions),
        difficulties: blank(input.difficulties),
        expectations: blank(input.expectations),
        answeredAt: ctx.now,
      })
      .where(and(eq(meetingInvitees.id, row.invitee.id), eq(meetingInvitees.tokenHash, row.invitee.tokenHash!)))
      .returning()
      .get();
    if (!invitee) return { ok: false, reason: "invalid" };
    const changed = row.invitee.answer && row.invitee.answer !== input.answer ? ` (au lieu de « ${RSVP_LABELS[row.invitee.answer]} »)` : "";
    recordHistory(tx, {
      workspaceId: row.meeting.workspaceId,
      actorId: null,
      action: "meeting.answered",
      summary: `${invitee.name} (${professionLabel(invitee.profession)}) a répondu « ${RSVP_LABELS[input.answer]} »${changed} à l'invitation à « ${row.meeting.title} » du ${formatMeetingShort(row.meeting.startsAt)}.`,
      createdAt: ctx.now,
    });
    return { ok: true, invitee };
  });
}
