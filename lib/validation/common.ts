/**
 * The form schemas are written with `zod/mini` (functions, not methods): the same zod core and the same
 * checks as the classic API, but a browser bundle of what the forms use (about 12 kB gzipped instead of 33).
 * Classic `a.trim().min(1, m).optional().default("")` is `z._default(z.optional(a.check(z.trim(), z.minLength(1, m))), "")`.
 */
import * as z from "zod/mini";
// Only the French locale: `z.locales` would bring every language into the browser bundle.
import fr from "zod/v4/locales/fr.js";
import { todayInParis } from "@/lib/dates";
import { COMMUNE_CODE_PATTERN } from "@/lib/domain/commune-code";
import { cleanLine, cleanText } from "./text";

// zod's own messages (types, sizes) in French; our schemas set their own precise ones.
z.config(fr());

/** An optional field that reads as "" when absent (classic zod's `.optional().default("")`). */
export function orEmpty(schema: z.ZodMiniType<string, string>) {
  return z._default(z.optional(schema), "");
}

export const communeCodeField = z
  .string({ error: "Choisissez une commune dans la liste." })
  .check(z.trim(), z.regex(COMMUNE_CODE_PATTERN, "Choisissez une commune dans la liste."));

export const emailField = z.pipe(
  z.pipe(
    z
      .string({ error: "Indiquez une adresse e-mail." })
      .check(z.trim(), z.minLength(1, "Indiquez une adresse e-mail."), z.maxLength(254, "Cette adresse e-mail est trop longue.")),
    z.email("Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr."),
  ),
  z.transform((s: string) => s.toLowerCase()),
);

export const personNameField = cleanLine("Indiquez le prénom et le nom.").check(
  z.minLength(2, "Indiquez le prénom et le nom."),
  z.maxLength(120, "Le nom ne peut pas dépasser 120 caractères."),
);

/** Several lines of human text (a message, a reason, an answer), cleaned by `cleanText` before its length is counted. */
export function longText(label: string, max: number, { required = true } = {}) {
  const base = cleanText().check(z.maxLength(max, `${label} ne peut pas dépasser ${max.toLocaleString("fr-FR")} caractères.`));
  return required ? base.check(z.minLength(1, `${label} est obligatoire.`)) : base;
}

/** A "YYYY-MM-DD" day that exists in the calendar. */
export const isoDay = z.string({ error: "Indiquez une date." }).check(
  z.trim(),
  z.minLength(1, "Indiquez une date."),
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "Indiquez une date au format jj/mm/aaaa."),
  z.refine((s: string) => {
    const [y, m, d] = s.split("-").map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "Cette date n'existe pas."),
);

export const idField = z.coerce.number({ error: "Élément introuvable." }).check(z.int(), z.positive("Élément introuvable."));

export { todayInParis };
