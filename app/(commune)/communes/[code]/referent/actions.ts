"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { designateAnotherReferent, memberRoleLabel, resendReferentInvitation, revokeReferentInvitation } from "@/db/workspaces";
import { markDelivery, type Invitation } from "@/db/invitations";
import type { BaseContext } from "@/db/context";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { sendReferentInvitation } from "@/lib/mail/messages";
import { sendRemovedFromWorkspace } from "@/lib/mail/removal-messages";
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
    const { created, removed } = designateAnotherReferent(ctx.data, { kind: input.kind, people: input.people, version: ctx.workspace.version, replace: input.replace });
    const inviter = displayName(ctx.user);
    const successors = input.people.map((p) => p.name).join(" et ");
    const [sent] = await Promise.all([
      Promise.all(created.map(({ invitation, token }) => mailInvitation(ctx.data, invitation, token, inviter, ctx.commune.name))),
      Promise.all(removed.map((r) => sendRemovedFromWorkspace(r.email, { remover: inviter, communeName: ctx.commune.name, role: memberRoleLabel(r), successors }))),
    ]);
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    const replaced = removed.length ? ` ${removed.map((r) => r.name).join(" et ")} ${removed.length > 1 ? "n'ont" : "n'a"} plus accès à l'espace.` : "";
    return {
      status: "success",
      message: sent.every(Boolean)
        ? `Invitation envoyée à ${created.map((c) => c.invitation.email).join(" et ")}.${replaced}`
        : `Désignation enregistrée, mais un e-mail n'a pas pu partir : utilisez « Renvoyer » dans la liste ci-dessous.${replaced}`,
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
