/**
 * The professionals' lines as a CSV file: the export's columns, and reading a file back (the export, the model,
 * or a table typed by hand) into rows to validate. Values are the labels the page shows ("Médecin généraliste",
 * "55 à 61 ans"); reading also accepts the codes, feminine forms and usual abbreviations (kiné, IDE, MSP…),
 * ignoring case and accents.
 */
import {
  AGE_BRACKETS,
  AGE_BRACKET_LABELS,
  DEPARTURE_HORIZONS,
  DEPARTURE_HORIZON_LABELS,
  INTEREST_LABELS,
  INTEREST_LEVELS,
  LINE_SOURCES,
  LINE_SOURCE_LABELS,
  PRACTICE_FORMS,
  PRACTICE_FORM_LABELS,
  PRACTICE_LOCATIONS,
  PRACTICE_LOCATION_LABELS,
  PROFESSIONS,
  PROFESSION_LABELS,
  type LineSource,
} from "@/lib/domain/enums";
import { normalizeSearch } from "@/lib/text";
import { lineSchema, type ProfessionalInput } from "@/lib/validation/inventory";
import { CSV_MAX_ROWS, checkSeparator, formatCsv, parseCsv, unescapeCell, type Result } from "./csv";

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

/** A lookup from what people type to an enum's code: its label, its code, and the given synonyms. */
function lookup<T extends string>(values: readonly T[], labels: Record<T, string>, synonyms: Partial<Record<T, string[]>> = {}) {
  const map = new Map<string, T>();
  for (const v of values) {
    map.set(normalizeSearch(labels[v]), v);
    map.set(normalizeSearch(v), v);
    for (const s of synonyms[v] ?? []) map.set(normalizeSearch(s), v);
  }
  return (text: string): T | undefined => map.get(normalizeSearch(text));
}

const findProfession = lookup(PROFESSIONS, PROFESSION_LABELS, {
  medecin_generaliste: ["généraliste", "médecin", "MG", "médecin traitant", "médecin généraliste libéral"],
  medecin_specialiste: ["spécialiste"],
  chirurgien_dentiste: ["dentiste", "chirurgienne-dentiste"],
  sage_femme: ["sage femme", "maïeuticien", "maïeuticienne"],
  pharmacien: ["pharmacienne", "pharmacien d'officine", "pharmacienne d'officine"],
  infirmier: ["infirmière", "IDE", "IDEL", "infirmier libéral", "infirmière libérale", "infirmier·e"],
  infirmier_pratique_avancee: ["IPA", "infirmière en pratique avancée"],
  masseur_kinesitherapeute: ["kinésithérapeute", "kiné", "kine", "masseuse-kinésithérapeute", "MK"],
  orthophoniste: [],
  orthoptiste: [],
  ergotherapeute: [],
  psychomotricien: ["psychomotricienne"],
  dieteticien: ["diététicienne"],
  pedicure_podologue: ["podologue", "pédicure"],
  psychologue: [],
  assistant_medical: ["assistante médicale"],
  autre: ["autre"],
});
const findLocation = lookup(PRACTICE_LOCATIONS, PRACTICE_LOCATION_LABELS, {
  commune: ["commune", "sur la commune", "dans la commune"],
  proximite: ["proximité", "à proximité", "commune proche", "commune voisine", "hors commune"],
});
const findForm = lookup(PRACTICE_FORMS, PRACTICE_FORM_LABELS, {
  isole: ["isolé", "isolée", "seul", "seule", "exercice seul", "cabinet individuel", "officine"],
  cabinet_groupe: ["cabinet de groupe", "groupe", "cabinet"],
  msp: ["MSP", "maison de santé", "maison de santé pluriprofessionnelle"],
  centre_sante: ["centre de santé", "CDS"],
});
const findAge = lookup(AGE_BRACKETS, AGE_BRACKET_LABELS, {
  moins_40: ["moins de 40", "moins de 40 ans"],
  "40_54": ["40-54", "40 - 54 ans", "40 54 ans"],
  "55_61": ["55-61", "55 - 61 ans", "55 61 ans"],
  "62_plus": ["62 et plus", "62 ans ou plus", "62+", "62 ans +", "plus de 62 ans"],
  inconnu: ["inconnu", "inconnue", "non connu", "?", "NSP"],
});
const findDeparture = lookup(DEPARTURE_HORIZONS, DEPARTURE_HORIZON_LABELS, {
  moins_2_ans: ["d'ici 2 ans", "moins de 2 ans", "dans moins de 2 ans", "0-2 ans"],
  "2_5_ans": ["2 à 5 ans", "dans 2 à 5 ans", "2-5 ans", "entre 2 et 5 ans"],
  aucun: ["aucun", "pas de départ", "non", "pas de départ prévu"],
  inconnu: ["inconnu", "non connu", "?", "NSP"],
});
const findInterest = lookup(INTEREST_LEVELS, INTEREST_LABELS, {
  oui: ["intéressé", "intéressée"],
  peut_etre: ["peut être", "peut-etre", "à voir"],
  non: ["pas intéressé", "pas intéressée"],
  non_sollicite: ["pas encore sollicité", "pas encore sollicitée", "non sollicité", "non sollicitée", "pas sollicité"],
});
const findSource = lookup(LINE_SOURCES, LINE_SOURCE_LABELS, {
  commune: ["commune", "mairie"],
  federation: ["fédération"],
  professionnel: ["professionnel", "confirmé", "confirmée"],
});

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
        `Profession inconnue : « ${truncate(professionText)} ». Utilisez une profession de la liste (médecin généraliste, infirmier, pharmacien…) ou « Autre profession » avec une précision dans la colonne « ${COLUMN_HEADER.professionOther} ».`,
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

/** "Montrodat (48103)" → code and name; "48103" → code; "Montrodat" → name; "" → nothing. */
export function parseCommuneRef(text: string): { code?: string; name?: string } | null {
  const t = text.trim();
  if (!t) return null;
  const withCode = /^(.*?)\s*\(\s*((?:[0-9]{2}|2A|2B)[0-9]{3})\s*\)$/i.exec(t);
  if (withCode) return { code: withCode[2].toUpperCase(), name: withCode[1].trim() || undefined };
  if (/^(?:[0-9]{2}|2A|2B)[0-9]{3}$/i.test(t)) return { code: t.toUpperCase() };
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
