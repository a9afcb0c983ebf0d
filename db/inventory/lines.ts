/**
 * The professionals' lines: add, save, delete. Each write is one IMMEDIATE transaction with its history event;
 * a line carries a version, and a save over a newer version is a ConflictError (nothing written).
 */
import { and, eq, ne } from "drizzle-orm";
import { write, within, type BaseContext, type DataContext, type Queryable } from "../context";
import { communes, invitations, professionals, users, workspaceMembers } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { ConflictError, FieldError, FormError, type Conflict } from "@/lib/domain/errors";
import type { LineSource } from "@/lib/domain/enums";
import { duplicateKey } from "@/lib/inventory/import-row";
import { lineConflict } from "@/lib/inventory/form-values";
import { lineTitle } from "@/lib/inventory/professions";
import type { ProfessionalInput } from "@/lib/validation/inventory";
import { FIELD_LABELS, changedFields, findLine, type ProfessionalRecord } from "./shared";

function checkPracticeCommune(ctx: BaseContext, code: string | null) {
  if (!code) return;
  const found = ctx.db.select({ code: communes.code }).from(communes).where(eq(communes.code, code)).get();
  if (!found) throw new FieldError("practiceCommuneCode", "Cette commune n'est pas dans la liste officielle : recherchez-la par son nom ou son code postal.");
}

function checkNoDuplicate(ctx: DataContext, line: ProfessionalInput, exceptId?: number) {
  const key = duplicateKey(line);
  if (!key) return;
  // Only the lines of the same profession can share the key (it starts with the profession): read from the
  // list index alone, and normalized in JS for those only, not for every line of a large commune.
  const others = ctx.db
    .select({ id: professionals.id, name: professionals.name, profession: professionals.profession, professionOther: professionals.professionOther })
    .from(professionals)
    .where(and(eq(professionals.workspaceId, ctx.workspace.id), eq(professionals.profession, line.profession), exceptId ? ne(professionals.id, exceptId) : undefined))
    .all();
  const dup = others.find((o) => duplicateKey(o) === key);
  if (dup) throw new FieldError("name", `${lineTitle(dup)} figure déjà dans l'état des lieux : modifiez sa fiche plutôt que d'en créer une seconde.`);
}

/** What is stored now, to show beside what the user typed. */
function conflictOf(ctx: BaseContext, current: ProfessionalRecord): Conflict {
  const extra = ctx.db
    .select({ communeName: communes.name, updaterName: users.name, updaterEmail: users.email })
    .from(professionals)
    .leftJoin(communes, eq(communes.code, professionals.practiceCommuneCode))
    .leftJoin(users, eq(users.id, professionals.updatedBy))
    .where(eq(professionals.id, current.id))
    .get();
  return lineConflict(current, extra?.communeName ?? null, {
    version: current.version,
    updatedAt: current.updatedAt,
    updatedByName: extra?.updaterEmail ? displayName({ name: extra.updaterName, email: extra.updaterEmail }) : null,
  });
}

export function createProfessional(ctx: DataContext, input: { line: ProfessionalInput; source: "commune" | "federation" }): ProfessionalRecord {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inTx = within(ctx, tx);
    checkPracticeCommune(inTx, input.line.practiceCommuneCode);
    checkNoDuplicate(inTx, input.line);
    const created = tx
      .insert(professionals)
      .values({ ...input.line, workspaceId: workspace.id, source: input.source, createdBy: actor.id, updatedBy: actor.id, createdAt: now, updatedAt: now })
      .returning()
      .get();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.professional_added",
      summary: `${displayName(actor)} a ajouté ${lineTitle(created)} à l'état des lieux.`,
      createdAt: now,
    });
    return created;
  });
}

/**
 * Saves a line. The professional's own line (linked to the actor's account) is saved as "owner" and becomes
 * "confirmed by the professional"; the team (maire, référent, facilitateur: `team`) saves any other line.
 * Null when the line is not there for this actor; ConflictError when it changed since `version`.
 */
