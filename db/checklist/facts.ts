/**
 * The facts the checklist reads, for many workspaces at once (the dashboard, the daily job, the export):
 * a fixed number of queries whatever the number of workspaces, each `inArray` + `group by` or a window.
 */
import { and, asc, count, eq, inArray, isNotNull, min, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { BaseContext } from "../context";
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
  workspaces,
} from "../schema";
import { displayName } from "../users";
import type { ChecklistFacts, ChecklistState } from "@/lib/checklist/rules";

/** Each workspace's facts, by id; unknown ids are left out. */
export function checklistFacts(ctx: BaseContext, input: { workspaceIds: readonly number[] }): Map<number, ChecklistFacts> {
  const ids = [...new Set(input.workspaceIds)];
  const facts = new Map<number, ChecklistFacts>();
  if (ids.length === 0) return facts;

  for (const w of ctx.db
    .select({ id: workspaces.id, mandateStart: workspaces.mandateStart, place: workspaces.meetingPlace, placeAt: workspaces.meetingPlaceSetAt })
    .from(workspaces)
    .where(inArray(workspaces.id, ids))
    .all()) {
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

  const accepted = ctx.db
    .select({
      workspaceId: federationRequests.workspaceId,
      federationName: federations.name,
      at: federationRequests.decidedAt,
      rank: sql<number>`row_number() over (partition by ${federationRequests.workspaceId} order by ${federationRequests.decidedAt}, ${federationRequests.id})`.as("rank"),
    })
    .from(federationRequests)
    .innerJoin(federations, eq(federations.id, federationRequests.federationId))
    .where(and(inArray(federationRequests.workspaceId, known), eq(federationRequests.status, "accepted"), isNotNull(federationRequests.decidedAt)))
    .as("accepted");
  for (const a of ctx.db.select().from(accepted).where(eq(accepted.rank, 1)).all()) {
    if (a.at) of(a.workspaceId).federationAccepted = { federationName: a.federationName, at: a.at };
  }

  for (const r of ctx.db
    .select({ workspaceId: workspaceMembers.workspaceId, name: users.name, email: users.email, at: workspaceMembers.createdAt })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(inArray(workspaceMembers.workspaceId, known), eq(workspaceMembers.role, "referent")))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .all()) {
    const f = of(r.workspaceId);
    if (f.referents) f.referents.names.push(displayName(r));
    else f.referents = { names: [displayName(r)], firstAt: r.at };
  }

  const ranked = ctx.db
    .select({
      workspaceId: professionals.workspaceId,
      createdAt: professionals.createdAt,
      total: sql<number>`count(*) over (partition by ${professionals.workspaceId})`.as("total"),
      rank: sql<number>`row_number() over (partition by ${professionals.workspaceId} order by ${professionals.createdAt}, ${professionals.id})`.as("rank"),
    })
    .from(professionals)
    .where(inArray(professionals.workspaceId, known))
    .as("ranked");
  for (const p of ctx.db.select().from(ranked).where(sql`${ranked.rank} = min(${ranked.total}, 3)`).all()) {
    of(p.workspaceId).inventory = { professionals: p.total, thirdLineAt: p.total >= 3 ? p.createdAt : null };
  }

  const held = ctx.db
    .select({
      workspaceId: meetings.workspaceId,
      meetingId: meetings.id,
      title: meetings.title,
      at: meetings.startsAt,
      rank: sql<number>`row_number() over (partition by ${meetings.workspaceId} order by ${meetings.startsAt}, ${meetings.id})`.as("rank"),
    })
    .from(meetings)
    .where(and(inArray(meetings.workspaceId, known), eq(meetings.status, "tenue")))
    .as("held");
  for (const m of ctx.db.select().from(held).where(eq(held.rank, 1)).all()) {
    of(m.workspaceId).firstMeetingHeld = { meetingId: m.meetingId, title: m.title, at: m.at };
  }

  for (const s of ctx.db
    .select({ workspaceId: nextSteps.workspaceId, n: count(), firstAt: min(nextSteps.createdAt) })
    .from(nextSteps)
    .where(inArray(nextSteps.workspaceId, known))
    .groupBy(nextSteps.workspaceId)
    .all()) {
    of(s.workspaceId).nextSteps = { count: s.n, firstAt: s.firstAt };
  }

  for (const r of ctx.db
    .select({ workspaceId: responsibilities.workspaceId, actor: responsibilities.actor, at: responsibilities.updatedAt })
    .from(responsibilities)
    .where(and(inArray(responsibilities.workspaceId, known), sql`trim(${responsibilities.text}) <> ''`))
    .orderBy(asc(responsibilities.workspaceId))
    .all()) {
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
  const owner = alias(users, "owner");
  const editor = alias(users, "editor");
  for (const s of ctx.db
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
    .where(inArray(checklistItems.workspaceId, ids))
    .all()) {
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

