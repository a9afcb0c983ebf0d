import { z } from "zod";
// Only the French locale: `z.locales` would bring every language into the browser bundle.
import fr from "zod/v4/locales/fr.js";
import { todayInParis } from "@/lib/dates";
import { COMMUNE_CODE_PATTERN } from "@/lib/domain/commune-code";
import { cleanLine, cleanText } from "./text";

// zod's own messages (types, sizes) in French; our schemas set their own precise ones.
z.config(fr());

export const communeCodeField = z
  .string({ error: "Choisissez une commune dans la liste." })
  .trim()
  .regex(COMMUNE_CODE_PATTERN, "Choisissez une commune dans la liste.");

export const emailField = z
  .string({ error: "Indiquez une adresse e-mail." })
  .trim()
  .min(1, "Indiquez une adresse e-mail.")
  .max(254, "Cette adresse e-mail est trop longue.")
  .pipe(z.email("Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr."))
  .transform((s) => s.toLowerCase());

export const personNameField = cleanLine("Indiquez le prénom et le nom.")
  .min(2, "Indiquez le prénom et le nom.")
  .max(120, "Le nom ne peut pas dépasser 120 caractères.");

/** Several lines of human text (a message, a reason, an answer), cleaned by `cleanText` before its length is counted. */
export function longText(label: string, max: number, { required = true } = {}) {
  const base = cleanText().max(max, `${label} ne peut pas dépasser ${max.toLocaleString("fr-FR")} caractères.`);
  return required ? base.min(1, `${label} est obligatoire.`) : base;
}

/** A "YYYY-MM-DD" day that exists in the calendar. */
export const isoDay = z
  .string({ error: "Indiquez une date." })
  .trim()
  .min(1, "Indiquez une date.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Indiquez une date au format jj/mm/aaaa.")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "Cette date n'existe pas.");

export const idField = z.coerce.number({ error: "Élément introuvable." }).int().positive("Élément introuvable.");

export { todayInParis };