export function updateProfessional(
  ctx: DataContext,
  input: { id: number; version: number; line: ProfessionalInput; source?: "commune" | "federation"; team: boolean },
): { line: ProfessionalRecord; changed: string[]; as: "team" | "owner" } | null {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inTx = within(ctx, tx);
    const current = findLine(inTx, input.id);
    if (!current) {
      if (!input.team) return null;
      throw new FormError("Cette fiche n'existe plus : quelqu'un l'a supprimée pendant que vous la modifiiez. Votre saisie est encore affichée : recopiez-la dans une nouvelle fiche si besoin.");
    }
    const as = current.userId !== null && current.userId === actor.id ? "owner" : input.team ? "team" : null;
    if (!as) return null;
    if (current.version !== input.version) throw new ConflictError(conflictOf(inTx, current));
    checkPracticeCommune(inTx, input.line.practiceCommuneCode);
    checkNoDuplicate(inTx, input.line, current.id);

    const changed = changedFields(current, input.line);
    // A confirmed line stays "confirmed by the professional": the team cannot take the confirmation back.
    const source: LineSource = as === "owner" ? "professionnel" : current.source === "professionnel" ? "professionnel" : (input.source ?? current.source);
    const sourceChanged = source !== current.source;
    if (as === "team" && changed.length === 0 && !sourceChanged) return { line: current, changed: [], as };

    const res = tx
      .update(professionals)
      .set({
        ...input.line,
        source,
        ...(as === "owner" ? { confirmedAt: now } : {}),
        version: current.version + 1,
        updatedBy: actor.id,
        updatedAt: now,
      })
      .where(and(eq(professionals.id, current.id), eq(professionals.workspaceId, workspace.id), eq(professionals.version, input.version)))
      .run();
    if (res.changes !== 1) throw new ConflictError(conflictOf(inTx, current));
    const line = tx.select().from(professionals).where(eq(professionals.id, current.id)).get()!;
    const fields = [...changed.map((k) => FIELD_LABELS[k]), ...(sourceChanged && as === "team" ? [FIELD_LABELS.source] : [])];
    const what = fields.length ? ` (${fields.join(", ")})` : "";
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: as === "owner" ? "inventory.professional_confirmed" : "inventory.professional_updated",
      summary:
        as === "owner"
          ? `${displayName(actor)} a vérifié et confirmé sa fiche${fields.length ? `, en modifiant : ${fields.join(", ")}` : ", sans modification"}.`
          : `${displayName(actor)} a modifié la fiche ${lineTitle(line)}${what}.`,
      createdAt: now,
    });
    return { line, changed: fields, as };
  });
}

/**
 * Deletes a line, with its invitations (their foreign key has no cascade) and, when it was the person's only
 * line here, the "professionnel" access the invitation had given. Refused when the line changed since `version`.
 */
export function deleteProfessional(ctx: DataContext, input: { id: number; version: number }): ProfessionalRecord | null {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inTx = within(ctx, tx);
    const current = findLine(inTx, input.id);
    if (!current) return null;
    if (current.version !== input.version) {
      const c = conflictOf(inTx, current);
      throw new FormError(`${c.updatedBy} a modifié cette fiche le ${c.updatedAt}, depuis que vous l'avez ouverte : rechargez la page et relisez-la avant de la supprimer.`);
    }
    const accessRemoved = removeLine(tx, workspace.id, current);
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.professional_deleted",
      summary: `${displayName(actor)} a supprimé la fiche ${lineTitle(current)} de l'état des lieux${accessRemoved ? " ; son accès professionnel à l'espace est retiré" : ""}.`,
      createdAt: now,
    });
    return current;
  });
}

/**
 * Deletes a line with its invitations and, when it was the person's only line in the workspace, the
 * "professionnel" access the invitation had given; true when that access was removed. Inside a transaction.
 */
export function removeLine(tx: Queryable, workspaceId: number, line: ProfessionalRecord): boolean {
  tx.delete(invitations).where(and(eq(invitations.professionalId, line.id), eq(invitations.workspaceId, workspaceId))).run();
  tx.delete(professionals).where(and(eq(professionals.id, line.id), eq(professionals.workspaceId, workspaceId))).run();
  if (!line.userId) return false;
  const other = tx
    .select({ id: professionals.id })
    .from(professionals)
    .where(and(eq(professionals.workspaceId, workspaceId), eq(professionals.userId, line.userId)))
    .get();
  if (other) return false;
  return (
    tx
      .delete(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, line.userId), eq(workspaceMembers.role, "professionnel")))
      .run().changes > 0
  );
}
