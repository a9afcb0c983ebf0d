"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { getFederation } from "@/db/queries/federations";
import { inviteFederationMember, resendMemberInvitation, revokeMemberInvitation } from "@/db/federation-members";
import { markDelivery, type Invitation } from "@/db/invitations";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireFederationRole } from "@/lib/auth/guards";
import { sendFederationMemberInvitation } from "@/lib/mail/messages";
import { inviteMemberSchema, memberInvitationActionSchema } from "@/lib/validation/federation";

async function mail(inv: Invitation, token: string, inviter: string, federationId: string) {
  const federation = getFederation(db, federationId)!;
  const result = await sendFederationMemberInvitation(inv.email, { inviter, federationName: federation.name, role: inv.federationRole ?? "facilitateur", token });
  markDelivery({ db, now: new Date() }, { invitationId: inv.id, ok: result.ok });
  return result.ok;
}

export const inviteMemberAction = formAction({
  schema: inviteMemberSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const { invitation, token } = inviteFederationMember(db, ctx.federationId, input, ctx.user);
    const ok = await mail(invitation, token, displayName(ctx.user), ctx.federationId);
    revalidatePath(`/federation/${ctx.federationId}/membres`);
    return { status: "success", message: ok ? `Invitation envoyée à ${invitation.email}.` : `Invitation enregistrée, mais l'e-mail à ${invitation.email} n'a pas pu partir : utilisez « Renvoyer ».` };
  },
});

export const resendMemberAction = formAction({
  schema: memberInvitationActionSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const renewed = resendMemberInvitation(db, ctx.federationId, input.invitationId, ctx.user);
    if (!renewed) notFound();
    const ok = await mail(renewed.invitation, renewed.token, displayName(ctx.user), ctx.federationId);
    revalidatePath(`/federation/${ctx.federationId}/membres`);
    return ok ? { status: "success", message: `Invitation renvoyée à ${renewed.invitation.email}.` } : { status: "error", fieldErrors: {}, formError: "L'e-mail n'a pas pu partir. Réessayez plus tard.", values: {} };
  },
});

export const revokeMemberAction = formAction({
  schema: memberInvitationActionSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const inv = revokeMemberInvitation(db, ctx.federationId, input.invitationId, ctx.user);
    if (!inv) notFound();
    revalidatePath(`/federation/${ctx.federationId}/membres`);
    return { status: "success", message: `Invitation de ${inv.email} retirée.` };
  },
});
