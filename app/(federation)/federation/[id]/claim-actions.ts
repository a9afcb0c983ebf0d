"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { formAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/state";
import { requireFederationRole } from "@/lib/auth/guards";
import { rejectClaimAndTell, transferClaimAndTell } from "@/lib/mail/claim-changes";
import { rejectClaimSchema, transferClaimSchema } from "@/lib/validation/claims";

/** After checking with the town hall: the claimant becomes maire, the previous maire(s) lose the role; both are told. */
export const transferClaimAction = formAction({
  schema: transferClaimSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.claims"),
  run: async (input, ctx) => {
    const done = transferClaimAndTell(ctx.data, { claimId: input.claimId, version: input.version, note: input.note });
    if (!done) notFound();
    revalidatePath(`/federation/${ctx.federationId}`);
    return ok(`${done.claimant.name} est maintenant maire de ${done.communeName} sur Boussole ; l'espace est vérifié. Un e-mail part pour prévenir chacune des personnes concernées.`);
  },
});

/** Refuses the claim; the claimant receives the reason. */
export const rejectClaimAction = formAction({
  schema: rejectClaimSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.claims"),
  run: async (input, ctx) => {
    const done = rejectClaimAndTell(ctx.data, { claimId: input.claimId, version: input.version, reason: input.reason });
    if (!done) notFound();
    revalidatePath(`/federation/${ctx.federationId}`);
    return ok(`Revendication de ${done.claimant.name} refusée ; un e-mail part pour lui en donner le motif.`);
  },
});
