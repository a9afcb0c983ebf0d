/**
 * The professionals' lines as a CSV file: the export's columns, and reading a file back (the export, the model,
 * or a table typed by hand) into rows to validate. Values are the labels the page shows ("Médecin généraliste",
 * "55 à 61 ans"); reading also accepts the codes, feminine forms and usual abbreviations (kiné, IDE, MSP…),
 * ignoring case and accents.
 */
import {
  AGE_BRACKET_LABELS,
  DEPARTURE_HORIZON_LABELS,
  INTEREST_LABELS,
  LINE_SOURCE_LABELS,
  PRACTICE_FORM_LABELS,
  PRACTICE_LOCATION_LABELS,
  PROFESSION_LABELS,
  type LineSource,
} from "@/lib/domain/enums";
import { normalizeSearch } from "@/lib/text";
import type { ProfessionalInput } from "@/lib/validation/inventory";
import { CSV_MAX_ROWS, checkSeparator, formatCsv, parseCsv, unescapeCell, type Result } from "./csv";
import { findAge, findDeparture, findForm, findInterest, findLocation, findProfession, findSource } from "./csv-values";

export const CSV_COLUMNS = [
  { key: "id", header: "Identifiant", aliases: ["id", "identifiant boussole"] },
  { key: "profession", header: "Profession", aliases: ["metier"] },
  { key: "professionOther", header: "Précision de la profession", aliases: ["precision", "autre profession", "profession autre", "profession precision"] },
  { key: "name", header: "Nom", aliases: ["nom prenom", "prenom nom", "nom et prenom", "prenom et nom", "professionnel"] },
  { key: "practiceLocation", header: "Lieu d'exercice", aliases: ["lieu"] },
  { key: "practiceCommune", header: "Commune d'exercice", aliases: ["commune", "commune proche"] },
  { key: "practiceForm", header: "Forme d'exercice", aliases: ["forme", "mode d exercice", "exercice"] },
  { key: "ageBracket", header: "Tranche d'âge", aliases: ["age", "tranche age"] },
  { key: "departure", header: "Départ envisagé", aliases: ["depart", "depart prevu", "projet de depart"] },
  { key: "interest", header: "Intérêt pour travailler ensemble", aliases: ["interet", "interet pour un travail en equipe", "interesse"] },
  { key: "email", header: "E-mail", aliases: ["email", "mail", "courriel", "adresse e mail", "adresse electronique"] },
  { key: "phone", header: "Téléphone", aliases: ["tel", "telephone portable", "numero de telephone"] },
  { key: "note", header: "Note", aliases: ["notes", "commentaire", "remarque", "remarques"] },
  { key: "source", header: "Source", aliases: ["saisi par"] },
  { key: "version", header: "Version", aliases: [] },
] as const;
export type ColumnKey = (typeof CSV_COLUMNS)[number]["key"];
export const COLUMN_HEADER: Record<ColumnKey, string> = Object.fromEntries(CSV_COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

const HEADER_LOOKUP = new Map<string, ColumnKey>();
for (const c of CSV_COLUMNS) {
  HEADER_LOOKUP.set(normalizeSearch(c.header), c.key);
  HEADER_LOOKUP.set(normalizeSearch(c.key), c.key);
  for (const a of c.aliases) HEADER_LOOKUP.set(normalizeSearch(a), c.key);
}

/* ——— Export ——— */

export type ExportLine = ProfessionalInput & { id: number; version: number; source: LineSource; practiceCommuneName: string | null };

/** "Montrodat (48103)": readable, and unambiguous when read back. */
export const communeCell = (name: string, code: string) => `${name} (${code})`;

export function professionalsCsv(lines: readonly ExportLine[]): string {
  const rows = lines.map((l) => {
    const cells: Record<ColumnKey, string> = {
      id: String(l.id),
      profession: PROFESSION_LABELS[l.profession],
      professionOther: l.professionOther ?? "",
      name: l.name ?? "",
      practiceLocation: PRACTICE_LOCATION_LABELS[l.practiceLocation],
      practiceCommune: l.practiceCommuneCode ? communeCell(l.practiceCommuneName ?? l.practiceCommuneCode, l.practiceCommuneCode) : "",
      practiceForm: PRACTICE_FORM_LABELS[l.practiceForm],
      ageBracket: AGE_BRACKET_LABELS[l.ageBracket],
      departure: DEPARTURE_HORIZON_LABELS[l.departure],
      interest: INTEREST_LABELS[l.interest],
      email: l.email ?? "",
      phone: l.phone ?? "",
      note: l.note ?? "",
      source: LINE_SOURCE_LABELS[l.source],
      version: String(l.version),
    };
    return CSV_COLUMNS.map((c) => cells[c.key]);
  });
  return formatCsv([CSV_COLUMNS.map((c) => c.header), ...rows]);
}

/** The empty model: the headers and one example line to overwrite. */
export function modelCsv(): string {
  const example: Record<ColumnKey, string> = {
    id: "",
    profession: PROFESSION_LABELS.infirmier,
    professionOther: "",
    name: "Prénom Nom",
    practiceLocation: PRACTICE_LOCATION_LABELS.commune,
    practiceCommune: "",
    practiceForm: PRACTICE_FORM_LABELS.cabinet_groupe,
    ageBracket: AGE_BRACKET_LABELS["40_54"],
    departure: DEPARTURE_HORIZON_LABELS.aucun,
    interest: INTEREST_LABELS.oui,
    email: "",
    phone: "",
    note: "Ligne d'exemple : remplacez-la par vos professionnels.",
    source: LINE_SOURCE_LABELS.commune,
    version: "",
  };
  return formatCsv([CSV_COLUMNS.map((c) => c.header), CSV_COLUMNS.map((c) => example[c.key])]);
}

/* ——— Import ——— */

/** The raw fields of `lineSchema`, as strings, before the nearby commune is resolved. */
export type RawLine = {
  profession: string;
  professionOther: string;
  anonymous: boolean;
  name: string;
  practiceLocation: string;
  practiceForm: string;
  ageBracket: string;
  departure: string;
  interest: string;
  email: string;
  phone: string;
  note: string;
};

export type ImportRow = {
  /** The file's line where the row starts (the header is line 1). */
  line: number;
  id: number | null;
  version: number | null;
  source: LineSource | null;
  raw: RawLine;
  /** What the "Commune d'exercice" cell says, to resolve against the official list. */
  communeText: string;
  /** Values that could not be read: French, prefixed by the column's header. */
  errors: string[];
  warnings: string[];
  /** For the preview: the profession and name as typed. */
  display: { profession: string; name: string };
};

export type ReadResult = { rows: ImportRow[]; ignoredColumns: string[]; columns: ColumnKey[] };

const MISSING_HEADER = `La première ligne doit contenir les titres des colonnes (${CSV_COLUMNS.slice(1, 5)
  .map((c) => c.header)
  .join(" ; ")} ; …). Téléchargez le modèle ou exportez l'état des lieux pour partir d'un fichier correct.`;

/** Reads a decoded CSV file into rows: structure errors stop everything, value errors are reported per row. */
export function readProfessionalsCsv(text: string): Result<ReadResult> {
  if (!text.trim()) return { ok: false, message: "Le fichier est vide." };
  const sep = checkSeparator(text);
  if (sep) return { ok: false, message: sep };
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...records] = parsed.value;
  if (!header) return { ok: false, message: "Le fichier est vide." };

  const columns: (ColumnKey | null)[] = header.cells.map((h) => HEADER_LOOKUP.get(normalizeSearch(h)) ?? null);
  const known = columns.filter((c): c is ColumnKey => c !== null);
  if (known.length === 0) return { ok: false, message: MISSING_HEADER };
  if (!known.includes("profession")) return { ok: false, message: `La colonne « Profession » manque sur la première ligne. ${MISSING_HEADER}` };
  const seen = new Set<ColumnKey>();
  for (const c of known) {
    if (seen.has(c)) return { ok: false, message: `La colonne « ${COLUMN_HEADER[c]} » apparaît deux fois sur la première ligne : gardez-en une seule.` };
    seen.add(c);
  }
  if (records.length === 0) return { ok: false, message: "Le fichier ne contient que la ligne des titres : ajoutez au moins un professionnel." };
  if (records.length > CSV_MAX_ROWS) {
    return { ok: false, message: `Le fichier compte ${records.length.toLocaleString("fr-FR")} lignes : la limite est de ${CSV_MAX_ROWS.toLocaleString("fr-FR")}. Vérifiez que vous avez choisi le bon fichier.` };
  }
  const ignoredColumns = header.cells.filter((h, i) => columns[i] === null && h.trim() !== "").map((h) => h.trim());

  const rows = records.map((r) => readRow(r.line, r.cells, columns));
  return { ok: true, value: { rows, ignoredColumns, columns: known } };
}

