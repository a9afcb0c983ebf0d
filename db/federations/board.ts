/**
 * The federation's pipeline: every commune that asked it, at its stage, with what the federation has to do.
 * Nine queries whatever the number of communes (the latest requests, the facilitators, then the batched
 * `workspaceProgress` and `workspaceFollowUp`); one when no commune asked. Only counts, booleans and dates
 * cross from a commune into the list: never a professional's age or departure.
 */
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { BaseContext, FederationDataContext } from "../context";
import { communes, departements, federationRequests, users, workspaceMembers, workspaces } from "../schema";
import { displayName } from "../users";
import { workspaceFollowUp, workspaceProgress } from "../progress";
import { dueItems, pipelineEntry, type PipelineEntry, type PipelineFacilitator } from "@/lib/federation/pipeline";

export type DeclinedRequest = { requestId: number; communeName: string; departementName: string; decidedAt: Date | null; declineReason: string | null };

export type FederationPipeline = {
  /** The communes whose latest request to the federation is pending or accepted. */
  entries: PipelineEntry[];
  /** Those whose latest request the federation declined, latest decision first. */
  declined: DeclinedRequest[];
};

/**
 * Each commune's latest request to this federation, withdrawn ones left aside (a commune that withdrew and
 * asked no one else again is not the federation's to follow): pending and accepted ones make the pipeline,
 * declined ones are listed apart.
 */
export function federationPipeline(ctx: BaseContext, input: { federationId: string }): FederationPipeline {
  const ranked = ctx.db
    .select({
      id: federationRequests.id,
      workspaceId: federationRequests.workspaceId,
      status: federationRequests.status,
      requestedAt: federationRequests.requestedAt,
      decidedAt: federationRequests.decidedAt,
      declineReason: federationRequests.declineReason,
      rank: sql<number>`row_number() over (partition by ${federationRequests.workspaceId} order by ${federationRequests.requestedAt} desc, ${federationRequests.id} desc)`.as("rank"),
    })
    .from(federationRequests)
    .where(and(eq(federationRequests.federationId, input.federationId), ne(federationRequests.status, "withdrawn")))
    .as("ranked");
  const latest = ctx.db
    .select({
      requestId: ranked.id,
      workspaceId: ranked.workspaceId,
      status: ranked.status,
      requestedAt: ranked.requestedAt,
      decidedAt: ranked.decidedAt,
      declineReason: ranked.declineReason,
      communeCode: communes.code,
      communeName: communes.name,
      departementCode: communes.departementCode,
      departementName: departements.name,
      mandateStart: workspaces.mandateStart,
    })
    .from(ranked)
    .innerJoin(workspaces, eq(workspaces.id, ranked.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .where(eq(ranked.rank, 1))
    .all();

  const declined = latest
    .filter((r) => r.status === "declined")
    .sort((a, b) => (b.decidedAt?.getTime() ?? 0) - (a.decidedAt?.getTime() ?? 0))
    .map((r) => ({ requestId: r.requestId, communeName: r.communeName, departementName: r.departementName ?? r.departementCode, decidedAt: r.decidedAt, declineReason: r.declineReason }));
  const open = latest.flatMap((r) => (r.status === "pending" || r.status === "accepted" ? [{ ...r, status: r.status }] : []));
  if (open.length === 0) return { entries: [], declined };
  const ids = open.map((r) => r.workspaceId);

  const facilitators = new Map<number, PipelineFacilitator[]>();
  for (const f of ctx.db
    .select({ workspaceId: workspaceMembers.workspaceId, userId: users.id, name: users.name, email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(inArray(workspaceMembers.workspaceId, ids), eq(workspaceMembers.role, "facilitateur"), eq(workspaceMembers.federationId, input.federationId)))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .all()) {
    const list = facilitators.get(f.workspaceId) ?? [];
    list.push({ userId: f.userId, name: displayName(f) });
    facilitators.set(f.workspaceId, list);
  }

  const progress = workspaceProgress(ctx, { workspaceIds: ids, inventory: "count" });
  const followUp = workspaceFollowUp(ctx, { workspaceIds: ids });
  const entries = open.map((r) => {
    const p = progress.get(r.workspaceId)!;
    const f = followUp.get(r.workspaceId)!;
    return pipelineEntry(
      {
        workspaceId: r.workspaceId,
        requestId: r.requestId,
        communeCode: r.communeCode,
        communeName: r.communeName,
        departementCode: r.departementCode,
        departementName: r.departementName ?? r.departementCode,
        mandateStart: r.mandateStart,
        requestStatus: r.status,
        requestedAt: r.requestedAt,
        decidedAt: r.decidedAt,
        facilitators: facilitators.get(r.workspaceId) ?? [],
        lastActivityAt: p.lastActivityAt,
      },
      {
        requestStatus: r.status,
        professionals: p.inventory.professionals,
        openMeetings: p.openMeetings,
        firstMeetingHeldAt: p.firstMeetingHeldAt,
        firstSynthesisPublishedAt: f.firstSynthesisPublishedAt,
        followUpMeetings: f.followUpMeetings,
        lastMeetingCreatedAt: f.lastMeetingCreatedAt,
        lastNextStepAt: f.nextSteps.lastCreatedAt,
        heldWithoutSynthesis: f.heldWithoutSynthesis,
      },
      ctx.now,
    );
  });
  return { entries, declined };
}

/**
 * What the federation has to do, for the page and the daily job's digest: requests to answer (oldest first),
 * accepted communes without a meeting, held meetings without a published synthesis, quiet communes.
 */
export function federationDueItems(ctx: BaseContext, input: { federationId: string }) {
  return dueItems(federationPipeline(ctx, input).entries);
}

/** One request addressed to the federation, with what the decision needs; null when it is another's. */
export function federationRequestDetail(ctx: FederationDataContext, input: { requestId: number }) {
  return (
    ctx.db
      .select({
        id: federationRequests.id,
        status: federationRequests.status,
        message: federationRequests.message,
        declineReason: federationRequests.declineReason,
        requestedAt: federationRequests.requestedAt,
        decidedAt: federationRequests.decidedAt,
        communeCode: communes.code,
        communeName: communes.name,
        population: communes.population,
        departementName: departements.name,
        mandateStart: workspaces.mandateStart,
        verifiedAt: workspaces.verifiedAt,
        requesterName: users.name,
        requesterEmail: users.email,
      })
      .from(federationRequests)
      .innerJoin(workspaces, eq(workspaces.id, federationRequests.workspaceId))
      .innerJoin(communes, eq(communes.code, workspaces.communeCode))
      .leftJoin(departements, eq(departements.code, communes.departementCode))
      .innerJoin(users, eq(users.id, federationRequests.requestedBy))
      .where(and(eq(federationRequests.id, input.requestId), eq(federationRequests.federationId, ctx.federationId)))
      .get() ?? null
  );
}
