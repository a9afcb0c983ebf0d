/**
 * The invitee's reading link: no account, the token is the key (only its SHA-256 is stored). It reads only
 * (mail scanners open links), works after the meeting (that is its point), and expires a year after it was
 * sent. The answer link of an invitee who receives the synthesis shows it too, once published.
 */
import { and, asc, eq, gt } from "drizzle-orm";
import type { BaseContext } from "../context";
import { communes, meetingInvitees, meetings, meetingTeamAttendance, nextSteps, synthesisLinks, workspaces } from "../schema";
import { agendaOf, meetingTeam } from "../meetings/queries";
import { COMMUNE_ROLE_LABELS, NEXT_STEP_STATUS_LABELS } from "@/lib/domain/enums";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import { alignWithAgenda } from "@/lib/synthesis/content";
import { attendanceByProfession, receivesSynthesis } from "@/lib/synthesis/readers";
import { synthesisOf } from "./queries";

/** What a reader without an account sees: the published text, the commune, who came by profession. */
function readingView(ctx: BaseContext, meetingId: number) {
  const row = ctx.db
    .select({ meeting: meetings, communeName: communes.name, communeCode: communes.code })
    .from(meetings)
    .innerJoin(workspaces, eq(workspaces.id, meetings.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(eq(meetings.id, meetingId))
    .get();
  const synthesis = row ? synthesisOf(ctx.db, meetingId) : null;
  if (!row || !synthesis?.published || !synthesis.publishedAt || !synthesis.firstPublishedAt) return null;
  const invitees = ctx.db
    .select({ profession: meetingInvitees.profession, attended: meetingInvitees.attended })
    .from(meetingInvitees)
    .where(eq(meetingInvitees.meetingId, meetingId))
    .orderBy(asc(meetingInvitees.id))
    .all();
  const present = new Set(
    ctx.db
      .select({ userId: meetingTeamAttendance.userId })
      .from(meetingTeamAttendance)
      .where(and(eq(meetingTeamAttendance.meetingId, meetingId), eq(meetingTeamAttendance.attended, true)))
      .all()
      .map((t) => t.userId),
  );
  const team = meetingTeam({ db: ctx.db, workspace: { id: row.meeting.workspaceId, communeCode: row.communeCode } })
    .filter((t) => present.has(t.userId))
    .map((t) => ({ name: t.name, roles: t.roles.map((r) => COMMUNE_ROLE_LABELS[r]), attended: true }));
  return {
    meeting: row.meeting,
    communeName: row.communeName,
    team,
    nextSteps: meetingNextSteps(ctx, meetingId),
    workspaceId: row.meeting.workspaceId,
    content: alignWithAgenda(synthesis.published, agendaOf(ctx.db, meetingId)),
    publishedAt: synthesis.publishedAt,
    firstPublishedAt: synthesis.firstPublishedAt,
    professions: attendanceByProfession(invitees),
  };
}
/** The next steps decided from this meeting's synthesis, for its readers (what, who, by when, where it stands). */
export function meetingNextSteps(ctx: BaseContext, meetingId: number) {
  return ctx.db
    .select({ id: nextSteps.id, title: nextSteps.title, owner: nextSteps.ownerLabel, dueOn: nextSteps.dueOn, status: nextSteps.status })
    .from(nextSteps)
    .where(eq(nextSteps.meetingId, meetingId))
    .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id))
    .all()
    .map((s) => ({ ...s, status: NEXT_STEP_STATUS_LABELS[s.status] }));
}

export type ReadingView = NonNullable<ReturnType<typeof readingView>>;

/** The published synthesis behind a reading link; null for a malformed, unknown or expired token. Reads only. */
export function findSynthesisByReadingToken(ctx: BaseContext, input: { token: string }) {
  if (!isWellFormedToken(input.token)) return null;
  const link = ctx.db
    .select({ meetingId: synthesisLinks.meetingId, inviteeName: meetingInvitees.name })
    .from(synthesisLinks)
    .innerJoin(meetingInvitees, eq(meetingInvitees.id, synthesisLinks.inviteeId))
    .where(and(eq(synthesisLinks.tokenHash, hashToken(input.token)), gt(synthesisLinks.expiresAt, ctx.now)))
    .get();
  if (!link) return null;
  const view = readingView(ctx, link.meetingId);
  return view ? { ...view, readerName: link.inviteeName } : null;
}

/** The published synthesis for an invitee holding their answer link, when they receive it; null otherwise. */
export function publishedSynthesisForInvitee(ctx: BaseContext, input: { invitee: { meetingId: number; answer: "oui" | "non" | "peut_etre" | null; attended: boolean | null } }) {
  if (!receivesSynthesis(input.invitee)) return null;
  return readingView(ctx, input.invitee.meetingId);
}
