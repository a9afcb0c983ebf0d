/**
 * The commune's other records for its export: inventory notes, next steps, responsibilities, partner
 * contacts and the whole history. One query each, scoped by the workspace.
 */
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DataContext } from "../context";
import { historyEvents, inventoryNotes, nextSteps, partnerContacts, responsibilities, users } from "../schema";
import { displayName } from "../users";

type Reader = Pick<DataContext, "db" | "workspace">;

const nameOf = (u: { name: string | null; email: string | null }) => (u.email ? displayName({ name: u.name, email: u.email }) : null);

export function notesForExport(ctx: Reader) {
  return ctx.db
    .select({ id: inventoryNotes.id, theme: inventoryNotes.theme, text: inventoryNotes.text, tags: inventoryNotes.tags, createdAt: inventoryNotes.createdAt, updatedAt: inventoryNotes.updatedAt })
    .from(inventoryNotes)
    .where(eq(inventoryNotes.workspaceId, ctx.workspace.id))
    .orderBy(asc(inventoryNotes.theme), asc(inventoryNotes.createdAt), asc(inventoryNotes.id))
    .all();
}

export function nextStepsForExport(ctx: Reader) {
  return ctx.db
    .select({
      id: nextSteps.id,
      meetingId: nextSteps.meetingId,
      lead: nextSteps.lead,
      title: nextSteps.title,
      details: nextSteps.details,
      ownerKind: nextSteps.ownerKind,
      ownerLabel: nextSteps.ownerLabel,
      ownerActor: nextSteps.ownerActor,
      dueOn: nextSteps.dueOn,
      status: nextSteps.status,
      createdAt: nextSteps.createdAt,
      updatedAt: nextSteps.updatedAt,
      doneAt: nextSteps.doneAt,
    })
    .from(nextSteps)
    .where(eq(nextSteps.workspaceId, ctx.workspace.id))
    .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id))
    .all();
}

export function responsibilitiesForExport(ctx: Reader) {
  return ctx.db
    .select({ actor: responsibilities.actor, text: responsibilities.text, updatedAt: responsibilities.updatedAt, name: users.name, email: users.email })
    .from(responsibilities)
    .leftJoin(users, eq(users.id, responsibilities.updatedBy))
    .where(eq(responsibilities.workspaceId, ctx.workspace.id))
    .orderBy(asc(responsibilities.actor))
    .all()
    .map(({ name, email, ...r }) => ({ ...r, updatedBy: nameOf({ name, email }) }));
}

export function partnersForExport(ctx: Reader) {
  return ctx.db
    .select({
      id: partnerContacts.id,
      actor: partnerContacts.actor,
      organisation: partnerContacts.organisation,
      personName: partnerContacts.personName,
      position: partnerContacts.position,
      email: partnerContacts.email,
      phone: partnerContacts.phone,
      note: partnerContacts.note,
      createdAt: partnerContacts.createdAt,
      updatedAt: partnerContacts.updatedAt,
    })
    .from(partnerContacts)
    .where(eq(partnerContacts.workspaceId, ctx.workspace.id))
    .orderBy(asc(partnerContacts.actor), asc(partnerContacts.organisation), asc(partnerContacts.id))
    .all();
}

export function historyForExport(ctx: Reader) {
  const actor = alias(users, "actor");
  return ctx.db
    .select({ id: historyEvents.id, createdAt: historyEvents.createdAt, action: historyEvents.action, summary: historyEvents.summary, name: actor.name, email: actor.email })
    .from(historyEvents)
    .leftJoin(actor, eq(actor.id, historyEvents.actorId))
    .where(eq(historyEvents.workspaceId, ctx.workspace.id))
    .orderBy(asc(historyEvents.createdAt), asc(historyEvents.id))
    .all()
    .map(({ name, email, ...e }) => ({ ...e, actor: nameOf({ name, email }) }));
}
