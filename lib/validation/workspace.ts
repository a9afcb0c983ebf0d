import * as z from "zod/mini";
import { REFERENT_KINDS } from "@/lib/domain/enums";
import { communeCodeField, emailField, idField, isoDay, longText, personNameField, todayInParis } from "./common";
import { cleanLine } from "./text";

export const MANDATE_EARLIEST = "2020-01-01";

export const createWorkspaceSchema = z.object({
  communeCode: communeCodeField,
  mandateStart: isoDay.check(
    z.refine((d: string) => d >= MANDATE_EARLIEST, "Le mandat ne peut pas avoir commencé avant le 1er janvier 2020."),
    z.refine((d: string) => d <= todayInParis(), "Indiquez une date passée ou celle d'aujourd'hui : le mandat a déjà commencé."),
  ),
});
export type CreateWorkspaceInput = z.input<typeof createWorkspaceSchema>;

export const federationRequestSchema = z.object({
  code: communeCodeField,
  federationId: z.string({ error: "Choisissez une fédération." }).check(z.trim(), z.minLength(1, "Choisissez une fédération."), z.maxLength(40)),
  message: longText("Le message", 4000),
});
export type FederationRequestInput = z.input<typeof federationRequestSchema>;

export const withdrawRequestSchema = z.object({ code: communeCodeField, requestId: idField });

/** The referent: one person (élu or agent) or a binôme (one of each). */
const referentFields = z
  .object({
    code: communeCodeField,
    kind: z.enum(REFERENT_KINDS, { error: "Choisissez qui sera référent·e santé." }),
    // Cleaned here (not only in the check below): the transform stores this value.
    eluName: z.optional(cleanLine()),
    eluEmail: z.optional(z.string()),
    agentName: z.optional(cleanLine()),
    agentEmail: z.optional(z.string()),
    /** When the commune has referents: "remplacer" (they are removed at once) or "ajouter". */
    replace: z.optional(z.string()),
  })
  .check(
    z.superRefine((v, ctx) => {
      const needs = v.kind === "binome" ? (["elu", "agent"] as const) : [v.kind];
      for (const who of needs) {
        const name = personNameField.safeParse(v[`${who}Name`] ?? "");
        if (!name.success) ctx.addIssue({ code: "custom", path: [`${who}Name`], message: name.error.issues[0].message });
        const email = emailField.safeParse(v[`${who}Email`] ?? "");
        if (!email.success) ctx.addIssue({ code: "custom", path: [`${who}Email`], message: email.error.issues[0].message });
      }
      if (
        v.kind === "binome" &&
        v.eluEmail?.trim() &&
        v.eluEmail.trim().toLowerCase() === v.agentEmail?.trim().toLowerCase()
      ) {
        ctx.addIssue({ code: "custom", path: ["agentEmail"], message: "Un binôme, ce sont deux personnes : indiquez une autre adresse que celle de l'élu·e." });
      }
    }),
  );

export const designateReferentSchema = z.pipe(
  referentFields,
  z.transform((v: z.output<typeof referentFields>) => {
    const needs = v.kind === "binome" ? (["elu", "agent"] as const) : [v.kind];
    return {
      code: v.code,
      kind: v.kind,
      people: needs.map((capacity) => ({
        capacity,
        name: (v[`${capacity}Name`] ?? "").trim(),
        email: (v[`${capacity}Email`] ?? "").trim().toLowerCase(),
      })),
      ...(v.replace === "remplacer" || v.replace === "ajouter" ? { replace: v.replace === "remplacer" } : {}),
    };
  }),
);
export type DesignateReferentInput = z.input<typeof designateReferentSchema>;

export const invitationActionSchema = z.object({ code: communeCodeField, invitationId: idField });

/** « Retirer » a member of the workspace; `from` says which page to come back to. */
export const removeMemberSchema = z.object({ code: communeCodeField, memberId: idField, from: z.enum(["equipe", "referent"]) });
