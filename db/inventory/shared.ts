/**
 * What the inventory's files share: the stored records, the query of lines with their joins, the order lines
 * are shown in, and the names of a line's fields in the history and the import preview.
 */
import { and, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { BaseContext, Queryable, WorkspaceRef } from "../context";
import { communes, inventoryNotes, professionals, users } from "../schema";
import { displayName } from "../users";
import { professionRank } from "@/lib/inventory/professions";
import type { ProfessionalInput } from "@/lib/validation/inventory";

export type ProfessionalRecord = typeof professionals.$inferSelect;
export type NoteRecord = typeof inventoryNotes.$inferSelect;

/** What a read needs: the database and the workspace (a `DataContext` is one). */
export type WorkspaceContext<W extends WorkspaceRef = WorkspaceRef> = BaseContext & { workspace: W };
/** The workspace with its commune's département: the import and the commune search prefer its communes. */
export type LocatedWorkspace = WorkspaceRef & { departementCode: string };

/** The same context, its workspace located in its commune's département (the guards know it from the commune). */
export function locatedIn<C extends WorkspaceContext>(ctx: C, departementCode: string): C & { workspace: C["workspace"] & { departementCode: string } } {
  return { ...ctx, workspace: { ...ctx.workspace, departementCode } };
}

export const updater = alias(users, "updater");
const linked = alias(users, "linked_user");

function linesQuery(db: Queryable) {
  return db
    .select({
      line: professionals,
      communeName: communes.name,
      updaterName: updater.name,
      updaterEmail: updater.email,
      linkedName: linked.name,
      linkedEmail: linked.email,
    })
    .from(professionals)
    .leftJoin(communes, eq(communes.code, professionals.practiceCommuneCode))
    .leftJoin(updater, eq(updater.id, professionals.updatedBy))
    .leftJoin(linked, eq(linked.id, professionals.userId));
}

/** The workspace's lines (or one of them), with the nearby commune's name, who saved last and the linked account. */
export function selectLines(db: Queryable, workspaceId: number, id?: number) {
  return linesQuery(db).where(and(eq(professionals.workspaceId, workspaceId), id !== undefined ? eq(professionals.id, id) : undefined));
}

/** The same, for the lines matching `where` (which must scope them by workspace). */
export function selectLinesWhere(db: Queryable, where: SQL) {
  return linesQuery(db).where(where);
}

/** One line of the workspace as stored, or undefined when it is not there (or another commune's). */
export function findLine(ctx: WorkspaceContext, id: number): ProfessionalRecord | undefined {
  return ctx.db
    .select()
    .from(professionals)
    .where(and(eq(professionals.id, id), eq(professionals.workspaceId, ctx.workspace.id)))
    .get();
}

export type LineRow = Awaited<ReturnType<ReturnType<typeof selectLines>["all"]>>[number];

/** The name shown for the account of a left-joined `updater` (null when there is none). */
export function updaterName(r: { updaterName: string | null; updaterEmail: string | null }): string | null {
  return r.updaterEmail ? displayName({ name: r.updaterName, email: r.updaterEmail }) : null;
}

export const byProfessionThenName = (a: { profession: ProfessionalRecord["profession"]; name: string | null; id: number }, b: typeof a) =>
  professionRank(a.profession) - professionRank(b.profession) ||
  (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff", "fr") ||
  a.id - b.id;

export const FIELD_LABELS: Record<keyof ProfessionalInput | "source", string> = {
  profession: "profession",
  professionOther: "précision de la profession",
  name: "nom",
  practiceLocation: "lieu d'exercice",
  practiceCommuneCode: "commune d'exercice",
  practiceForm: "forme d'exercice",
  ageBracket: "tranche d'âge",
  departure: "départ envisagé",
  interest: "intérêt pour travailler ensemble",
  email: "e-mail",
  phone: "téléphone",
  note: "note",
  source: "source",
};

const LINE_KEYS = Object.keys(FIELD_LABELS).filter((k) => k !== "source") as (keyof ProfessionalInput)[];

export function changedFields(current: ProfessionalRecord, next: ProfessionalInput): (keyof ProfessionalInput)[] {
  return LINE_KEYS.filter((k) => (current[k] ?? null) !== (next[k] ?? null));
}

/** A note's text on one line, cut for the history. */
export const excerpt = (s: string, n = 80) => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
};
