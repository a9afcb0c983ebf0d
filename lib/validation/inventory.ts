import * as z from "zod/mini";
import {
  AGE_BRACKETS,
  DEPARTURE_HORIZONS,
  INTEREST_LEVELS,
  NOTE_THEMES,
  PRACTICE_FORMS,
  PRACTICE_LOCATIONS,
  PROFESSIONS,
  type AgeBracket,
  type DepartureHorizon,
  type InterestLevel,
  type NoteTheme,
  type PracticeForm,
  type PracticeLocation,
  type Profession,
} from "@/lib/domain/enums";
import { MAX_TAGS, THEMES, isTagOf } from "@/lib/inventory/tags";
import { communeCodeField, emailField, idField, orEmpty } from "./common";
import { cleanLine, cleanText } from "./text";
import { INVENTORY_NOTE_MAX, LINE_NOTE_MAX, TEAM_SOURCES } from "./limits";

export { LINE_NOTE_MAX, TEAM_SOURCES };
export const NOTE_MAX = INVENTORY_NOTE_MAX;
export const NAME_MAX = 120;
export const PROFESSION_OTHER_MAX = 80;

/** A line as stored: what the form, the import and the seed all produce. */
export type ProfessionalInput = {
  profession: Profession;
  professionOther: string | null;
  name: string | null;
  practiceLocation: PracticeLocation;
  practiceCommuneCode: string | null;
  practiceForm: PracticeForm;
  ageBracket: AgeBracket;
  departure: DepartureHorizon;
  interest: InterestLevel;
  email: string | null;
  phone: string | null;
  note: string | null;
};


/** Run cross-field checks even when another field failed: all the errors at once. */
const ALWAYS = { when: () => true };

const optionalText = orEmpty(z.string());
/** Human text (a name, a profession's precision, a note): cleaned, see ./text.ts. */
const optionalLine = orEmpty(cleanLine());
const optionalMultiline = orEmpty(cleanText());
/** A checkbox: true/false from react-hook-form, "on" (or absent) from a posted form. */
const checkbox = z.pipe(
  z.optional(z.union([z.boolean(), z.string()])),
  z.transform((v) => v === true || v === "on" || v === "true" || v === "1"),
);

/**
 * A French phone number (10 digits, or +33 and 9 digits), or an international one (+ and 8 to 15 digits).
 * Stored grouped by two ("04 66 32 00 00"), the way French people write and read them.
 */
export function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, "");
  if (/^0[1-9]\d{8}$/.test(compact)) return compact.replace(/(\d{2})(?=\d)/g, "$1 ");
  const fr = /^(?:\+33|0033)([1-9]\d{8})$/.exec(compact);
  if (fr) return `0${fr[1]}`.replace(/(\d{2})(?=\d)/g, "$1 ");
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  return null;
}

const PHONE_MESSAGE = "Indiquez un numéro de téléphone à 10 chiffres, par exemple 04 66 32 00 00.";

/** The fields of a line, shared by the team's form and the professional's own form. */
const lineFields = {
  code: communeCodeField,
  profession: z.enum(PROFESSIONS, { error: "Choisissez une profession dans la liste." }),
  professionOther: optionalLine,
  anonymous: checkbox,
  name: optionalLine,
  practiceLocation: z.enum(PRACTICE_LOCATIONS, { error: "Indiquez où cette personne exerce." }),
  practiceCommuneCode: optionalText,
  practiceForm: z.enum(PRACTICE_FORMS, { error: "Choisissez une forme d'exercice dans la liste." }),
  ageBracket: z.enum(AGE_BRACKETS, { error: "Choisissez une tranche d'âge dans la liste (ou « Âge inconnu »)." }),
  departure: z.enum(DEPARTURE_HORIZONS, { error: "Choisissez un horizon de départ dans la liste (ou « Inconnu »)." }),
  interest: z.enum(INTEREST_LEVELS, { error: "Indiquez l'intérêt pour un travail en équipe (ou « Pas encore sollicité·e »)." }),
  email: optionalText,
  phone: optionalText,
  note: optionalMultiline,
};

type RawLine = { [K in keyof typeof lineFields]: z.output<(typeof lineFields)[K]> };

/**
 * The checks across fields. They also run when a list field is invalid (`when` below), so that every error
 * shows at once; the values are therefore read defensively.
 */
function checkLine(raw: RawLine, ctx: z.core.$RefinementCtx<RawLine>) {
  const text = (x: unknown) => (typeof x === "string" ? x : "");
  const v = { ...raw, professionOther: text(raw.professionOther), name: text(raw.name), practiceCommuneCode: text(raw.practiceCommuneCode), email: text(raw.email), phone: text(raw.phone), note: text(raw.note), code: text(raw.code) };
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (v.profession === "autre") {
    const other = v.professionOther.trim();
    if (other.length < 2) issue("professionOther", "Précisez la profession (par exemple : ostéopathe).");
    else if (other.length > PROFESSION_OTHER_MAX) issue("professionOther", `La profession ne peut pas dépasser ${PROFESSION_OTHER_MAX} caractères.`);
  }
  if (!v.anonymous) {
    const name = v.name.trim();
    if (name.length < 2) issue("name", "Indiquez le nom, ou cochez « Fiche anonyme ».");
    else if (name.length > NAME_MAX) issue("name", `Le nom ne peut pas dépasser ${NAME_MAX} caractères.`);
  }
  if (v.practiceLocation === "proximite") {
    const code = v.practiceCommuneCode.trim().toUpperCase();
    if (!communeCodeField.safeParse(code).success) issue("practiceCommuneCode", "Choisissez la commune d'exercice dans la liste (recherchez-la par son nom ou son code postal).");
    else if (code === v.code.toUpperCase()) issue("practiceCommuneCode", "C'est la commune elle-même : choisissez plutôt « Dans la commune ».");
  }
  const email = v.email.trim();
  if (email) {
    const parsed = emailField.safeParse(email);
    if (!parsed.success) issue("email", parsed.error.issues[0].message);
  }
  if (v.phone.trim() && !normalizePhone(v.phone)) issue("phone", PHONE_MESSAGE);
  if (v.note.trim().length > LINE_NOTE_MAX) {
    issue("note", `La note ne peut pas dépasser ${LINE_NOTE_MAX.toLocaleString("fr-FR")} caractères (elle en compte ${v.note.trim().length.toLocaleString("fr-FR")}).`);
  }
}

