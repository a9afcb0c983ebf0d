/**
 * The e-mailed invitations every aggregate uses (referents, federation members, professionals): a random
 * token in the link, only its SHA-256 stored; single use, expiring, revocable, resendable with a new token.
 * These helpers run inside the caller's transaction and keep their call forms: other aggregates call them.
 */
import { eq } from "drizzle-orm";
import type { Queryable } from "../context";
import { invitations } from "../schema";
import { newToken } from "@/lib/tokens";
import { INVITATION_DAYS } from "@/lib/auth/constants";

export type Invitation = typeof invitations.$inferSelect;
export type InvitationState = "open" | "accepted" | "revoked" | "expired";

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

export function invitationState(inv: Pick<Invitation, "acceptedAt" | "revokedAt" | "expiresAt">, now: Date): InvitationState {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}
