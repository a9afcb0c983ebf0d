/**
 * "Qui fait quoi": an actor's responsibilities, and the directory of local partners' contacts. One schema per
 * form for browser and server; FormData carries strings, so every field is a string until parsed. Hidden
 * references (actor of the section, contact id, version) are refused with a message for the whole form.
 */
import * as z from "zod/mini";
import { ACTORS, PARTNERS, type Actor, type Partner } from "@/lib/domain/enums";
import { communeCodeField, orEmpty } from "./common";
import { normalizePhone } from "./inventory";
import { cleanLine, cleanText } from "./text";
import { PARTNER_NOTE_MAX, RESPONSIBILITY_MAX } from "./limits";

export { PARTNER_NOTE_MAX, RESPONSIBILITY_MAX };
export const ORGANISATION_MAX = 160;
export const PERSON_MAX = 120;
export const POSITION_MAX = 120;

const ACTOR_MESSAGE = "Cet acteur n'existe pas : rechargez la page.";
const VERSION_MESSAGE = "Rechargez la page : la version de cette fiche manque.";
const ID_MESSAGE = "Ce contact n'existe pas ou plus : rechargez la page.";
const PHONE_MESSAGE = "Indiquez un numéro de téléphone à 10 chiffres, par exemple 04 66 32 00 00.";
const EMAIL_MESSAGE = "Indiquez une adresse e-mail valide, par exemple prenom.nom@ars.sante.fr.";

/** A stored version as posted: "0" for an actor whose responsibilities are not written yet. */
const version = (min: number) =>
  z
    .pipe(z.string({ error: VERSION_MESSAGE }).check(z.trim(), z.regex(/^\d{1,9}$/, VERSION_MESSAGE)), z.transform(Number))
    .check(z.refine((n: number) => n >= min, VERSION_MESSAGE));

const rowId = z.pipe(z.string({ error: ID_MESSAGE }).check(z.trim(), z.regex(/^[1-9]\d{0,11}$/, ID_MESSAGE)), z.transform(Number));

export const responsibilitySchema = z.object({
  code: communeCodeField,
  actor: z.enum(ACTORS, { error: ACTOR_MESSAGE }),
  version: version(0),
  text: cleanText().check(z.maxLength(RESPONSIBILITY_MAX, `Ce texte ne peut pas dépasser ${RESPONSIBILITY_MAX.toLocaleString("fr-FR")} caractères.`)),
});
export type ResponsibilityForm = z.input<typeof responsibilitySchema>;
export type ResponsibilityInput = { actor: Actor; version: number; text: string };

const optionalLine = (label: string, max: number) => orEmpty(cleanLine().check(z.maxLength(max, `${label} ne peut pas dépasser ${max} caractères.`)));
const anEmail = z.email();

/** What a person types about a contact: the same for adding and editing. */
const partnerFields = {
  code: communeCodeField,
  actor: z.enum(PARTNERS, { error: "Choisissez le type de partenaire dans la liste." }),
  organisation: cleanLine("Indiquez l'organisme.").check(
    z.minLength(2, "Indiquez l'organisme, par exemple « Délégation départementale de l'ARS »."),
    z.maxLength(ORGANISATION_MAX, `Le nom de l'organisme ne peut pas dépasser ${ORGANISATION_MAX} caractères.`),
  ),
  personName: optionalLine("Le nom", PERSON_MAX),
  position: optionalLine("La fonction", POSITION_MAX),
  email: orEmpty(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(254, "Cette adresse e-mail est trop longue."),
        z.refine((v: string) => v === "" || anEmail.safeParse(v).success, EMAIL_MESSAGE),
      ),
  ),
  phone: orEmpty(z.string().check(z.trim(), z.refine((v: string) => v === "" || normalizePhone(v) !== null, PHONE_MESSAGE))),
  note: orEmpty(cleanText().check(z.maxLength(PARTNER_NOTE_MAX, `La note ne peut pas dépasser ${PARTNER_NOTE_MAX.toLocaleString("fr-FR")} caractères.`))),
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

export const createPartnerContactSchema = z.pipe(
  z.object(partnerFields),
  z.transform((v) => ({ code: v.code, contact: toFields(v) })),
);

export const updatePartnerContactSchema = z.pipe(
  z.object({ ...partnerFields, id: rowId, version: version(1) }),
  z.transform((v) => ({ code: v.code, id: v.id, version: v.version, contact: toFields(v) })),
);

/** The form's values, as strings (adding has no id nor version: they stay empty). */
export type PartnerContactForm = { code: string; id: string; version: string; actor: string; organisation: string; personName: string; position: string; email: string; phone: string; note: string };

export const deletePartnerContactSchema = z.object({ code: communeCodeField, id: rowId, version: version(1) });
