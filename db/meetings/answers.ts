/**
 * The invitee's personal link: no account, the token is the key (only its SHA-256 is stored). Opening the link
 * reads only — mail scanners open links — and answering is the one write it allows, until the meeting starts.
 */
import { eq } from "drizzle-orm";
import { write, type BaseContext, type Queryable } from "../context";
import { inviteeOfToken } from "./links";
import { communes, meetingInvitees, meetings, workspaces } from "../schema";
import { recordHistory } from "../history";
import { RSVP_LABELS, type RsvpAnswer } from "@/lib/domain/enums";
import { isWellFormedToken } from "@/lib/tokens";
import { professionLabel } from "@/lib/meetings/invitees";
import { linkState, type LinkState } from "@/lib/meetings/phase";
import { formatMeetingShort } from "@/lib/meetings/schedule";
import { agendaOf, mailContext, preparersOf, type Invitee } from "./queries";

/** The invitee and meeting behind a live link, with the commune's name. */
function linkRow(db: Queryable, inviteeId: number) {
  return db
    .select({ invitee: meetingInvitees, meeting: meetings, communeName: communes.name })
    .from(meetingInvitees)
    .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
    .innerJoin(workspaces, eq(workspaces.id, meetings.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(eq(meetingInvitees.id, inviteeId))
    .get();
}

/** What the personal link shows; null for a malformed, unknown or ended link (see `findEndedLink`). Reads only. */
export function findInvitationByToken(ctx: BaseContext, input: { token: string }) {
  if (!isWellFormedToken(input.token)) return null;
  const link = inviteeOfToken(ctx.db, input.token, ctx.now);
  const row = link?.live ? linkRow(ctx.db, link.inviteeId) : undefined;
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

/** A link of ours that has ended (reading period over, or revoked): whom its holder can turn to. Reads only. */
export function findEndedLink(ctx: BaseContext, input: { token: string }) {
  if (!isWellFormedToken(input.token)) return null;
  const link = inviteeOfToken(ctx.db, input.token, ctx.now);
  const row = link && !link.live ? linkRow(ctx.db, link.inviteeId) : undefined;
  if (!row) return null;
  return { meeting: row.meeting, communeName: row.communeName, organisers: preparersOf(ctx.db, row.meeting.id).map((p) => ({ name: p.name, email: p.email })) };
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
    const link = inviteeOfToken(tx, input.token, ctx.now);
    const row = link?.live ? linkRow(tx, link.inviteeId) : undefined;
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
      .where(eq(meetingInvitees.id, row.invitee.id))
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
