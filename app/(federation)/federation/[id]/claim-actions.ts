"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { rejectClaim, transferMaireRole } from "@/db/federations";
import { formAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/state";
import { requireFederationRole } from "@/lib/auth/guards";
import { sendClaimRejected, sendMaireRoleGranted, sendMaireRoleWithdrawn } from "@/lib/mail/claim-messages";
import { rejectClaimSchema, transferClaimSchema } from "@/lib/validation/claims";

/** After checking with the town hall: the claimant becomes maire, the previous maire(s) lose the role; both are told. */
export const transferClaimAction = formAction({
  schema: transferClaimSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.claims"),
  run: async (input, ctx) => {
    const done = transferMaireRole(ctx.data, { claimId: input.claimId, version: input.version, note: input.note });
    if (!done) notFound();
    await Promise.all([
      sendMaireRoleGranted(done.claimant.email, { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName }),
      ...done.previous.map((p) =>
        sendMaireRoleWithdrawn(p.email, { communeName: done.communeName, federationName: done.federationName, federationEmail: done.federationEmail, newMaire: done.claimant.name }),
      ),
    ]);
    revalidatePath(`/federation/${ctx.federationId}`);
    return ok(`${done.claimant.name} est maintenant maire de ${done.communeName} sur Boussole ; l'espace est vérifié. Les personnes concernées sont prévenues par e-mail.`);
  },
});

/** Refuses the claim; the claimant receives the reason. */
export const rejectClaimAction = formAction({
  schema: rejectClaimSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.claims"),
  run: async (input, ctx) => {
    const done = rejectClaim(ctx.data, { claimId: input.claimId, version: input.version, reason: input.reason });
    if (!done) notFound();
    await sendClaimRejected(done.claimant.email, { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName, reason: input.reason });
    revalidatePath(`/federation/${ctx.federationId}`);
    return ok(`Revendication de ${done.claimant.name} refusée ; le motif lui est envoyé par e-mail.`);
  },
});
