"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { designateReferent, resendReferentInvitation, revokeReferentInvitation } from "@/db/workspaces";
import { markDelivery } from "@/db/invitations";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { sendReferentInvitation } from "@/lib/mail/messages";
import { designateReferentSchema, invitationActionSchema } from "@/lib/validation/workspace";
import type { Invitation } from "@/db/invitations";

async function mailInvitation(inv: Invitation, token: string, inviter: string, communeName: string) {
  const result = await sendReferentInvitation(inv.email, { name: inv.name, inviter, communeName, capacity: inv.capacity ?? "elu", token });
  markDelivery({ db, now: new Date() }, { invitationId: inv.id, ok: result.ok });
  return result.ok;
}

export const designateReferentAction = formAction({
  schema: designateReferentSchema,
  authorize: (input) => requireCommuneRole(input.code, "referent.designate"),
  run: async (input, ctx) => {
    const created = designateReferent(db, ctx.workspace, input, ctx.user);
    const sent = await Promise.all(created.map(({ invitation, token }) => mailInvitation(invitation, token, displayName(ctx.user), ctx.commune.name)));
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
    const renewed = resendReferentInvitation(db, ctx.workspace, input.invitationId, ctx.user);
    if (!renewed) notFound();
    const ok = await mailInvitation(renewed.invitation, renewed.token, displayName(ctx.user), ctx.commune.name);
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
    const revoked = revokeReferentInvitation(db, ctx.workspace, input.invitationId, ctx.user);
    if (!revoked) notFound();
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    return { status: "success", message: `Invitation de ${revoked.email} retirée : son lien ne fonctionne plus.` };
  },
});
