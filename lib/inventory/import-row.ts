/**
 * One row of an imported file, once read: its nearby commune reference, its validation by the form's own schema
 * (messages prefixed by the column's header), and the key that tells two lines of the same person.
 */
import { COMMUNE_CODE_PATTERN } from "@/lib/domain/commune-code";
import { normalizeSearch } from "@/lib/text";
import { lineSchema, type ProfessionalInput } from "@/lib/validation/inventory";
import { COLUMN_HEADER, type ColumnKey, type ImportRow } from "./csv-professionals";

/** "Montrodat (48103)" → code and name; "48103" → code; "Montrodat" → name; "" → nothing. */
export function parseCommuneRef(text: string): { code?: string; name?: string } | null {
  const t = text.trim();
  if (!t) return null;
  const withCode = /^(.*?)\s*\(\s*(\S+)\s*\)$/.exec(t);
  if (withCode && COMMUNE_CODE_PATTERN.test(withCode[2].toUpperCase())) return { code: withCode[2].toUpperCase(), name: withCode[1].trim() || undefined };
  if (COMMUNE_CODE_PATTERN.test(t.toUpperCase())) return { code: t.toUpperCase() };
  return { name: t };
}

export type CommuneResolution = { code: string; name: string } | { error: string };

/**
 * Validates a row once its commune is resolved (by the caller, who knows the official list): the same zod schema
 * as the form, its messages prefixed by the column's header. `communeCode` is the workspace's commune.
 */
export function validateImportRow(
  row: ImportRow,
  communeCode: string,
  commune: CommuneResolution | null,
): { input: ProfessionalInput | null; errors: string[] } {
  const errors = [...row.errors];
  let practiceCommuneCode = "";
  let location = row.raw.practiceLocation;
  if (commune && "error" in commune) errors.push(`${COLUMN_HEADER.practiceCommune} : ${commune.error}`);
  else if (commune) {
    if (commune.code === communeCode) {
      if (!location) location = "commune";
    } else {
      practiceCommuneCode = commune.code;
      if (!location) location = "proximite";
    }
  }
  if (!location && !errors.some((e) => e.startsWith(COLUMN_HEADER.practiceLocation))) location = "commune";
  if (location === "commune") practiceCommuneCode = "";

  const unreadable = (["profession", "practiceForm", "ageBracket", "departure", "interest"] as const).filter((k) => row.raw[k] === "");
  const failed = new Set<string>(unreadable);
  // Cells already reported as unreadable get a neutral value, so that zod still checks everything else
  // (its object-level checks only run once every field has a valid type).
  const placeholders = { profession: "infirmier", practiceForm: "isole", ageBracket: "inconnu", departure: "inconnu", interest: "non_sollicite" };
  const patched = Object.fromEntries(unreadable.map((k) => [k, placeholders[k]]));
  const parsed = lineSchema.safeParse({ ...row.raw, ...patched, code: communeCode, practiceLocation: location || "commune", practiceCommuneCode });
  if (parsed.success) return errors.length ? { input: null, errors } : { input: parsed.data, errors };
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "");
    if (failed.has(key)) continue; // already explained in the row's own words
    if (key === "practiceCommuneCode" && commune && "error" in commune) continue;
    const column: ColumnKey = key === "practiceCommuneCode" ? "practiceCommune" : key === "anonymous" ? "name" : (key as ColumnKey);
    const message =
      key === "practiceCommuneCode" && !commune
        ? "indiquez la commune proche où cette personne exerce, par exemple « Montrodat (48103) »."
        : key === "name"
          ? "indiquez le nom, ou laissez la cellule vide pour une fiche anonyme."
          : issue.message;
    errors.push(`${COLUMN_HEADER[column] ?? "Ligne"} : ${message}`);
  }
  return { input: null, errors: [...new Set(errors)] };
}

/**
 * Two lines describe the same person when they have the same profession and the same name (case, accents and
 * a leading "Dr" ignored). Anonymous lines are never duplicates of one another.
 */
export function duplicateKey(line: Pick<ProfessionalInput, "profession" | "professionOther" | "name">): string | null {
  if (!line.name) return null;
  const name = normalizeSearch(line.name).replace(/^(?:dr|docteur|doctoresse|pr|professeur)\s+/, "");
  if (!name) return null;
  return `${line.profession}|${line.profession === "autre" ? normalizeSearch(line.professionOther ?? "") : ""}|${name}`;
}
