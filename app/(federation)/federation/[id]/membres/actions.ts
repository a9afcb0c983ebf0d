"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { write, within, type FederationDataContext, type Tx } from "@/db/context";
import { getFederation, inviteFederationMember, resendMemberInvitation, revokeMemberInvitation } from "@/db/federations";
import type { Invitation } from "@/db/invitations";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireFederationRole } from "@/lib/auth/guards";
import { sendFederationMemberInvitation } from "@/lib/mail/messages";
import { inviteMemberSchema, memberInvitationActionSchema } from "@/lib/validation/federation";

/** In the transaction that issued the link; the worker records the outcome on the invitation. */
function mail(ctx: FederationDataContext, tx: Tx, inv: Invitation, token: string, inviter: string) {
  const federation = getFederation(within(ctx, tx), { id: ctx.federationId })!;
  sendFederationMemberInvitation(inv.email, { inviter, federationName: federation.name, role: inv.federationRole ?? "facilitateur", token }, { db: tx, concerns: { kind: "invitation", id: inv.id } });
}

export const inviteMemberAction = formAction({
  schema: inviteMemberSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const { invitation } = write(ctx.data, (tx) => {
      const done = inviteFederationMember(within(ctx.data, tx), { name: input.name, email: input.email, role: input.role });
      mail(ctx.data, tx, done.invitation, done.token, displayName(ctx.user));
      return done;
    });
    revalidatePath(`/federation/${ctx.federationId}/membres`);
    return { status: "success", message: `Invitation en cours d'envoi à ${invitation.email}.` };
  },
});

export const resendMemberAction = formAction({
  schema: memberInvitationActionSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.members"),
  run: async (input, ctx) => {
    const renewed = write(ctx.data, (tx) => {
      const renewed = resendMemberInvitation(within(ctx.data, tx), { invitationId: input.invitationId });
      if (renewed) mail(ctx.data, tx, renewed.invitation, renewed.token, displayName(ctx.user));
      return renewed;
    });
    if (!renewed) notFound();
    revalidatePath(`/federation/${ctx.federationId}/membres`);
    return { status: "success", message: `Invitation renvoyée à ${renewed.invitation.email} : envoi en cours.` };
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
