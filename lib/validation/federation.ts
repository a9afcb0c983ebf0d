import * as z from "zod/mini";
import { FEDERATION_ROLES } from "@/lib/domain/enums";
import { communeCodeField, emailField, idField, longText, orEmpty, personNameField } from "./common";

const federationId = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(40));

export const acceptRequestSchema = z.object({
  federationId: federationId(),
  requestId: idField,
  facilitatorIds: z.pipe(
    z.pipe(
      z.union([z.string(), z.array(z.string())], { error: "Choisissez une ou deux personnes pour accompagner la commune." }),
      z.transform((v: string | string[]) => [...new Set((Array.isArray(v) ? v : [v]).filter(Boolean))]),
    ),
    z
      .array(z.string())
      .check(
        z.minLength(1, "Choisissez une ou deux personnes pour accompagner la commune."),
        z.maxLength(2, "Choisissez au plus deux personnes : l'accompagnement se fait en binôme au plus."),
      ),
  ),
  /** The mandate checked with the town hall (asked only while the workspace is "à vérifier"). */
  mandateChecked: z.pipe(
    z.optional(z.union([z.boolean(), z.string(), z.array(z.string()), z.null()])),
    z.transform((v) => v === true || v === "on" || v === "true" || (Array.isArray(v) && v.includes("on"))),
  ),
  mandateCheckHow: orEmpty(z.string().check(z.trim(), z.maxLength(200, "Au plus 200 caractères."))),
});
export type AcceptRequestInput = z.input<typeof acceptRequestSchema>;

export const declineRequestSchema = z.object({
  federationId: federationId(),
  requestId: idField,
  reason: longText("Le motif", 2000),
});
export type DeclineRequestInput = z.input<typeof declineRequestSchema>;

export const inviteMemberSchema = z.object({
  federationId: federationId(),
  name: personNameField,
  email: emailField,
  role: z.enum(FEDERATION_ROLES, { error: "Choisissez un rôle." }),
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const memberInvitationActionSchema = z.object({ federationId: federationId(), invitationId: idField });

export const removeFederationMemberSchema = z.object({ federationId: federationId(), memberId: idField });

export const unassignFacilitatorSchema = z.object({
  federationId: federationId(),
  communeCode: communeCodeField,
  userId: z.string({ error: "Choisissez la personne à retirer." }).check(z.trim(), z.minLength(1, "Choisissez la personne à retirer."), z.maxLength(100)),
});
