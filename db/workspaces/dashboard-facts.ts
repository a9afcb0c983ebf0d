/**
 * What the commune's dashboard reads beyond the overview and the checklist: the inventory's totals (one row kept
 * by triggers), the open next steps (counts, the most urgent, those that may be about real estate), the next
 * meeting with its answers, the first meeting's invitees by profession, and the federation requests' state.
 * At most eight queries, whatever the commune's size: counts are grouped by SQLite, lists are limited.
 */
import { and, asc, count, desc, eq, inArray, ne, sql, type Placeholder } from "drizzle-orm";
import type { DataContext, Queryable } from "../context";
import { allForIds, literalLimit, literalText, prepared } from "../prepared";
import { federationRequests, federations, meetingInvitees, meetings, nextSteps, workspaceInventoryTotals } from "../schema";
import { REAL_ESTATE_HINTS } from "@/lib/checklist/warnings";
import type { InventoryTotals } from "@/lib/dashboard/inventory-summary";
import type { FederationRequestStatus, MeetingKind, MeetingStatus, NextStepStatus, RsvpAnswer } from "@/lib/domain/enums";
import { todayInParis } from "@/lib/dates";
import { OPEN_STATUSES } from "@/lib/next-steps/rules";

/** How many open next steps the dashboard lists, the most urgent first. */
export const URGENT_STEPS = 3;
/** How many candidate steps the real-estate rule reads at most (pre-selected by LIKE on the rule's hints). */
const REAL_ESTATE_CANDIDATES = 20;

export type DashboardMeeting = {
  id: number;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  startsAt: Date;
  durationMinutes: number;
  /** Still to come or under way (as the meetings list's "upcoming" section). */
  upcoming: boolean;
  answers: Record<RsvpAnswer | "sans_reponse" | "total", number>;
  /** Invitees by stored profession (a code, free text or ""). */
  professions: { profession: string; count: number }[];
};

export type DashboardFacts = {
  inventory: InventoryTotals;
  federation: { accepted: boolean; latest: { status: FederationRequestStatus; federationName: string } | null };
  nextSteps: {
    open: number;
    overdue: number;
    urgent: { id: number; title: string; ownerLabel: string; dueOn: string; status: NextStepStatus; overdue: boolean }[];
    realEstateCandidates: { title: string; details: string }[];
  };
  /** The next meeting to come (or under way), else the latest one. */
  nextMeeting: DashboardMeeting | null;
  /** The first meeting with the professionals ("premiere", not cancelled): the one being prepared, else the earliest. */
  firstMeeting: DashboardMeeting | null;
};

/**
 * The dashboard's facts. `personal`: whether the viewer may see departures (otherwise departures are not read at
 * all).
 */
export function dashboardFacts(ctx: DataContext, input: { personal: boolean }): DashboardFacts {
  const workspaceId = ctx.workspace.id;
  const today = todayInParis(ctx.now);
  const now = ctx.now.getTime();
  const { db } = ctx;

  const departures = input.personal ? prepared(db, inventoryWithDeparturesQuery).get({ workspaceId }) : undefined;
  const totals = departures ?? (input.personal ? undefined : prepared(db, inventoryQuery).get({ workspaceId }));
  const inventory: InventoryTotals = {
    total: totals?.total ?? 0,
    interestedGPs: totals?.interestedGPs ?? 0,
    interestedParamedical: totals?.interestedParamedical ?? 0,
    departures: input.personal
      ? { within2: departures?.within2 ?? 0, within2to5: departures?.within2to5 ?? 0, unknown: departures?.unknown ?? 0, interestedGPsWithin2: departures?.interestedGPsWithin2 ?? 0 }
      : null,
  };
  const latest = prepared(db, latestRequestQuery).get({ workspaceId });
  const stepCounts = prepared(db, stepCountsQuery).get({ workspaceId, today });
  const urgent = prepared(db, urgentStepsQuery)
    .all({ workspaceId })
    .map((s) => ({ ...s, overdue: s.dueOn < today }));
  const realEstateCandidates = prepared(db, realEstateQuery).all({ workspaceId });
  const next = prepared(db, nextMeetingQuery).get({ workspaceId, now });
  const first = prepared(db, firstMeetingQuery).get({ workspaceId, now });
  const ids = [...new Set([next?.id, first?.id].filter((id): id is number => id !== undefined))];
  const invitees = ids.length === 0 ? [] : allForIds(db, inviteesQuery, ids);
  const withInvitees = (m: typeof next): DashboardMeeting | null => {
    if (!m) return null;
    const answers = { oui: 0, non: 0, peut_etre: 0, sans_reponse: 0, total: 0 };
    const professions = new Map<string, number>();
    for (const r of invitees) {
      if (r.meetingId !== m.id) continue;
      answers[r.answer ?? "sans_reponse"] += r.n;
      answers.total += r.n;
      professions.set(r.profession, (professions.get(r.profession) ?? 0) + r.n);
    }
    return { ...m, upcoming: Boolean(m.upcoming), answers, professions: [...professions].map(([profession, n]) => ({ profession, count: n })) };
  };

  return {
    inventory,
    federation: { accepted: Boolean(latest?.accepted), latest: latest ? { status: latest.status, federationName: latest.federationName } : null },
    nextSteps: { open: stepCounts?.open ?? 0, overdue: stepCounts?.overdue ?? 0, urgent, realEstateCandidates },
    nextMeeting: withInvitees(next),
    firstMeeting: withInvitees(first),
  };
}

