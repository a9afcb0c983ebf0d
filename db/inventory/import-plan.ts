/**
 * Planning a CSV import: what each row of the file would do to the inventory (create, update, unchanged, or
 * an error saying which line and why). Reads only; `applyImport` plans again inside its transaction.
 */
import { eq, inArray } from "drizzle-orm";
import type { Queryable } from "../context";
import { communes, professionals } from "../schema";
import { LINE_SOURCE_LABELS, type LineSource } from "@/lib/domain/enums";
import { readProfessionalsCsv } from "@/lib/inventory/csv-professionals";
import { duplicateKey, parseCommuneRef, validateImportRow, type CommuneResolution } from "@/lib/inventory/import-row";
import type { Result } from "@/lib/inventory/csv";
import { lineTitle, professionLabel } from "@/lib/inventory/professions";
import { normalizeSearch } from "@/lib/text";
import type { ProfessionalInput } from "@/lib/validation/inventory";
import { FIELD_LABELS, changedFields, type LocatedWorkspace, type ProfessionalRecord, type WorkspaceContext } from "./shared";

export type PlanAction = "create" | "update" | "unchanged" | "error";

export type PlanRow = {
  line: number;
  action: PlanAction;
  profession: string;
  name: string;
  commune: string | null;
  /** For an update: the fields the row changes. */
  changes: string[];
  errors: string[];
  warnings: string[];
};

export type ImportPlan = {
  rows: PlanRow[];
  counts: Record<PlanAction, number>;
  errorCount: number;
  ignoredColumns: string[];
};

export type PlannedWrite =
  | { kind: "create"; input: ProfessionalInput; source: LineSource }
  | { kind: "update"; id: number; version: number; input: ProfessionalInput; changes: string[] };

/** Resolves the "Commune d'exercice" cells against the official list, preferring the commune's département (two queries). */
function resolveCommunes(db: Queryable, texts: string[], departementCode: string): Map<string, CommuneResolution> {
  const refs = new Map(texts.map((t) => [t, parseCommuneRef(t)] as const));
  const codes = [...new Set([...refs.values()].flatMap((r) => (r?.code ? [r.code] : [])))];
  const names = [...new Set([...refs.values()].flatMap((r) => (r?.name && !r.code ? [normalizeSearch(r.name)] : [])))].filter(Boolean);
  const select = { code: communes.code, name: communes.name, searchName: communes.searchName, departementCode: communes.departementCode };
  const byCode = new Map(codes.length ? db.select(select).from(communes).where(inArray(communes.code, codes)).all().map((c) => [c.code, c]) : []);
  const byName = new Map<string, { code: string; name: string; searchName: string; departementCode: string }[]>();
  if (names.length) {
    for (const c of db.select(select).from(communes).where(inArray(communes.searchName, names)).all()) {
      byName.set(c.searchName, [...(byName.get(c.searchName) ?? []), c]);
    }
  }
  const out = new Map<string, CommuneResolution>();
  for (const [text, ref] of refs) {
    if (!ref) continue;
    if (ref.code) {
      const c = byCode.get(ref.code);
      if (!c) out.set(text, { error: `aucune commune n'a le code INSEE ${ref.code} dans la liste officielle.` });
      else if (ref.name && normalizeSearch(ref.name) !== c.searchName) out.set(text, { error: `le code INSEE ${ref.code} est celui de ${c.name}, pas de « ${ref.name} ».` });
      else out.set(text, { code: c.code, name: c.name });
      continue;
    }
    const candidates = byName.get(normalizeSearch(ref.name ?? "")) ?? [];
    const local = candidates.filter((c) => c.departementCode === departementCode);
    const pick = local.length === 1 ? local[0] : local.length === 0 && candidates.length === 1 ? candidates[0] : null;
    if (pick) out.set(text, { code: pick.code, name: pick.name });
    else if (candidates.length === 0) out.set(text, { error: `« ${ref.name} » n'est pas dans la liste officielle des communes : vérifiez l'orthographe, ou écrivez « Nom (code INSEE) ».` });
    else out.set(text, { error: `plusieurs communes s'appellent « ${ref.name} » : écrivez « Nom (code INSEE) », par exemple « ${candidates[0].name} (${candidates[0].code}) ».` });
  }
  return out;
}

/** The file's decoded text, and who entered its new lines when it does not say (the importing person's side). */
export type ImportInput = { text: string; defaultSource: "commune" | "federation" };

