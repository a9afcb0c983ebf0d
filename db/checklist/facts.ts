/**
 * The facts the checklist reads, for many workspaces at once (the dashboard, the daily job, the export):
 * a fixed number of queries whatever the number of workspaces, each `inArray` + `group by` or a window.
 */
import { and, asc, count, eq, inArray, isNotNull, min, sql, type Placeholder } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { BaseContext, Queryable } from "../context";
import { allForIds } from "../prepared";
import {
  checklistItems,
  federationRequests,
  federations,
  meetings,
  nextSteps,
  professionals,
  responsibilities,
  users,
  workspaceMembers,
  workspacePipelineFacts,
  workspaces,
} from "../schema";
import { displayName } from "../users";
import type { ChecklistFacts, ChecklistState } from "@/lib/checklist/rules";

/** Each workspace's facts, by id; unknown ids are left out. */
export function checklistFacts(ctx: BaseContext, input: { workspaceIds: readonly number[] }): Map<number, ChecklistFacts> {
  const ids = [...new Set(input.workspaceIds)];
  const facts = new Map<number, ChecklistFacts>();
  if (ids.length === 0) return facts;

  for (const w of allForIds(ctx.db, workspacesQuery, ids)) {
    facts.set(w.id, {
      mandateStart: w.mandateStart,
      federationAccepted: null,
      referents: null,
      inventory: { professionals: 0, thirdLineAt: null },
      firstMeetingHeld: null,
      meetingPlace: w.place && w.placeAt ? { place: w.place, at: w.placeAt } : null,
      nextSteps: { count: 0, firstAt: null },
      responsibilities: { actors: [], latestAt: null },
    });
  }
  const known = [...facts.keys()];
  if (known.length === 0) return facts;
  const of = (id: number) => facts.get(id)!;

  for (const a of allForIds(ctx.db, acceptedQuery, known)) {
    if (a.at) of(a.workspaceId).federationAccepted = { federationName: a.federationName, at: a.at };
  }

  for (const r of allForIds(ctx.db, referentsQuery, known)) {
    const f = of(r.workspaceId);
    if (f.referents) f.referents.names.push(displayName(r));
    else f.referents = { names: [displayName(r)], firstAt: r.at };
  }

  for (const p of allForIds(ctx.db, thirdLineQuery, known)) {
    of(p.workspaceId).inventory = { professionals: p.total, thirdLineAt: p.createdAt ?? null };
  }

  for (const m of allForIds(ctx.db, firstHeldQuery, known)) {
    of(m.workspaceId).firstMeetingHeld = { meetingId: m.meetingId, title: m.title, at: m.at };
  }

  for (const s of allForIds(ctx.db, nextStepsQuery, known)) {
    of(s.workspaceId).nextSteps = { count: s.n, firstAt: s.firstAt };
  }

  for (const r of allForIds(ctx.db, responsibilitiesQuery, known)) {
    const f = of(r.workspaceId).responsibilities;
    f.actors.push(r.actor);
    if (!f.latestAt || r.at > f.latestAt) f.latestAt = r.at;
  }
  return facts;
}

/** The hand-set states of each workspace's items, by workspace id. */
export function checklistStates(ctx: BaseContext, input: { workspaceIds: readonly number[] }): Map<number, ChecklistState[]> {
  const ids = [...new Set(input.workspaceIds)];
  const states = new Map<number, ChecklistState[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return states;
  for (const s of allForIds(ctx.db, statesQuery, ids)) {
    states.get(s.workspaceId)!.push({
      code: s.code,
      status: s.status,
      ownerId: s.ownerId,
      ownerName: s.ownerEmail ? displayName({ name: s.ownerName, email: s.ownerEmail }) : null,
      note: s.note,
      version: s.version,
      updatedAt: s.updatedAt,
      updatedByName: s.editorEmail ? displayName({ name: s.editorName, email: s.editorEmail }) : null,
    });
  }
  return states;
}


// The queries, as functions of the ids (`allForIds`, `db/prepared.ts`): prepared once for a page about one
// workspace, built with the ids for the daily job's hundreds.
type Ids = readonly (number | Placeholder)[];

const workspacesQuery = (db: Queryable, ids: Ids) =>
  db
    .select({ id: workspaces.id, mandateStart: workspaces.mandateStart, place: workspaces.meetingPlace, placeAt: workspaces.meetingPlaceSetAt })
    .from(workspaces)
    .where(inArray(workspaces.id, ids));

/** Each workspace's first accepted federation request. */
const acceptedQuery = (db: Queryable, ids: Ids) => {
  const accepted = db
    .select({
      workspaceId: federationRequests.workspaceId,
      federationName: federations.name,
      at: federationRequests.decidedAt,
      rank: sql<number>`row_number() over (partition by ${federationRequests.workspaceId} order by ${federationRequests.decidedAt}, ${federationRequests.id})`.as("rank"),
    })
    .from(federationRequests)
    .innerJoin(federations, eq(federations.id, federationRequests.federationId))
    .where(and(inArray(federationRequests.workspaceId, ids), eq(federationRequests.status, "accepted"), isNotNull(federationRequests.decidedAt)))
    .as("accepted");
  return db.select().from(accepted).where(eq(accepted.rank, 1));
};

const referentsQuery = (db: Queryable, ids: Ids) =>
  db
    .select({ workspaceId: workspaceMembers.workspaceId, name: users.name, email: users.email, at: workspaceMembers.createdAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(inArray(workspaceMembers.workspaceId, ids), eq(workspaceMembers.role, "referent")))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id));