// The dashboard's queries, prepared once per connection (`db/prepared.ts`): the page runs them at every visit.
const workspace = sql.placeholder("workspaceId");

/**
 * The inventory's totals: one row kept by triggers (`workspace_inventory_totals`, drizzle/0013), instead of sums over
 * every line at each visit. Departures are read only for a viewer who may see them; otherwise not even selected.
 */
const t = workspaceInventoryTotals;
const totalsColumns = { total: t.total, interestedGPs: t.interestedGPs, interestedParamedical: t.interestedParamedical };
const inventoryQuery = (db: Queryable) => db.select(totalsColumns).from(t).where(eq(t.workspaceId, workspace)).prepare();
const inventoryWithDeparturesQuery = (db: Queryable) =>
  db
    .select({
      ...totalsColumns,
      within2: t.departuresWithin2,
      within2to5: t.departuresWithin2to5,
      unknown: t.departuresUnknown,
      interestedGPsWithin2: t.interestedGPsWithin2,
    })
    .from(t)
    .where(eq(t.workspaceId, workspace))
    .prepare();

const latestRequestQuery = (db: Queryable) =>
  db
    .select({
      status: federationRequests.status,
      federationName: federations.name,
      accepted: sql<number>`exists (select 1 from ${federationRequests} where ${federationRequests.workspaceId} = ${workspace} and ${federationRequests.status} = 'accepted')`,
    })
    .from(federationRequests)
    .innerJoin(federations, eq(federations.id, federationRequests.federationId))
    .where(eq(federationRequests.workspaceId, workspace))
    .orderBy(desc(federationRequests.requestedAt), desc(federationRequests.id))
    .limit(literalLimit(1))
    .prepare();

const openSteps = and(eq(nextSteps.workspaceId, workspace), inArray(nextSteps.status, [...OPEN_STATUSES]));
const stepCountsQuery = (db: Queryable) =>
  db
    .select({ open: count(), overdue: sql<number>`coalesce(sum(case when ${nextSteps.dueOn} < ${sql.placeholder("today")} then 1 else 0 end), 0)` })
    .from(nextSteps)
    .where(openSteps)
    .prepare();

const urgentStepsQuery = (db: Queryable) =>
  db
    .select({ id: nextSteps.id, title: nextSteps.title, ownerLabel: nextSteps.ownerLabel, dueOn: nextSteps.dueOn, status: nextSteps.status })
    .from(nextSteps)
    .where(openSteps)
    .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id))
    .limit(literalLimit(URGENT_STEPS))
    .prepare();

const stepText = sql`(${nextSteps.title} || ' ' || ${nextSteps.details})`;
const realEstateQuery = (db: Queryable) =>
  db
    .select({ title: nextSteps.title, details: nextSteps.details })
    .from(nextSteps)
    .where(and(openSteps, sql`(${sql.join(REAL_ESTATE_HINTS.map((h) => sql`${stepText} like ${literalText(`%${h}%`)}`), sql` or `)})`))
    .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id))
    .limit(literalLimit(REAL_ESTATE_CANDIDATES))
    .prepare();

// A meeting still to come or under way: neither held nor cancelled, and not over yet (`listSection`).
const upcoming = sql<number>`(${meetings.status} in ('brouillon', 'invitations_envoyees') and ${meetings.startsAt} + ${meetings.durationMinutes} * 60000 > ${sql.placeholder("now")})`;
const meetingColumns = { id: meetings.id, title: meetings.title, kind: meetings.kind, status: meetings.status, startsAt: meetings.startsAt, durationMinutes: meetings.durationMinutes, upcoming };
const nextMeetingQuery = (db: Queryable) =>
  db
    .select(meetingColumns)
    .from(meetings)
    .where(eq(meetings.workspaceId, workspace))
    .orderBy(sql`case when ${upcoming} then 0 else 1 end`, sql`case when ${upcoming} then ${meetings.startsAt} else -${meetings.startsAt} end`, desc(meetings.id))
    .limit(literalLimit(1))
    .prepare();
const firstMeetingQuery = (db: Queryable) =>
  db
    .select(meetingColumns)
    .from(meetings)
    .where(and(eq(meetings.workspaceId, workspace), eq(meetings.kind, "premiere"), ne(meetings.status, "annulee")))
    .orderBy(sql`case when ${upcoming} then 0 else 1 end`, asc(meetings.startsAt), asc(meetings.id))
    .limit(literalLimit(1))
    .prepare();

const inviteesQuery = (db: Queryable, ids: readonly (number | Placeholder)[]) =>
  db
    .select({ meetingId: meetingInvitees.meetingId, profession: meetingInvitees.profession, answer: meetingInvitees.answer, n: count() })
    .from(meetingInvitees)
    .where(inArray(meetingInvitees.meetingId, ids))
    .groupBy(meetingInvitees.meetingId, meetingInvitees.profession, meetingInvitees.answer);
