/**
 * "Qui fait quoi": an actor's responsibilities, and the directory of local partners' contacts. One schema per
 * form for browser and server; FormData carries strings, so every field is a string until parsed. Hidden
 * references (actor of the section, contact id, version) are refused with a message for the whole form.
 */
import { z } from "zod";
import { ACTORS, PARTNERS, type Actor, type Partner } from "@/lib/domain/enums";
import { communeCodeField } from "./common";
import { normalizePhone } from "./inventory";
import { cleanLine, cleanText } from "./text";

export const RESPONSIBILITY_MAX = 4000;
export const ORGANISATION_MAX = 160;
export const PERSON_MAX = 120;
export const POSITION_MAX = 120;
export const PARTNER_NOTE_MAX = 1000;

const ACTOR_MESSAGE = "Cet acteur n'existe pas : rechargez la page.";
const VERSION_MESSAGE = "Rechargez la page : la version de cette fiche manque.";
const ID_MESSAGE = "Ce contact n'existe pas ou plus : rechargez la page.";
const PHONE_MESSAGE = "Indiquez un numéro de téléphone à 10 chiffres, par exemple 04 66 32 00 00.";
const EMAIL_MESSAGE = "Indiquez une adresse e-mail valide, par exemple prenom.nom@ars.sante.fr.";

/** A stored version as posted: "0" for an actor whose responsibilities are not written yet. */
const version = (min: number) =>
  z
    .string({ error: VERSION_MESSAGE })
    .trim()
    .regex(/^\d{1,9}$/, VERSION_MESSAGE)
    .transform(Number)
    .refine((n) => n >= min, VERSION_MESSAGE);

const rowId = z.string({ error: ID_MESSAGE }).trim().regex(/^[1-9]\d{0,11}$/, ID_MESSAGE).transform(Number);

export const responsibilitySchema = z.object({
  code: communeCodeField,
  actor: z.enum(ACTORS, { error: ACTOR_MESSAGE }),
  version: version(0),
  text: cleanText().max(RESPONSIBILITY_MAX, `Ce texte ne peut pas dépasser ${RESPONSIBILITY_MAX.toLocaleString("fr-FR")} caractères.`),
});
export type ResponsibilityForm = z.input<typeof responsibilitySchema>;
export type ResponsibilityInput = { actor: Actor; version: number; text: string };

const optionalLine = (label: string, max: number) => cleanLine().max(max, `${label} ne peut pas dépasser ${max} caractères.`).optional().default("");

/** What a person types about a contact: the same for adding and editing. */
const partnerFields = {
  code: communeCodeField,
  actor: z.enum(PARTNERS, { error: "Choisissez le type de partenaire dans la liste." }),
  organisation: cleanLine("Indiquez l'organisme.")
    .min(2, "Indiquez l'organisme, par exemple « Délégation départementale de l'ARS ».")
    .max(ORGANISATION_MAX, `Le nom de l'organisme ne peut pas dépasser ${ORGANISATION_MAX} caractères.`),
  personName: optionalLine("Le nom", PERSON_MAX),
  position: optionalLine("La fonction", POSITION_MAX),
  email: z
    .string()
    .trim()
    .max(254, "Cette adresse e-mail est trop longue.")
    .refine((v) => v === "" || z.email().safeParse(v).success, EMAIL_MESSAGE)
    .optional()
    .default(""),
  phone: z
    .string()
    .trim()
    .refine((v) => v === "" || normalizePhone(v) !== null, PHONE_MESSAGE)
    .optional()
    .default(""),
  note: cleanText().max(PARTNER_NOTE_MAX, `La note ne peut pas dépasser ${PARTNER_NOTE_MAX.toLocaleString("fr-FR")} caractères.`).optional().default(""),
};

/** A contact's fields once parsed: empty optional fields are null, the phone grouped by two, the e-mail lower-cased. */
export type PartnerContactFields = {
  actor: Partner;
  organisation: string;
  personName: string | null;
  position: string | null;
  email: string | null;
  phone: string | null;
  note: string | null;
};

const toFields = (v: { actor: Partner; organisation: string; personName: string; position: string; email: string; phone: string; note: string }): PartnerContactFields => ({
  actor: v.actor,
  organisation: v.organisation,
  personName: v.personName || null,
  position: v.position || null,
  email: v.email ? v.email.toLowerCase() : null,
  phone: v.phone ? normalizePhone(v.phone) : null,
  note: v.note || null,
});

export const createPartnerContactSchema = z.object(partnerFields).transform((v) => ({ code: v.code, contact: toFields(v) }));

export const updatePartnerContactSchema = z
  .object({ ...partnerFields, id: rowId, version: version(1) })
  .transform((v) => ({ code: v.code, id: v.id, version: v.version, contact: toFields(v) }));

/** The form's values, as strings (adding has no id nor version: they stay empty). */
export type PartnerContactForm = { code: string; id: string; version: string; actor: string; organisation: string; personName: string; position: string; email: string; phone: string; note: string };

export const deletePartnerContactSchema = z.object({ code: communeCodeField, id: rowId, version: version(1) });
