"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { removeFederationMember, unassignFacilitator } from "@/db/federations";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireFederationRole } from "@/lib/auth/guards";
import { FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { sendFacilitatorUnassigned, sendRemovedFromFederation } from "@/lib/mail/removal-messages";
import { removeFederationMemberSchema, unassignFacilitatorSchema } from "@/lib/validation/federation";

/** An admin removes a member (chosen with `?retirer=`); the person is told by e-mail once the removal is saved. */
export const removeFederationMemberAction = formAction({
  schema: removeFederationMemberSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const removed = removeFederationMember(ctx.data, { memberId: input.memberId });
    if (!removed) notFound();
    sendRemovedFromFederation(removed.email, {
      remover: displayName(ctx.user),
      federationName: removed.federationName,
      role: FEDERATION_ROLE_LABELS[removed.role].toLowerCase(),
      communes: removed.communes,
    });
    const base = `/federation/${ctx.federationId}`;
    revalidatePath(base, "layout");
    if (removed.userId === ctx.user.id && !removed.stillMember) redirect("/espace");
    redirect(`${base}/membres?retrait=ok#membres`);
  },
});

/** An admin ends a facilitator's accompaniment of one commune, from the commune's request panel. */
export const unassignFacilitatorAction = formAction({
  schema: unassignFacilitatorSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const done = unassignFacilitator(ctx.data, { communeCode: input.communeCode, userId: input.userId });
    if (!done) notFound();
    sendFacilitatorUnassigned(done.email, { remover: displayName(ctx.user), federationName: done.federationName, communeName: done.communeName });
    revalidatePath(`/federation/${ctx.federationId}`, "layout");
    revalidatePath(`/communes/${done.communeCode}`, "layout");
    return {
      status: "success",
      message: `${done.name} n'accompagne plus ${done.communeName} : son accès à l'espace de la commune a pris fin ; un e-mail part pour l'en prévenir.`,
    };
  },
});
