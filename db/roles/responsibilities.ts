/**
 * "Qui fait quoi": each actor's responsibilities in a commune, as free text (one row per workspace and actor,
 * versioned). Reads are one query; a save is one IMMEDIATE transaction with its history event, refused over a
 * newer version (nothing written). The checklist's "roles_de_chacun" reads these rows as its facts.
 */
import { and, eq } from "drizzle-orm";
import { write, type DataContext } from "../context";
import { responsibilities, users } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { ConflictError, FormError } from "@/lib/domain/errors";
import { ACTORS, type Actor } from "@/lib/domain/enums";
import { formatDateTime } from "@/lib/dates";
import { ofActor, updaterName } from "./shared";

export type Responsibility = { actor: Actor; text: string; version: number; updatedAt: Date; updatedByName: string | null };

export const UNKNOWN_ACTOR = "Cet acteur n'existe pas : rechargez la page.";

/** Every actor's written responsibilities in the workspace, by actor (one query). */
export function listResponsibilities(ctx: Pick<DataContext, "db" | "workspace">): Map<Actor, Responsibility> {
  const rows = ctx.db
    .select({ actor: responsibilities.actor, text: responsibilities.text, version: responsibilities.version, updatedAt: responsibilities.updatedAt, name: users.name, email: users.email })
    .from(responsibilities)
    .leftJoin(users, eq(users.id, responsibilities.updatedBy))
    .where(eq(responsibilities.workspaceId, ctx.workspace.id))
    .all();
  return new Map(
    rows.map((r) => [r.actor, { actor: r.actor, text: r.text, version: r.version, updatedAt: r.updatedAt, updatedByName: r.email ? displayName({ name: r.name, email: r.email }) : null }]),
  );
}

const isActor = (a: string): a is Actor => (ACTORS as readonly string[]).includes(a);

/**
 * Writes an actor's responsibilities. `version` is the one the form was loaded with: 0 when nothing was
 * written yet. Over a newer version: a ConflictError with the stored text. The same text again writes nothing.
 */
export function saveResponsibility(ctx: DataContext, input: { actor: string; version: number; text: string }): { responsibility: Responsibility | null; changed: boolean } {
  const { workspace, actor: who, now } = ctx;
  if (!isActor(input.actor)) throw new FormError(UNKNOWN_ACTOR);
  const actor = input.actor;
  const text = input.text.trim();
  return write(ctx, (tx) => {
    const where = and(eq(responsibilities.workspaceId, workspace.id), eq(responsibilities.actor, actor));
    const current = tx.select().from(responsibilities).where(where).get();
    if ((current?.version ?? 0) !== input.version) {
      if (!current) throw new FormError("Ce texte n'existe plus : rechargez la page.");
      throw new ConflictError({ theirs: { text: current.text }, updatedBy: updaterName(tx, current.updatedBy), updatedAt: formatDateTime(current.updatedAt), version: current.version });
    }
    if ((current?.text ?? "") === text) return { responsibility: null, changed: false };
    if (current) {
      tx.update(responsibilities)
        .set({ text, version: current.version + 1, updatedBy: who.id, updatedAt: now })
        .where(and(where, eq(responsibilities.version, input.version)))
        .run();
    } else {
      tx.insert(responsibilities).values({ workspaceId: workspace.id, actor, text, version: 1, updatedBy: who.id, updatedAt: now }).run();
    }
    const verb = !current || !current.text ? "a écrit" : text ? "a modifié" : "a effacé";
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: who.id,
      action: "responsibility.updated",
      summary: `${displayName(who)} ${verb} le rôle ${ofActor(actor)} dans « Qui fait quoi ».`,
      createdAt: now,
    });
    return { responsibility: { actor, text, version: (current?.version ?? 0) + 1, updatedAt: now, updatedByName: displayName(who) }, changed: true };
  });
}
