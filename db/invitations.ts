import { and, eq, isNull } from "drizzle-orm";
import type { DB } from "./client";
import { communes, federations, invitations, users, workspaceMembers, workspaces, federationMembers, professionals } from "./schema";
import { hashToken, isWellFormedToken, newToken } from "@/lib/tokens";
import { INVITATION_DAYS } from "@/lib/auth/constants";
import { REFERENT_CAPACITY_LABELS, FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { lineTitle } from "@/lib/inventory/professions";
import { findOrCreateUser, displayName } from "./users";
import { recordHistory } from "./history";

import type { BaseContext, Queryable } from "./context";
export type Invitation = typeof invitations.$inferSelect;

const expiry = (now: Date) => new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);

/** Creates an invitation; returns the clear token (to e-mail once) — only its hash is stored. */
export function createInvitation(
  tx: Queryable,
  values: Omit<typeof invitations.$inferInsert, "tokenHash" | "expiresAt" | "id">,
  now: Date,
): { invitation: Invitation; token: string } {
  const { token, hash } = newToken();
  const invitation = tx
    .insert(invitations)
    .values({ ...values, tokenHash: hash, expiresAt: expiry(now), createdAt: now })
    .returning()
    .get();
  return { invitation, token };
}

/** A new link for an open invitation: the previous link stops working, the 7 days start again. */
export function renewInvitationToken(tx: Queryable, invitationId: number, now: Date): string {
  const { token, hash } = newToken();
  tx.update(invitations).set({ tokenHash: hash, expiresAt: expiry(now), deliveryStatus: "pending" }).where(eq(invitations.id, invitationId)).run();
  return token;
}

/** Whether the e-mail carrying an invitation left: a failed one stays resendable. */
export function markDelivery(ctx: BaseContext, input: { invitationId: number; ok: boolean }) {
  ctx.db
    .update(invitations)
    .set({ deliveryStatus: input.ok ? "sent" : "failed", lastSentAt: ctx.now })
    .where(eq(invitations.id, input.invitationId))
    .run();
}

export type InvitationState = "open" | "accepted" | "revoked" | "expired";

export function invitationState(inv: Pick<Invitation, "acceptedAt" | "revokedAt" | "expiresAt">, now: Date): InvitationState {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}

export type InvitationView = {
  invitation: Invitation;
  state: InvitationState;
  communeCode: string | null;
  communeName: string | null;
  federationName: string | null;
  inviterName: string;
  /** What accepting grants, in French. */
  roleLabel: string;
};

/** Looks an invitation up by the token of its link; null when the token is malformed or unknown. Reads only. */
export function findInvitationByToken(db: DB, token: string): InvitationView | null {
  if (!isWellFormedToken(token)) return null;
  const row = db
    .select({ invitation: invitations, communeCode: communes.code, communeName: communes.name, federationName: federations.name, inviter: users })
    .from(invitations)
    .leftJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(federations, eq(federations.id, invitations.federationId))
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  const inv = row.invitation;
  const roleLabel =
    inv.kind === "referent"
      ? `référent·e santé (${REFERENT_CAPACITY_LABELS[inv.capacity ?? "elu"]}) de la commune de ${row.communeName}`
      : inv.kind === "professionnel"
        ? `membre de l'espace santé de ${row.communeName}, en tant que professionnel·le de santé`
        : `${FEDERATION_ROLE_LABELS[inv.federationRole ?? "facilitateur"].toLowerCase()} de la ${row.federationName}`;
  return {
    invitation: inv,
    state: invitationState(inv, new Date()),
    communeCode: row.communeCode,
    communeName: row.communeName,
    federationName: row.federationName,
    inviterName: displayName(row.inviter),
    roleLabel,
  };
}

export type AcceptResult =
  | { ok: true; userId: string; redirectTo: string }
  | { ok: false; reason: "invalid" | InvitationState | "wrong-account" };

/**
 * Accepts an invitation: single use (the update only succeeds on an open invitation), creates the account
 * when needed, grants the role, records the history — all in one transaction.
 */
