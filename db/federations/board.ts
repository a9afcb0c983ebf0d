/**
 * The federation's pipeline: the communes that asked it, at their stage, with what the federation has to do —
 * filtered, counted, ordered and paged in SQL, so that a page costs the same for 6 communes or 6,000. Each
 * commune's facts are one row of `workspace_pipeline_facts` (kept by triggers); its stage and what is due are
 * SQL expressions over that row (`pipeline-sql.ts`) that follow the rules of `lib/federation/pipeline.ts`, which
 * then builds the entries shown from the same facts. Only counts, booleans and dates cross from a commune into
 * the list: never a professional's age or departure.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { BaseContext, FederationDataContext, Queryable } from "../context";
import { prepared } from "../prepared";
import { communes, departements, federationRequests, users, workspaceMembers, workspaces } from "../schema";
import { displayName } from "../users";
import {
  DUE_KINDS,
  PIPELINE_PAGE_SIZE,
  PIPELINE_STAGES,
  pipelineEntry,
  quietCutoff,
  type DueKind,
  type PipelineEntry,
  type PipelineFacilitator,
  type PipelineFilters,
  type PipelinePage,
  type PipelineStage,
} from "@/lib/federation/pipeline";
import { declinedRequests, type DeclinedRequest } from "./declined";
import { pipelineView, type PipelineRow } from "./pipeline-sql";

export type { DeclinedRequest };

export type DueList = { total: number; first: PipelineEntry[] };

export type FederationBoard = {
  /** The communes whose latest request to the federation is pending or accepted. */
  communes: number;
  /** The page of the list asked for, with its counts. */
  list: PipelinePage;
  /** What the federation has to do: how many of each, and the most urgent few. */
  due: Record<DueKind, DueList>;
  /** The departments of the pipeline's communes, for the filter (by name). */
  departements: { code: string; name: string }[];
  /** Those whose latest request the federation declined: how many, and the latest decisions. */
  declined: { total: number; latest: DeclinedRequest[] };
};

const DECLINED_SHOWN = 10;
const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/**
 * The federation's page, in three queries whatever the number of communes: the declined requests; the pipeline
 * (its counts by stage and department, the page and the first of each to-do list); the facilitators of the page's
 * communes (none asked for an empty page). Each reads one row of facts per commune of the federation and returns
 * a bounded number of rows; a page beyond the last costs one more.
 */
export function federationBoard(ctx: BaseContext, input: { federationId: string; viewerId: string; filters: PipelineFilters; page: number }): FederationBoard {
  const { federationId, filters } = input;
  const query = { federationId, viewerId: input.viewerId, filters, quietBefore: quietCutoff(ctx.now) };
  const declined = declinedRequests(ctx, { federationId, limit: DECLINED_SHOWN });
  let view = pipelineView(ctx, { ...query, page: Math.max(1, Math.trunc(input.page) || 1) });

  const stageCounts = Object.fromEntries(PIPELINE_STAGES.map((s) => [s, 0])) as Record<PipelineStage, number>;
  const dueTotals = Object.fromEntries(DUE_KINDS.map((k) => [k, 0])) as Record<DueKind, number>;
  const byDepartement = new Map<string, string>();
  let communesCount = 0;
  let total = 0;
  let mineTotal = 0;
  for (const c of view.counts) {
    const stage = PIPELINE_STAGES[c.stage];
    communesCount += c.communes;
    stageCounts[stage] += c.listed;
    for (const k of DUE_KINDS) dueTotals[k] += c[k];
    byDepartement.set(c.departementCode, c.departementName);
    if (filters.stage && filters.stage !== stage) continue;
    total += c.listed;
    mineTotal += c.listedMine;
  }
  const pages = Math.max(1, Math.ceil(total / PIPELINE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(input.page) || 1), pages);
  // A page beyond the last (an old link, a list that shrank) shows the last: asked again, once.
  if (page !== Math.max(1, Math.trunc(input.page) || 1)) view = pipelineView(ctx, { ...query, page });

  const due = Object.fromEntries(DUE_KINDS.map((k): [DueKind, DueList] => [k, { total: dueTotals[k], first: [] }])) as Record<DueKind, DueList>;
  const listed = view.rows.filter((r) => r.list === "page");
  const facilitators = federationFacilitators(ctx, { federationId, workspaceIds: listed.map((r) => r.workspaceId) });
  for (const r of view.rows) if (r.list !== "page") due[r.list].first.push(toEntry(r, [], ctx.now));
  return {
    communes: communesCount,
    list: { rows: listed.map((r) => ({ ...toEntry(r, facilitators.get(r.workspaceId) ?? [], ctx.now), mine: r.mine })), total, mineTotal, page, pages, stageCounts },
    due,
    departements: [...byDepartement].map(([code, name]) => ({ code, name })).sort((a, b) => collator.compare(`${a.name} (${a.code})`, `${b.name} (${b.code})`)),
    declined,
  };
}

function toEntry(r: PipelineRow, facilitators: PipelineFacilitator[], now: Date): PipelineEntry {
  return pipelineEntry(
    {
      workspaceId: r.workspaceId,
      requestId: r.requestId,
      communeCode: r.communeCode,
      communeName: r.communeName,
      departementCode: r.departementCode,
      departementName: r.departementName,
      mandateStart: r.mandateStart,
      requestStatus: r.status,
      requestedAt: r.requestedAt,
      decidedAt: r.decidedAt,
      facilitators,
      lastActivityAt: r.lastActivityAt,
    },
    {
      requestStatus: r.status,
      professionals: r.professionals,
      openMeetings: r.openMeetings,
      firstMeetingHeldAt: r.firstMeetingHeldAt,
      firstSynthesisPublishedAt: r.firstSynthesisPublishedAt,
      followUpMeetings: r.followUpMeetings,
      lastMeetingCreatedAt: r.lastMeetingCreatedAt,
      lastNextStepAt: r.lastNextStepAt,
      heldWithoutSynthesis: r.heldWithoutSynthesis,
    },
    now,
  );
}

/** The federation's facilitators of these workspaces, in the order they were assigned (one query; none for no id). */
export function federationFacilitators(ctx: BaseContext, input: { federationId: string; workspaceIds: readonly number[] }): Map<number, PipelineFacilitator[]> {
  const facilitators = new Map<number, PipelineFacilitator[]>();
  if (input.workspaceIds.length === 0) return facilitators;
  for (const f of prepared(ctx.db, facilitatorsQuery).all({ workspaceIds: JSON.stringify([...new Set(input.workspaceIds)]), federationId: input.federationId })) {
    const list = facilitators.get(f.workspaceId) ?? [];
    list.push({ userId: f.userId, name: displayName(f) });
    facilitators.set(f.workspaceId, list);
  }
  return facilitators;
}

// The federation's home runs it at every visit for the page's twenty communes: prepared once (`db/prepared.ts`), the
// ids passed as one JSON array.
const facilitatorsQuery = (db: Queryable) =>
  db
    .select({ workspaceId: workspaceMembers.workspaceId, userId: users.id, name: users.name, email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(
      and(
        sql`${workspaceMembers.workspaceId} in (select value from json_each(${sql.placeholder("workspaceIds")}))`,
        eq(workspaceMembers.role, "facilitateur"),
        eq(workspaceMembers.federationId, sql.placeholder("federationId")),
      ),
    )
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .prepare();

/** One request addressed to the federation, with what the decision needs; null when it is another's. */
export function federationRequestDetail(ctx: FederationDataContext, input: { requestId: number }) {
  return (
    ctx.db
      .select({
        id: federationRequests.id,
        workspaceId: federationRequests.workspaceId,
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
