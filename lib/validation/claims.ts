/**
 * "Je suis le/la maire de cette commune": the claim a person files on a commune whose workspace someone else
 * opened, and the federation admin's two answers (transfer the maire role after checking, or refuse).
 */
import * as z from "zod/mini";
import { communeCodeField, idField, longText, orEmpty, personNameField } from "./common";
import { normalizePhone } from "./inventory";
import { cleanLine } from "./text";

export const CLAIM_ROLE_MAX = 120;
export const CLAIM_MESSAGE_MAX = 2000;
export const CLAIM_PHONE_MESSAGE = "Indiquez un numéro de téléphone français à 10 chiffres, par exemple 04 66 32 00 00.";

/** A French number (10 digits starting with 0, or +33 and 9 digits), stored grouped by two; null otherwise. */
export function frenchPhone(raw: string): string | null {
  const phone = normalizePhone(raw);
  return phone && /^0[1-9]( \d\d){4}$/.test(phone) ? phone : null;
}

export const fileClaimSchema = z.object({
  code: communeCodeField,
  name: personNameField,
  role: cleanLine("Indiquez votre fonction à la mairie.").check(
    z.minLength(2, "Indiquez votre fonction à la mairie, par exemple « Maire » ou « Maire déléguée »."),
    z.maxLength(CLAIM_ROLE_MAX, `La fonction ne peut pas dépasser ${CLAIM_ROLE_MAX} caractères.`),
  ),
  phone: z.pipe(
    z
      .string({ error: CLAIM_PHONE_MESSAGE })
      .check(
        z.trim(),
        z.minLength(1, { error: "Indiquez un numéro de téléphone où la fédération peut vous rappeler.", abort: true }),
        z.refine((v: string) => frenchPhone(v) !== null, CLAIM_PHONE_MESSAGE),
      ),
    z.transform((v: string) => frenchPhone(v)!),
  ),
  message: longText("Le message", CLAIM_MESSAGE_MAX),
});
export type FileClaimInput = z.input<typeof fileClaimSchema>;

const claimRef = {
  federationId: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  claimId: idField,
  version: z.coerce
    .number({ error: "Rechargez la page : la version de cette revendication manque." })
    .check(z.int(), z.positive("Rechargez la page : la version de cette revendication manque.")),
};

export const transferClaimSchema = z.object({
  ...claimRef,
  checked: z
    .pipe(
      z.optional(z.union([z.boolean(), z.string()])),
      z.transform((v) => v === true || v === "on" || v === "true"),
    )
    .check(z.refine((v) => v, "Cochez cette case une fois la mairie contactée : le rôle de maire ne se transfère qu'après vérification.")),
  note: orEmpty(longText("La note", 1000, { required: false })),
});
export type TransferClaimInput = z.input<typeof transferClaimSchema>;

export const rejectClaimSchema = z.object({
  ...claimRef,
  reason: longText("Le motif", 2000),
});
export type RejectClaimInput = z.input<typeof rejectClaimSchema>;
