"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import type { FederationDataContext } from "@/db/context";
import { getFederation, inviteFederationMember, resendMemberInvitation, revokeMemberInvitation } from "@/db/federations";
import { markDelivery, type Invitation } from "@/db/invitations";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireFederationRole } from "@/lib/auth/guards";
import { sendFederationMemberInvitation } from "@/lib/mail/messages";
import { inviteMemberSchema, memberInvitationActionSchema } from "@/lib/validation/federation";

async function mail(ctx: FederationDataContext, inv: Invitation, token: string, inviter: string) {
  const federation = getFederation(ctx, { id: ctx.federationId })!;
  const result = await sendFederationMemberInvitation(inv.email, { inviter, federationName: federation.name, role: inv.federationRole ?? "facilitateur", token });
  markDelivery(ctx, { invitationId: inv.id, ok: result.ok });
  return result.ok;
}

export const inviteMemberAction = formAction({
  schema: inviteMemberSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const { invitation, token } = inviteFederationMember(ctx.data, { name: input.name, email: input.email, role: input.role });
    const ok = await mail(ctx.data, invitation, token, displayName(ctx.user));
    revalidatePath(`/federation/${ctx.federationId}/membres`);
    return { status: "success", message: ok ? `Invitation envoyée à ${invitation.email}.` : `Invitation enregistrée, mais l'e-mail à ${invitation.email} n'a pas pu partir : utilisez « Renvoyer ».` };
  },
});

export const resendMemberAction = formAction({
  schema: memberInvitationActionSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const renewed = resendMemberInvitation(ctx.data, { invitationId: input.invitationId });
    if (!renewed) notFound();
    const ok = await mail(ctx.data, renewed.invitation, renewed.token, displayName(ctx.user));
    revalidatePath(`/federation/${ctx.federationId}/membres`);
    return ok ? { status: "success", message: `Invitation renvoyée à ${renewed.invitation.email}.` } : { status: "error", fieldErrors: {}, formError: "L'e-mail n'a pas pu partir. Réessayez plus tard.", values: {} };
  },
});

export const revokeMemberAction = formAction({
  schema: memberInvitationActionSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const inv = revokeMemberInvitation(ctx.data, { invitationId: input.invitationId });
    if (!inv) notFound();
    revalidatePath(`/federation/${ctx.federationId}/membres`);
    return { status: "success", message: `Invitation de ${inv.email} retirée.` };
  },
});
