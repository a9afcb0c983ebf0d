/**
 * What happened after the meetings, for lists of many workspaces (the federation's pipeline): published
 * syntheses, held meetings still without one, follow-up meetings and next steps. Two queries whatever the
 * number of workspaces — meetings with their synthesis, next steps — each `inArray` + `group by`.
 */
import { count, inArray, max, sql, eq } from "drizzle-orm";
import type { BaseContext } from "../context";
import { meetingSyntheses, meetings, nextSteps } from "../schema";

export type WorkspaceFollowUp = {
  workspaceId: number;
  /** When the workspace's first synthesis was published; null when none is. */
  firstSynthesisPublishedAt: Date | null;
  /** Held meetings whose synthesis is not published (not written, or still a draft). */
  heldWithoutSynthesis: number;
  /** Meetings of the "réunion de suivi" kind, not cancelled. */
  followUpMeetings: number;
  /** When the latest meeting that is not cancelled was created. */
  lastMeetingCreatedAt: Date | null;
  nextSteps: { count: number; lastCreatedAt: Date | null };
};

/** The follow-up of each workspace asked for, by id (unknown ids get an empty one). */
export function workspaceFollowUp(ctx: BaseContext, input: { workspaceIds: readonly number[] }): Map<number, WorkspaceFollowUp> {
  const ids = [...new Set(input.workspaceIds)];
  const result = new Map<number, WorkspaceFollowUp>(
    ids.map((workspaceId) => [
      workspaceId,
      { workspaceId, firstSynthesisPublishedAt: null, heldWithoutSynthesis: 0, followUpMeetings: 0, lastMeetingCreatedAt: null, nextSteps: { count: 0, lastCreatedAt: null } },
    ]),
  );
  if (ids.length === 0) return result;
  const of = (workspaceId: number) => result.get(workspaceId)!;

  const held = eq(meetings.status, "tenue");
  const live = sql`${meetings.status} <> 'annulee'`;
  for (const m of ctx.db
    .select({
      workspaceId: meetings.workspaceId,
      firstPublishedAt: sql<Date | null>`min(${meetingSyntheses.firstPublishedAt})`.mapWith(meetingSyntheses.firstPublishedAt),
      heldWithout: sql<number>`sum(case when ${held} and ${meetingSyntheses.firstPublishedAt} is null then 1 else 0 end)`.mapWith(Number),
      followUps: sql<number>`sum(case when ${eq(meetings.kind, "suivi")} and ${live} then 1 else 0 end)`.mapWith(Number),
      lastCreatedAt: sql<Date | null>`max(case when ${live} then ${meetings.createdAt} end)`.mapWith(meetings.createdAt),
    })
    .from(meetings)
    .leftJoin(meetingSyntheses, eq(meetingSyntheses.meetingId, meetings.id))
    .where(inArray(meetings.workspaceId, ids))
    .groupBy(meetings.workspaceId)
    .all()) {
    Object.assign(of(m.workspaceId), {
      firstSynthesisPublishedAt: m.firstPublishedAt,
      heldWithoutSynthesis: m.heldWithout,
      followUpMeetings: m.followUps,
      lastMeetingCreatedAt: m.lastCreatedAt,
    });
  }

  for (const s of ctx.db
    .select({ workspaceId: nextSteps.workspaceId, n: count(), last: max(nextSteps.createdAt) })
    .from(nextSteps)
    .where(inArray(nextSteps.workspaceId, ids))
    .groupBy(nextSteps.workspaceId)
    .all()) {
    of(s.workspaceId).nextSteps = { count: s.n, lastCreatedAt: s.last };
  }
  return result;
}
