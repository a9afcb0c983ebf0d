"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { designateReferent, resendReferentInvitation, revokeReferentInvitation } from "@/db/workspaces";
import { markDelivery, type Invitation } from "@/db/invitations";
import type { BaseContext } from "@/db/context";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { sendReferentInvitation } from "@/lib/mail/messages";
import { designateReferentSchema, invitationActionSchema } from "@/lib/validation/workspace";

async function mailInvitation(ctx: BaseContext, inv: Invitation, token: string, inviter: string, communeName: string) {
  const result = await sendReferentInvitation(inv.email, { name: inv.name, inviter, communeName, capacity: inv.capacity ?? "elu", token });
  markDelivery(ctx, { invitationId: inv.id, ok: result.ok });
  return result.ok;
}

export const designateReferentAction = formAction({
  schema: designateReferentSchema,
  authorize: (input) => requireCommuneRole(input.code, "referent.designate"),
  run: async (input, ctx) => {
    // The version the guard read with the workspace: a designation made meanwhile is not overwritten.
    const created = designateReferent(ctx.data, { kind: input.kind, people: input.people, version: ctx.workspace.version });
    const sent = await Promise.all(created.map(({ invitation, token }) => mailInvitation(ctx.data, invitation, token, displayName(ctx.user), ctx.commune.name)));
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    return {
      status: "success",
      message: sent.every(Boolean)
        ? `Invitation envoyée à ${created.map((c) => c.invitation.email).join(" et ")}.`
        : "Désignation enregistrée, mais un e-mail n'a pas pu partir : utilisez « Renvoyer » dans la liste ci-dessous.",
    };
  },
});

export const resendInvitationAction = formAction({
  schema: invitationActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "referent.designate"),
  run: async (input, ctx) => {
    const renewed = resendReferentInvitation(ctx.data, { invitationId: input.invitationId });
    if (!renewed) notFound();
    const ok = await mailInvitation(ctx.data, renewed.invitation, renewed.token, displayName(ctx.user), ctx.commune.name);
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    return ok
      ? { status: "success", message: `Invitation renvoyée à ${renewed.invitation.email}. Le lien précédent ne fonctionne plus.` }
      : { status: "error", fieldErrors: {}, formError: `L'e-mail à ${renewed.invitation.email} n'a pas pu partir. Réessayez plus tard.`, values: {} };
  },
});

export const revokeInvitationAction = formAction({
  schema: invitationActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "referent.designate"),
  run: async (input, ctx) => {
    const revoked = revokeReferentInvitation(ctx.data, { invitationId: input.invitationId });
    if (!revoked) notFound();
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    return { status: "success", message: `Invitation de ${revoked.email} retirée : son lien ne fonctionne plus.` };
  },
});
