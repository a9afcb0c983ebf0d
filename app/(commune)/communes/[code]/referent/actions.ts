"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { designateAnotherReferent, memberRoleLabel, resendReferentInvitation, revokeReferentInvitation } from "@/db/workspaces";
import type { Invitation } from "@/db/invitations";
import { write, within, type Tx } from "@/db/context";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { sendReferentInvitation } from "@/lib/mail/messages";
import { sendRemovedFromWorkspace } from "@/lib/mail/removal-messages";
import { designateReferentSchema, invitationActionSchema } from "@/lib/validation/workspace";

/** In the transaction that issued the link; the worker records the outcome on the invitation ("E-mail non remis"). */
function mailInvitation(tx: Tx, inv: Invitation, token: string, inviter: string, communeName: string) {
  sendReferentInvitation(inv.email, { name: inv.name, inviter, communeName, capacity: inv.capacity ?? "elu", token }, { db: tx, concerns: { kind: "invitation", id: inv.id } });
}

export const designateReferentAction = formAction({
  schema: designateReferentSchema,
  authorize: (input) => requireCommuneRole(input.code, "referent.designate"),
  run: async (input, ctx) => {
    // The version the guard read with the workspace: a designation made meanwhile is not overwritten.
    const inviter = displayName(ctx.user);
    const successors = input.people.map((p) => p.name).join(" et ");
    const { created, removed } = write(ctx.data, (tx) => {
      const done = designateAnotherReferent(within(ctx.data, tx), { kind: input.kind, people: input.people, version: ctx.workspace.version, replace: input.replace });
      for (const { invitation, token } of done.created) mailInvitation(tx, invitation, token, inviter, ctx.commune.name);
      for (const r of done.removed) sendRemovedFromWorkspace(r.email, { remover: inviter, communeName: ctx.commune.name, role: memberRoleLabel(r), successors }, { db: tx });
      return done;
    });
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    const replaced = removed.length ? ` ${removed.map((r) => r.name).join(" et ")} ${removed.length > 1 ? "n'ont" : "n'a"} plus accès à l'espace.` : "";
    return {
      status: "success",
      // Whether it arrives shows in the list below ("Envoi en cours", then remis or "E-mail non remis" with « Renvoyer »).
      message: `Invitation en cours d'envoi à ${created.map((c) => c.invitation.email).join(" et ")}.${replaced}`,
    };
  },
});

export const resendInvitationAction = formAction({
  schema: invitationActionSchema,
  authorize: (input) => requireCommuneRole(input.code, "referent.designate"),
  run: async (input, ctx) => {
    const renewed = write(ctx.data, (tx) => {
      const renewed = resendReferentInvitation(within(ctx.data, tx), { invitationId: input.invitationId });
      if (renewed) mailInvitation(tx, renewed.invitation, renewed.token, displayName(ctx.user), ctx.commune.name);
      return renewed;
    });
    if (!renewed) notFound();
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    return { status: "success", message: `Invitation renvoyée à ${renewed.invitation.email} : envoi en cours. Le lien précédent ne fonctionne plus.` };
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