/** The plan of a file against the workspace's lines now, and the writes it makes when it has no error (three queries). */
export function planImport(ctx: WorkspaceContext<LocatedWorkspace>, file: ImportInput): Result<{ plan: ImportPlan; writes: PlannedWrite[] }> {
  const { db, workspace: ws } = ctx;
  const { text, defaultSource } = file;
  const read = readProfessionalsCsv(text);
  if (!read.ok) return read;
  const { rows, ignoredColumns } = read.value;
  const existing = new Map(db.select().from(professionals).where(eq(professionals.workspaceId, ws.id)).all().map((l) => [l.id, l]));
  const resolved = resolveCommunes(db, [...new Set(rows.map((r) => r.communeText).filter(Boolean))], ws.departementCode);

  const idLines = new Map<number, number[]>();
  for (const r of rows) if (r.id !== null && existing.has(r.id)) idLines.set(r.id, [...(idLines.get(r.id) ?? []), r.line]);

  type Work = { row: PlanRow; input: ProfessionalInput | null; target: ProfessionalRecord | null; source: LineSource; version: number | null };
  const work: Work[] = rows.map((r) => {
    const { input, errors } = validateImportRow(r, ws.communeCode, r.communeText ? (resolved.get(r.communeText) ?? null) : null);
    const warnings = [...r.warnings];
    const target = r.id !== null ? (existing.get(r.id) ?? null) : null;
    if (r.id !== null && !target) warnings.push(`L'identifiant ${r.id} ne correspond à aucune fiche de cette commune : une nouvelle fiche sera créée.`);
    const twins = target ? (idLines.get(target.id) ?? []) : [];
    if (twins.length > 1) errors.push(`L'identifiant ${target!.id} figure sur plusieurs lignes (${twins.join(", ")}) : gardez-en une seule.`);
    let source: LineSource = defaultSource;
    if (!target && r.source) {
      if (r.source === "professionnel") warnings.push(`Seul le professionnel peut confirmer sa fiche : elle sera marquée « ${LINE_SOURCE_LABELS[defaultSource]} ».`);
      else source = r.source;
    }
    const commune = input?.practiceCommuneCode ? (resolved.get(r.communeText) as { name: string } | undefined)?.name ?? input.practiceCommuneCode : null;
    return {
      row: {
        line: r.line,
        action: "error",
        profession: input ? professionLabel(input.profession, input.professionOther) : r.display.profession,
        name: input ? (input.name ?? "Anonyme") : r.display.name || "Anonyme",
        commune,
        changes: [],
        errors,
        warnings,
      },
      input,
      target,
      source,
      version: r.version,
    };
  });

  // Duplicates: the file's rows against each other, and against the lines no row of the file rewrites.
  const rewritten = new Set(work.flatMap((w) => (w.target ? [w.target.id] : [])));
  const owners = new Map<string, string>();
  for (const l of existing.values()) {
    const key = duplicateKey(l);
    if (key && !rewritten.has(l.id)) owners.set(key, `${lineTitle(l)} figure déjà dans l'état des lieux (pour mettre à jour sa fiche, gardez les colonnes Identifiant et Version de l'export)`);
  }
  for (const w of work) {
    if (!w.input) continue;
    const key = duplicateKey(w.input);
    if (!key) continue;
    const other = owners.get(key);
    if (other) w.row.errors.push(`Doublon : ${other}.`);
    else owners.set(key, `même profession et même nom qu'à la ligne ${w.row.line}`);
  }

  const writes: PlannedWrite[] = [];
  for (const w of work) {
    if (w.row.errors.length || !w.input) continue;
    if (!w.target) {
      w.row.action = "create";
      writes.push({ kind: "create", input: w.input, source: w.source });
      continue;
    }
    const changes = changedFields(w.target, w.input).map((k) => FIELD_LABELS[k]);
    if (changes.length === 0) {
      w.row.action = "unchanged";
      continue;
    }
    const version = w.version;
    if (version === null) {
      w.row.errors.push("Version manquante : pour modifier une fiche existante, gardez les colonnes Identifiant et Version de l'export.");
      continue;
    }
    if (version !== w.target.version) {
      w.row.errors.push(`Cette fiche a été modifiée dans Boussole depuis votre export (version ${w.target.version}, votre fichier : ${version}) : exportez de nouveau l'état des lieux et reportez-y vos changements.`);
      continue;
    }
    w.row.action = "update";
    w.row.changes = changes;
    writes.push({ kind: "update", id: w.target.id, version, input: w.input, changes });
  }
  const planRows = work.map((w) => w.row);
  const counts: Record<PlanAction, number> = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of planRows) counts[r.errors.length ? "error" : r.action]++;
  for (const r of planRows) if (r.errors.length) r.action = "error";
  return {
    ok: true,
    value: { plan: { rows: planRows, counts, errorCount: planRows.reduce((n, r) => n + r.errors.length, 0), ignoredColumns }, writes: counts.error ? [] : writes },
  };
}