export function toProfessionalInput(v: RawLine): ProfessionalInput {
  const trimmedOr = (s: string) => s.trim() || null;
  return {
    profession: v.profession,
    professionOther: v.profession === "autre" ? v.professionOther.trim() : null,
    name: v.anonymous ? null : v.name.trim().replace(/\s+/g, " "),
    practiceLocation: v.practiceLocation,
    practiceCommuneCode: v.practiceLocation === "proximite" ? v.practiceCommuneCode.trim().toUpperCase() : null,
    practiceForm: v.practiceForm,
    ageBracket: v.ageBracket,
    departure: v.departure,
    interest: v.interest,
    email: v.email.trim() ? v.email.trim().toLowerCase() : null,
    phone: v.phone.trim() ? normalizePhone(v.phone) : null,
    note: trimmedOr(v.note),
  };
}

/** One line's fields without the form's own keys: what the CSV import validates each row with. */
export const lineSchema = z.pipe(
  z.object(lineFields).check(z.superRefine(checkLine, ALWAYS)),
  z.transform((v: RawLine) => toProfessionalInput(v)),
);

const source = z.enum(TEAM_SOURCES, { error: "Indiquez qui a saisi cette fiche." });

export const createProfessionalSchema = z.pipe(
  z.object({ ...lineFields, source }).check(z.superRefine(checkLine, ALWAYS)),
  z.transform((v: RawLine & { source: (typeof TEAM_SOURCES)[number] }) => ({ code: v.code, source: v.source, line: toProfessionalInput(v) })),
);
export type CreateProfessionalForm = z.input<typeof createProfessionalSchema>;

const versionField = z.coerce
  .number({ error: "Rechargez la page : la version de la fiche manque." })
  .check(z.int(), z.positive("Rechargez la page : la version de la fiche manque."));

/** The team edits any line; `source` may be absent on a confirmed line (the professional confirmed it). */
export const updateProfessionalSchema = z.pipe(
  z.object({ ...lineFields, id: idField, version: versionField, source: z.optional(source) }).check(z.superRefine(checkLine, ALWAYS)),
  z.transform((v: RawLine & { id: number; version: number; source?: (typeof TEAM_SOURCES)[number] }) => ({
    code: v.code,
    id: v.id,
    version: v.version,
    source: v.source,
    line: toProfessionalInput(v),
  })),
);
export type UpdateProfessionalForm = z.input<typeof updateProfessionalSchema>;

export const deleteRecordSchema = z.object({ code: communeCodeField, id: idField, version: versionField });

export const inviteProfessionalSchema = z.object({
  code: communeCodeField,
  id: idField,
  email: emailField,
});
export type InviteProfessionalForm = z.input<typeof inviteProfessionalSchema>;

export const professionalInvitationSchema = z.object({ code: communeCodeField, invitationId: idField });

/* ——— Notes ——— */

const tagsField = z.pipe(
  z.optional(z.union([z.array(z.string()), z.string(), z.boolean()])),
  z.transform((v) => (Array.isArray(v) ? v : typeof v === "string" && v ? [v] : [])),
);

const noteFields = {
  code: communeCodeField,
  theme: z.enum(NOTE_THEMES, { error: "Choisissez un thème." }),
  text: cleanText("Écrivez la note.").check(
    z.minLength(3, "Écrivez la note (au moins quelques mots)."),
    z.maxLength(NOTE_MAX, `La note ne peut pas dépasser ${NOTE_MAX.toLocaleString("fr-FR")} caractères.`),
  ),
  tags: tagsField,
};

function checkTags(v: { theme: NoteTheme; tags: string[] }, ctx: z.core.$RefinementCtx) {
  if (!Object.hasOwn(THEMES, v.theme) || !Array.isArray(v.tags)) return;
  const unknown = v.tags.filter((t) => !isTagOf(v.theme, t));
  if (unknown.length) ctx.addIssue({ code: "custom", path: ["tags"], message: `Mot-clé inconnu pour « ${THEMES[v.theme].title} » : choisissez dans la liste.` });
  if (new Set(v.tags).size > MAX_TAGS) ctx.addIssue({ code: "custom", path: ["tags"], message: `Choisissez au plus ${MAX_TAGS} mots-clés.` });
}

const dedupe = <T extends { tags: string[] }>(v: T) => ({ ...v, tags: [...new Set(v.tags)] });

export const createNoteSchema = z.pipe(z.object(noteFields).check(z.superRefine(checkTags, ALWAYS)), z.transform(dedupe<z.output<z.ZodMiniObject<typeof noteFields>>>));
export type CreateNoteForm = z.input<typeof createNoteSchema>;

const updateNoteFields = { ...noteFields, id: idField, version: versionField };
export const updateNoteSchema = z.pipe(
  z.object(updateNoteFields).check(z.superRefine(checkTags, ALWAYS)),
  z.transform(dedupe<z.output<z.ZodMiniObject<typeof updateNoteFields>>>),
);
export type UpdateNoteForm = z.input<typeof updateNoteSchema>;
