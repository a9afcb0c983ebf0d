import * as z from "zod/mini";
import { cleanLine } from "./text";

/** Letters (any alphabet, with their accents), and the spaces, hyphens, apostrophes and dots names carry. */
const NAME_CHARACTERS = /^[\p{L}\p{M}][\p{L}\p{M} '’.-]*$/u;

/** « Prénom et nom », as asked at first sign-in and on the profile page: cleaned like every name, 2 to 80 characters. */
export const ownNameField = cleanLine("Indiquez votre prénom et votre nom.").check(
  z.overwrite((s: string) => s.replace(/\s+/g, " ")),
  z.minLength(1, "Indiquez votre prénom et votre nom."),
  z.minLength(2, "Indiquez votre prénom et votre nom (au moins 2 caractères)."),
  z.maxLength(80, "Votre nom ne peut pas dépasser 80 caractères."),
  z.regex(NAME_CHARACTERS, "Utilisez des lettres, des espaces, des traits d'union ou des apostrophes, sans chiffres ni symboles."),
);

export const ownNameSchema = z.object({
  name: ownNameField,
  /** Where the person was going when asked their name (checked again by `safeReturnPath`). */
  retour: z.optional(z.string().check(z.maxLength(2000))),
});

/** « Se déconnecter partout » : a button confirmed in the browser, nothing to type. */
export const signOutEverywhereSchema = z.object({});

/** « Supprimer mon compte » : a box to tick, so that the deletion is confirmed even without JavaScript. */
export const deleteAccountSchema = z.object({
  confirm: z.unknown().check(z.refine((v) => v === true || v === "on", "Cochez la case pour confirmer la suppression de votre compte.")),
});
