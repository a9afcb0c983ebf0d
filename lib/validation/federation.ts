import { z } from "zod";
import { FEDERATION_ROLES } from "@/lib/domain/enums";
import { communeCodeField, emailField, idField, longText, personNameField } from "./common";

export const acceptRequestSchema = z.object({
  federationId: z.string().trim().min(1).max(40),
  requestId: idField,
  facilitatorIds: z
    .union([z.string(), z.array(z.string())], { error: "Choisissez une ou deux personnes pour accompagner la commune." })
    .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).filter(Boolean))])
    .pipe(
      z
        .array(z.string())
        .min(1, "Choisissez une ou deux personnes pour accompagner la commune.")
        .max(2, "Choisissez au plus deux personnes : l'accompagnement se fait en binôme au plus."),
    ),
  /** The mandate checked with the town hall (asked only while the workspace is "à vérifier"). */
  mandateChecked: z
    .union([z.boolean(), z.string(), z.array(z.string()), z.null()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true" || (Array.isArray(v) && v.includes("on"))),
  mandateCheckHow: z.string().trim().max(200, "Au plus 200 caractères.").optional().default(""),
});
export type AcceptRequestInput = z.input<typeof acceptRequestSchema>;

export const declineRequestSchema = z.object({
  federationId: z.string().trim().min(1).max(40),
  requestId: idField,
  reason: longText("Le motif", 2000),
});
export type DeclineRequestInput = z.input<typeof declineRequestSchema>;

export const inviteMemberSchema = z.object({
  federationId: z.string().trim().min(1).max(40),
  name: personNameField,
  email: emailField,
  role: z.enum(FEDERATION_ROLES, { error: "Choisissez un rôle." }),
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const memberInvitationActionSchema = z.object({ federationId: z.string().trim().min(1).max(40), invitationId: idField });

export const removeFederationMemberSchema = z.object({ federationId: z.string().trim().min(1).max(40), memberId: idField });

export const unassignFacilitatorSchema = z.object({
  federationId: z.string().trim().min(1).max(40),
  communeCode: communeCodeField,
  userId: z.string({ error: "Choisissez la personne à retirer." }).trim().min(1, "Choisissez la personne à retirer.").max(100),
});