function readRow(line: number, cells: string[], columns: (ColumnKey | null)[]): ImportRow {
  const errors: string[] = [];
  const warnings: string[] = [];
  const extra = cells.slice(columns.length).filter((c) => c.trim() !== "");
  if (extra.length) {
    errors.push(`Cette ligne a ${cells.length} cellules pour ${columns.length} colonnes : un point-virgule dans un texte doit être entre guillemets.`);
  }
  const cell = (key: ColumnKey): string => {
    const i = columns.indexOf(key);
    return i >= 0 && i < cells.length ? unescapeCell(cells[i]).trim() : "";
  };
  const enumCell = <T extends string>(key: ColumnKey, find: (s: string) => T | undefined, fallback: T | "", what: string): string => {
    const v = cell(key);
    if (!v) return fallback;
    const found = find(v);
    if (found) return found;
    errors.push(`${COLUMN_HEADER[key]} : ${what} « ${truncate(v)} » n'est pas dans la liste.`);
    return "";
  };

  const professionText = cell("profession");
  let profession = "";
  if (!professionText) errors.push("Profession : indiquez la profession.");
  else {
    const p = findProfession(professionText);
    if (p) profession = p;
    else {
      errors.push(
        `Profession inconnue : « ${truncate(professionText)} ». Utilisez une profession de la liste (médecin généraliste, infirmier·ère, pharmacien·ne…) ou « Autre profession » avec une précision dans la colonne « ${COLUMN_HEADER.professionOther} ».`,
      );
    }
  }

  const nameText = cell("name");
  const anonymous = nameText === "" || ["anonyme", "fiche anonyme", "anonymous"].includes(normalizeSearch(nameText));

  const idText = cell("id");
  let id: number | null = null;
  if (idText) {
    if (/^\d{1,9}$/.test(idText) && Number(idText) > 0) id = Number(idText);
    else errors.push(`${COLUMN_HEADER.id} : « ${truncate(idText)} » n'est pas un identifiant de Boussole ; laissez la cellule vide pour une nouvelle fiche.`);
  }
  const versionText = cell("version");
  let version: number | null = null;
  if (versionText) {
    if (/^\d{1,9}$/.test(versionText) && Number(versionText) > 0) version = Number(versionText);
    else errors.push(`${COLUMN_HEADER.version} : « ${truncate(versionText)} » n'est pas un numéro de version ; ne modifiez pas cette colonne.`);
  }

  const sourceText = cell("source");
  let source: LineSource | null = null;
  if (sourceText) {
    source = findSource(sourceText) ?? null;
    if (!source) errors.push(`${COLUMN_HEADER.source} : « ${truncate(sourceText)} » n'est pas dans la liste (${Object.values(LINE_SOURCE_LABELS).join(", ")}).`);
  }

  const raw: RawLine = {
    profession,
    professionOther: cell("professionOther"),
    anonymous,
    name: anonymous ? "" : nameText,
    practiceLocation: enumCell("practiceLocation", findLocation, "", "le lieu"),
    practiceForm: enumCell("practiceForm", findForm, "", "la forme d'exercice"),
    ageBracket: enumCell("ageBracket", findAge, "inconnu", "la tranche d'âge"),
    departure: enumCell("departure", findDeparture, "inconnu", "l'horizon de départ"),
    interest: enumCell("interest", findInterest, "non_sollicite", "la réponse"),
    email: cell("email"),
    phone: cell("phone"),
    note: cell("note"),
  };
  if (!cell("practiceForm") && !errors.some((e) => e.startsWith(COLUMN_HEADER.practiceForm))) {
    errors.push(`${COLUMN_HEADER.practiceForm} : indiquez ${Object.values(PRACTICE_FORM_LABELS).map((l) => `« ${l} »`).join(", ")}.`);
  }
  return { line, id, version, source, raw, communeText: cell("practiceCommune"), errors, warnings, display: { profession: professionText, name: nameText } };
}

const truncate = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);