/**
 * Each workspace's number of lines (kept by triggers in `workspace_pipeline_facts`) and when its third line was
 * added: the third in the order of addition, read from the (workspace, created_at) index — not a window over all
 * of the commune's lines.
 */
const thirdLineQuery = (db: Queryable, ids: Ids) =>
  db
    .select({
      workspaceId: workspacePipelineFacts.workspaceId,
      total: workspacePipelineFacts.professionals,
      // Written out: inside a one-table select, Drizzle would not qualify the columns of the correlated subquery.
      createdAt: sql<number | null>`(select p.created_at from professional p where p.workspace_id = workspace_pipeline_facts.workspace_id order by p.created_at, p.id limit 1 offset 2)`.mapWith(
        professionals.createdAt,
      ),
    })
    .from(workspacePipelineFacts)
    .where(and(inArray(workspacePipelineFacts.workspaceId, ids), sql`${workspacePipelineFacts.professionals} > 0`));

/** Each workspace's first meeting held. */
const firstHeldQuery = (db: Queryable, ids: Ids) => {
  const held = db
    .select({
      workspaceId: meetings.workspaceId,
      meetingId: meetings.id,
      title: meetings.title,
      at: meetings.startsAt,
      rank: sql<number>`row_number() over (partition by ${meetings.workspaceId} order by ${meetings.startsAt}, ${meetings.id})`.as("rank"),
    })
    .from(meetings)
    .where(and(inArray(meetings.workspaceId, ids), eq(meetings.status, "tenue")))
    .as("held");
  return db.select().from(held).where(eq(held.rank, 1));
};

const nextStepsQuery = (db: Queryable, ids: Ids) =>
  db
    .select({ workspaceId: nextSteps.workspaceId, n: count(), firstAt: min(nextSteps.createdAt) })
    .from(nextSteps)
    .where(inArray(nextSteps.workspaceId, ids))
    .groupBy(nextSteps.workspaceId);

const responsibilitiesQuery = (db: Queryable, ids: Ids) =>
  db
    .select({ workspaceId: responsibilities.workspaceId, actor: responsibilities.actor, at: responsibilities.updatedAt })
    .from(responsibilities)
    .where(and(inArray(responsibilities.workspaceId, ids), sql`trim(${responsibilities.text}) <> ''`))
    .orderBy(asc(responsibilities.workspaceId));

const owner = alias(users, "owner");
const editor = alias(users, "editor");
const statesQuery = (db: Queryable, ids: Ids) =>
  db
    .select({
      workspaceId: checklistItems.workspaceId,
      code: checklistItems.code,
      status: checklistItems.status,
      ownerId: checklistItems.ownerId,
      ownerName: owner.name,
      ownerEmail: owner.email,
      note: checklistItems.note,
      version: checklistItems.version,
      updatedAt: checklistItems.updatedAt,
      editorName: editor.name,
      editorEmail: editor.email,
    })
    .from(checklistItems)
    .leftJoin(owner, eq(owner.id, checklistItems.ownerId))
    .leftJoin(editor, eq(editor.id, checklistItems.updatedBy))
    .where(inArray(checklistItems.workspaceId, ids));