export function acceptInvitation(db: DB, token: string, currentUser: { id: string; email: string } | null): AcceptResult {
  if (!isWellFormedToken(token)) return { ok: false, reason: "invalid" };
  return db.transaction((tx) => {
    const inv = tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).get();
    if (!inv) return { ok: false, reason: "invalid" } as const;
    const state = invitationState(inv, new Date());
    if (state !== "open") return { ok: false, reason: state } as const;
    if (currentUser && currentUser.email !== inv.email) return { ok: false, reason: "wrong-account" } as const;

    // A professional's invitation confirms one line of the inventory: it must still be there, and not be
    // linked to somebody else's account.
    let line: { id: number; userId: string | null; name: string | null; profession: typeof professionals.$inferSelect.profession; professionOther: string | null } | undefined;
    if (inv.kind === "professionnel") {
      if (!inv.workspaceId || !inv.professionalId) return { ok: false, reason: "invalid" } as const;
      line = tx
        .select({ id: professionals.id, userId: professionals.userId, name: professionals.name, profession: professionals.profession, professionOther: professionals.professionOther })
        .from(professionals)
        .where(and(eq(professionals.id, inv.professionalId), eq(professionals.workspaceId, inv.workspaceId)))
        .get();
      if (!line) return { ok: false, reason: "invalid" } as const;
      if (line.userId) {
        const owner = tx.select({ email: users.email }).from(users).where(eq(users.id, line.userId)).get();
        if (owner?.email !== inv.email) return { ok: false, reason: "invalid" } as const;
      }
    }

    // An anonymous line's invitation is addressed to "Infirmier": not a person's name.
    const user = findOrCreateUser(tx, inv.email, line && !line.name ? null : inv.name);
    const claimed = tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: user.id })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
    if (claimed.changes !== 1) return { ok: false, reason: "accepted" } as const;

    if (inv.kind === "referent" && inv.workspaceId) {
      const ws = tx.select({ communeCode: workspaces.communeCode }).from(workspaces).where(eq(workspaces.id, inv.workspaceId)).get()!;
      tx.insert(workspaceMembers)
        .values({ workspaceId: inv.workspaceId, userId: user.id, role: "referent", capacity: inv.capacity })
        .onConflictDoNothing()
        .run();
      recordHistory(tx, {
        workspaceId: inv.workspaceId,
        actorId: user.id,
        action: "referent.accepted",
        summary: `${displayName(user)} a accepté d'être référent·e santé (${REFERENT_CAPACITY_LABELS[inv.capacity ?? "elu"]}).`,
      });
      return { ok: true, userId: user.id, redirectTo: `/communes/${ws.communeCode}` } as const;
    }
    if (inv.kind === "professionnel" && inv.workspaceId && line) {
      const ws = tx.select({ communeCode: workspaces.communeCode }).from(workspaces).where(eq(workspaces.id, inv.workspaceId)).get()!;
      tx.insert(workspaceMembers).values({ workspaceId: inv.workspaceId, userId: user.id, role: "professionnel" }).onConflictDoNothing().run();
      // Linking the account changes none of the line's fields: its version stays, so nobody's open form conflicts.
      tx.update(professionals).set({ userId: user.id }).where(eq(professionals.id, line.id)).run();
      recordHistory(tx, {
        workspaceId: inv.workspaceId,
        actorId: user.id,
        action: "inventory.professional_joined",
        summary: `${displayName(user)} a accepté l'invitation : sa fiche ${lineTitle(line)} est reliée à son compte, il ou elle peut la vérifier et la corriger.`,
      });
      return { ok: true, userId: user.id, redirectTo: `/communes/${ws.communeCode}/etat-des-lieux/professionnels/${line.id}?bienvenue=1` } as const;
    }
    if (inv.kind === "federation_member" && inv.federationId) {
      tx.insert(federationMembers)
        .values({ federationId: inv.federationId, userId: user.id, role: inv.federationRole ?? "facilitateur" })
        .onConflictDoNothing()
        .run();
      recordHistory(tx, {
        federationId: inv.federationId,
        actorId: user.id,
        action: "federation.member_joined",
        summary: `${displayName(user)} a rejoint la fédération (${FEDERATION_ROLE_LABELS[inv.federationRole ?? "facilitateur"]}).`,
      });
      return { ok: true, userId: user.id, redirectTo: `/federation/${inv.federationId}` } as const;
    }
    return { ok: false, reason: "invalid" } as const;
  });
}
