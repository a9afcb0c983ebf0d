/**
 * Where each commune stands, for lists of many workspaces (the federation's pipeline, the checklist's
 * ticks): five queries whatever the number of workspaces — one per fact, each `inArray` + `group by` —
 * never one per workspace.
 */
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { BaseContext } from "../context";
import { federationRequests, historyEvents, meetings, professionals, users, workspaceMembers, workspaces } from "../schema";
import { displayName } from "../users";
import { coreTeam, type IndicatorLine } from "@/lib/inventory/indicators";
import type { FederationRequestStatus } from "@/lib/domain/enums";

export type WorkspaceProgress = {
  workspaceId: number;
  /** The latest request to a federation (by date of request), or null when the commune has asked none. */
  federationRequest: { federationId: string; status: FederationRequestStatus; requestedAt: Date; decidedAt: Date | null } | null;
  /** The facilitators accompanying the commune, by name. */
  facilitators: string[];
  /** The referents who accepted, by name (a binôme is two). */
  referents: { count: number; names: string[] };
  /** The inventory's professional lines, and whether the MSP minimum is among the interested (lib/inventory/indicators). */
  inventory: { professionals: number; coreTeamInSight: boolean };
  /** When the first meeting marked as held took place; null when none has been held. */
  firstMeetingHeldAt: Date | null;
  /** Meetings drafted or with invitations sent: neither cancelled nor held. */
  openMeetings: number;
  /** The latest event of the workspace's history; null when it has none. */
  lastActivityAt: Date | null;
};

/** The progress of each workspace asked for, by id (unknown ids get an empty progress). */
export function workspaceProgress(ctx: BaseContext, input: { workspaceIds: readonly number[]; inventory?: "detail" | "count" }): Map<number, WorkspaceProgress> {
  const ids = [...new Set(input.workspaceIds)];
  const progress = new Map<number, WorkspaceProgress>(
    ids.map((workspaceId) => [
      workspaceId,
      {
        workspaceId,
        federationRequest: null,
        facilitators: [],
        referents: { count: 0, names: [] },
        inventory: { professionals: 0, coreTeamInSight: false },
        firstMeetingHeldAt: null,
        openMeetings: 0,
        lastActivityAt: null,
      },
    ]),
  );
  if (ids.length === 0) return progress;
  const of = (workspaceId: number) => progress.get(workspaceId)!;

  for (const r of latestRequests(ctx, ids)) {
    of(r.workspaceId).federationRequest = { federationId: r.federationId, status: r.status, requestedAt: r.requestedAt, decidedAt: r.decidedAt };
  }

  const team = ctx.db
    .select({ workspaceId: workspaceMembers.workspaceId, role: workspaceMembers.role, name: users.name, email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(inArray(workspaceMembers.workspaceId, ids), inArray(workspaceMembers.role, ["referent", "facilitateur"])))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .all();
  for (const m of team) {
    const p = of(m.workspaceId);
    if (m.role === "facilitateur") p.facilitators.push(displayName(m));
    else p.referents.names.push(displayName(m));
  }
  for (const p of progress.values()) p.referents.count = p.referents.names.length;

  if (input.inventory === "count") {
    // The federation's pipeline needs only how many lines (its stages), for hundreds of communes at once: one
    // covering-index count per workspace, not the kinds of lines (coreTeamInSight stays false, unread there).
    for (const r of ctx.db
      .select({ workspaceId: professionals.workspaceId, lines: count() })
      .from(professionals)
      .where(inArray(professionals.workspaceId, ids))
      .groupBy(professionals.workspaceId)
      .all())
      of(r.workspaceId).inventory.professionals = r.lines;
  }

  // Counts by kind of line are enough for the core-team rule: the lines are rebuilt from them, not read.
  const kinds = input.inventory === "count" ? [] : ctx.db
    .select({
      workspaceId: professionals.workspaceId,
      profession: professionals.profession,
      practiceForm: professionals.practiceForm,
      interest: professionals.interest,
      lines: count(),
    })
    .from(professionals)
    .where(inArray(professionals.workspaceId, ids))
    .groupBy(professionals.workspaceId, professionals.profession, professionals.practiceForm, professionals.interest)
    .all();
  const lines = new Map<number, IndicatorLine[]>();
  for (const { workspaceId, lines: n, ...kind } of kinds) {
    const list = lines.get(workspaceId) ?? [];
    for (let i = 0; i < n; i++) list.push({ ...kind, ageBracket: null, departure: null });
    lines.set(workspaceId, list);
  }
  for (const [workspaceId, list] of lines) {
    of(workspaceId).inventory = { professionals: list.length, coreTeamInSight: coreTeam(list, { personal: false }).inSight };
  }

  const meetingFacts = ctx.db
    .select({
      workspaceId: meetings.workspaceId,
      firstHeldAt: sql<Date | null>`min(case when ${eq(meetings.status, "tenue")} then ${meetings.startsAt} end)`.mapWith(meetings.startsAt),
      open: sql<number>`sum(case when ${inArray(meetings.status, ["brouillon", "invitations_envoyees"])} then 1 else 0 end)`.mapWith(Number),
    })
    .from(meetings)
    .where(inArray(meetings.workspaceId, ids))
    .groupBy(meetings.workspaceId)
    .all();
  for (const m of meetingFacts) Object.assign(of(m.workspaceId), { firstMeetingHeldAt: m.firstHeldAt, openMeetings: m.open });

  // One index seek per workspace (its latest event), not a scan of every event of every workspace asked for.
  const activity = ctx.db
    .select({
      workspaceId: workspaces.id,
      // Written out: drizzle leaves columns unqualified in a one-table select, which a subquery would misread.
      last: sql<Date | null>`(select max(h.created_at) from history_event h where h.workspace_id = "workspace"."id")`.mapWith(historyEvents.createdAt),
    })
    .from(workspaces)
    .where(inArray(workspaces.id, ids))
    .all();
  for (const a of activity) of(a.workspaceId).lastActivityAt = a.last;

  return progress;
}

/** Each workspace's latest request (by date of request, then id), in one query. */
function latestRequests(ctx: BaseContext, ids: number[]) {
  const ranked = ctx.db
    .select({
      workspaceId: federationRequests.workspaceId,
      federationId: federationRequests.federationId,
      status: federationRequests.status,
      requestedAt: federationRequests.requestedAt,
      decidedAt: federationRequests.decidedAt,
      rank: sql<number>`row_number() over (partition by ${federationRequests.workspaceId} order by ${federationRequests.requestedAt} desc, ${federationRequests.id} desc)`.as(
        "rank",
      ),
    })
    .from(federationRequests)
    .where(inArray(federationRequests.workspaceId, ids))
    .as("ranked");
  return ctx.db.select().from(ranked).where(eq(ranked.rank, 1)).all();
}
