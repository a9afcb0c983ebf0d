"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { formAction } from "@/lib/actions/action";
import { requireFederationRole } from "@/lib/auth/guards";
import { removeFederationMemberAndTell, unassignFacilitatorAndTell } from "@/lib/mail/removal-changes";
import { removeFederationMemberSchema, unassignFacilitatorSchema } from "@/lib/validation/federation";

/** An admin removes a member (chosen with `?retirer=`); the e-mail telling the person is written with the removal. */
export const removeFederationMemberAction = formAction({
  schema: removeFederationMemberSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const removed = removeFederationMemberAndTell(ctx.data, { memberId: input.memberId });
    if (!removed) notFound();
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
    const done = unassignFacilitatorAndTell(ctx.data, { communeCode: input.communeCode, userId: input.userId });
    if (!done) notFound();
    revalidatePath(`/federation/${ctx.federationId}`, "layout");
    revalidatePath(`/communes/${done.communeCode}`, "layout");
    return {
      status: "success",
      message: `${done.name} n'accompagne plus ${done.communeName} : son accès à l'espace de la commune a pris fin ; un e-mail part pour l'en prévenir.`,
    };
  },
});
