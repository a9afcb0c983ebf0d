/**
 * Inviting a professional to confirm their own line: a personal link (see db/invitations.ts for accepting it),
 * renewed or withdrawn by the team. Each write is one IMMEDIATE transaction with its history event.
 */
import { and, eq, isNull } from "drizzle-orm";
import { write, within, type DataContext } from "../context";
import { invitations, professionals } from "../schema";
import { recordHistory } from "../history";
import { createInvitation, renewInvitationToken, type Invitation } from "../invitations";
import { displayName } from "../users";
import { checkOutgoing } from "../trust/outgoing";
import { FormError } from "@/lib/domain/errors";
import type { MailAllowance } from "@/lib/trust/limits";
import { lineTitle, professionLabel } from "@/lib/inventory/professions";
import { findLine, type ProfessionalRecord } from "./shared";

/** What the e-mail names: the line's person, or their profession for an anonymous line. */
type InvitedLine = Pick<ProfessionalRecord, "name" | "profession" | "professionOther">;

/**
 * Invites the person of a line (an earlier open invitation stops working). Null when the line is not of this
 * workspace; refused when it is already linked to an account. The clear token is returned for the e-mail.
 */
export function inviteProfessional(ctx: DataContext, input: { id: number; email: string; allowance?: MailAllowance }): { invitation: Invitation; token: string; line: ProfessionalRecord } | null {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const line = findLine(within(ctx, tx), input.id);
    if (!line) return null;
    if (line.userId) throw new FormError("Cette personne a déjà accepté une invitation : sa fiche est reliée à son compte.");
    checkOutgoing(tx, ctx, { what: "professional_invitation", count: 1, allowance: input.allowance });
    tx.update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.professionalId, line.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
    // The address becomes the line's contact when it had none (the inviter just typed it).
    if (!line.email) {
      tx.update(professionals)
        .set({ email: input.email, version: line.version + 1, updatedBy: actor.id, updatedAt: now })
        .where(eq(professionals.id, line.id))
        .run();
    }
    const name = line.name ?? professionLabel(line.profession, line.professionOther);
    const created = createInvitation(tx, { kind: "professionnel", workspaceId: workspace.id, professionalId: line.id, email: input.email, name, invitedBy: actor.id }, now);
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.professional_invited",
      summary: `${displayName(actor)} a invité ${lineTitle(line)} (${input.email}) à vérifier et confirmer sa fiche.`,
      createdAt: now,
    });
    return { ...created, line };
  });
}

/** A professional invitation of this workspace that is still open; null when not found, refused when closed. */
function openProfessionalInvitation(ctx: DataContext, invitationId: number) {
  const inv = ctx.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, ctx.workspace.id), eq(invitations.kind, "professionnel")))
    .get();
  if (!inv) return null;
  if (inv.acceptedAt) throw new FormError(`${inv.name} a déjà accepté cette invitation.`);
  if (inv.revokedAt) throw new FormError("Cette invitation a été retirée.");
  return inv;
}

/** A new link for an open invitation (the previous one stops working); null when it or its line is not here. */
export function resendProfessionalInvitation(ctx: DataContext, input: { invitationId: number; allowance?: MailAllowance }): { invitation: Invitation; token: string; line: InvitedLine } | null {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inv = openProfessionalInvitation(within(ctx, tx), input.invitationId);
    if (!inv) return null;
    const line = tx
      .select({ name: professionals.name, profession: professionals.profession, professionOther: professionals.professionOther })
      .from(professionals)
      .where(and(eq(professionals.id, inv.professionalId ?? -1), eq(professionals.workspaceId, workspace.id)))
      .get();
    if (!line) return null;
    checkOutgoing(tx, ctx, { what: "professional_invitation", count: 1, allowance: input.allowance });
    const token = renewInvitationToken(tx, inv.id, now);
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.professional_invitation_resent",
      summary: `${displayName(actor)} a renvoyé l'invitation de ${inv.name} (${inv.email}) à confirmer sa fiche.`,
      createdAt: now,
    });
    return { invitation: inv, token, line };
  });
}

/** Withdraws an open invitation: its link stops working. Null when it is not of this workspace. */
export function revokeProfessionalInvitation(ctx: DataContext, input: { invitationId: number }): Invitation | null {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inv = openProfessionalInvitation(within(ctx, tx), input.invitationId);
    if (!inv) return null;
    tx.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, inv.id)).run();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "inventory.professional_invitation_revoked",
      summary: `${displayName(actor)} a retiré l'invitation de ${inv.name} (${inv.email}).`,
      createdAt: now,
    });
    return inv;
  });
}
