/**
 * The health referent: the mayor designates one person (élu or agent) or a binôme, invited by e-mail; the
 * invitations can be resent (a new link) or revoked until accepted.
 */
import { and, eq, isNull } from "drizzle-orm";
import { write, type DataContext, type Tx, type WorkspaceRef } from "../context";
import { invitations, users, workspaceMembers, workspaces } from "../schema";
import { recordHistory } from "../history";
import { createInvitation, renewInvitationToken, type Invitation } from "../invitations";
import { displayName } from "../users";
import { FieldError, FormError } from "@/lib/domain/errors";
import { REFERENT_CAPACITY_LABELS, REFERENT_KIND_LABELS, type ReferentCapacity, type ReferentKind } from "@/lib/domain/enums";

export type ReferentDesignation = {
  kind: ReferentKind;
  people: { capacity: ReferentCapacity; name: string; email: string }[];
  /** The workspace's version the designation was made from: a newer one is a FormError, nothing written. */
  version: number;
};

/** Designates the referent: invitations created, previous open ones revoked, the workspace's version moved on. */
export function designateReferent(ctx: DataContext, input: ReferentDesignation): { invitation: Invitation; token: string }[] {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const current = tx
      .select({ email: users.email })
      .from(workspaceMembers)
      .innerJoin(users, eq(users.id, workspaceMembers.userId))
      .where(and(eq(workspaceMembers.workspaceId, workspace.id), eq(workspaceMembers.role, "referent")))
      .all();
    for (const p of input.people) {
      if (current.some((c) => c.email === p.email)) {
        throw new FieldError(`${p.capacity}Email`, `${p.email} est déjà référent·e santé de la commune.`);
      }
    }
    tx.update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.kind, "referent"), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
    const bumped = tx
      .update(workspaces)
      .set({ referentKind: input.kind, version: input.version + 1 })
      .where(and(eq(workspaces.id, workspace.id), eq(workspaces.version, input.version)))
      .run();
    if (bumped.changes !== 1) throw new FormError("La désignation vient d'être modifiée par quelqu'un d'autre : rechargez la page pour la voir.");
    const created = input.people.map((p) =>
      createInvitation(tx, { kind: "referent", workspaceId: workspace.id, email: p.email, name: p.name, capacity: p.capacity, invitedBy: actor.id }, now),
    );
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "referent.invited",
      summary: `${displayName(actor)} a désigné comme référent santé ${REFERENT_KIND_LABELS[input.kind].toLowerCase()} : ${input.people
        .map((p) => `${p.name} (${REFERENT_CAPACITY_LABELS[p.capacity]}, ${p.email})`)
        .join(" et ")} — invitation envoyée.`,
      createdAt: now,
    });
    return created;
  });
}

/** An open referent invitation of this workspace, or null (another's: not found); a FormError once used or revoked. */
function openReferentInvitation(tx: Tx, workspace: WorkspaceRef, invitationId: number) {
  const inv = tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, workspace.id), eq(invitations.kind, "referent")))
    .get();
  if (!inv) return null;
  if (inv.acceptedAt) throw new FormError(`${inv.name} a déjà accepté cette invitation.`);
  if (inv.revokedAt) throw new FormError("Cette invitation a été retirée.");
  return inv;
}

/** A new link for an open invitation (the previous one stops working), to e-mail again. */
export function resendReferentInvitation(ctx: DataContext, input: { invitationId: number }) {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inv = openReferentInvitation(tx, workspace, input.invitationId);
    if (!inv) return null;
    const token = renewInvitationToken(tx, inv.id, now);
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "referent.resent",
      summary: `${displayName(actor)} a renvoyé l'invitation de ${inv.name} (${inv.email}).`,
      createdAt: now,
    });
    return { invitation: inv, token };
  });
}

export function revokeReferentInvitation(ctx: DataContext, input: { invitationId: number }) {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inv = openReferentInvitation(tx, workspace, input.invitationId);
    if (!inv) return null;
    tx.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, inv.id)).run();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "referent.revoked",
      summary: `${displayName(actor)} a retiré l'invitation de ${inv.name} (${inv.email}).`,
      createdAt: now,
    });
    return inv;
  });
}
