/**
 * The notes of the other themes (needs, opportunities, dynamics, existing offers). Each write is one IMMEDIATE
 * transaction with its history event; a note carries a version, and a save over a newer one is a ConflictError.
 */
import { and, eq } from "drizzle-orm";
import { write, within, type BaseContext, type DataContext } from "../context";
import { inventoryNotes, users } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { ConflictError, FormError, type Conflict } from "@/lib/domain/errors";
import type { NoteTheme } from "@/lib/domain/enums";
import { noteConflict } from "@/lib/inventory/form-values";
import { THEMES, knownTags } from "@/lib/inventory/tags";
import { excerpt, type NoteRecord } from "./shared";

function findNote(ctx: DataContext, id: number) {
  return ctx.db
    .select()
    .from(inventoryNotes)
    .where(and(eq(inventoryNotes.id, id), eq(inventoryNotes.workspaceId, ctx.workspace.id)))
    .get();
}

/** What is stored now, to show beside what the user typed. */
function conflictOf(ctx: BaseContext, current: NoteRecord): Conflict {
  const who = current.updatedBy ? ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, current.updatedBy)).get() : undefined;
  return noteConflict(current, { version: current.version, updatedAt: current.updatedAt, updatedByName: who ? displayName(who) : null });
}

export function createNote(ctx: DataContext, input: { theme: NoteTheme; text: string; tags: string[] }): NoteRecord {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const note = tx
      .insert(inventoryNotes)
      .values({ workspaceId: workspace.id, theme: input.theme, text: input.text, tags: input.tags, createdBy: actor.id, updatedBy: actor.id, createdAt: now, updatedAt: now })
      .returning()
      .get();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.note_added",
      summary: `${displayName(actor)} a ajouté une note « ${THEMES[input.theme].title} » : « ${excerpt(input.text)} ».`,
      createdAt: now,
    });
    return note;
  });
}

/** Saves a note (unchanged text and tags write nothing). Refused when it is gone or changed theme. */
export function updateNote(ctx: DataContext, input: { id: number; version: number; theme: NoteTheme; text: string; tags: string[] }): NoteRecord {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inTx = within(ctx, tx);
    const current = findNote(inTx, input.id);
    if (!current) throw new FormError("Cette note n'existe plus : quelqu'un l'a supprimée pendant que vous la modifiiez. Votre texte est encore affiché : recopiez-le dans une nouvelle note si besoin.");
    if (current.theme !== input.theme) throw new FormError("Cette note a changé de thème : rechargez la page.");
    if (current.version !== input.version) throw new ConflictError(conflictOf(inTx, current));
    const tags = knownTags(current.theme, input.tags);
    if (current.text === input.text && JSON.stringify(knownTags(current.theme, current.tags)) === JSON.stringify(tags)) return current;
    const res = tx
      .update(inventoryNotes)
      .set({ text: input.text, tags, version: current.version + 1, updatedBy: actor.id, updatedAt: now })
      .where(and(eq(inventoryNotes.id, current.id), eq(inventoryNotes.workspaceId, workspace.id), eq(inventoryNotes.version, input.version)))
      .run();
    if (res.changes !== 1) throw new ConflictError(conflictOf(inTx, current));
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.note_updated",
      summary: `${displayName(actor)} a modifié une note « ${THEMES[current.theme].title} » : « ${excerpt(input.text)} ».`,
      createdAt: now,
    });
    return tx.select().from(inventoryNotes).where(eq(inventoryNotes.id, current.id)).get()!;
  });
}

/** Deletes a note; null when it is not of this workspace, refused when it changed since `version`. */
export function deleteNote(ctx: DataContext, input: { id: number; version: number }): NoteRecord | null {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inTx = within(ctx, tx);
    const current = findNote(inTx, input.id);
    if (!current) return null;
    if (current.version !== input.version) {
      const c = conflictOf(inTx, current);
      throw new FormError(`${c.updatedBy} a modifié cette note le ${c.updatedAt}, depuis que vous l'avez ouverte : rechargez la page et relisez-la avant de la supprimer.`);
    }
    tx.delete(inventoryNotes).where(eq(inventoryNotes.id, current.id)).run();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.note_deleted",
      summary: `${displayName(actor)} a supprimé une note « ${THEMES[current.theme].title} » : « ${excerpt(current.text)} ».`,
      createdAt: now,
    });
    return current;
  });
}
