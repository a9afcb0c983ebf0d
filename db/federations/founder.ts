/**
 * A federation's founding link. While a federation has no admin on Boussole, a commune's request is e-mailed to
 * its address in the AVECsanté directory with a single-use invitation (kind "federation_founder", 7 days, only
 * its hash stored): whoever holds that mailbox becomes the federation's first admin, then answers the request.
 * The account that accepts is the directory address's own (`acceptInvitation` refuses another signed-in
 * account, and signs an anonymous holder in as that address), so the link cannot hand the federation to
 * someone else. Once the federation has an admin, no link is issued and an outstanding one is refused.
 */
import { and, eq } from "drizzle-orm";
import type { BaseContext, Queryable, Tx } from "../context";
import { federationMembers, federationRequests, federations } from "../schema";
import { createInvitation, type Invitation } from "../invitations/tokens";
import { recordHistory } from "../history";
import { displayName } from "../users";

type Federation = typeof federations.$inferSelect;
type Account = { id: string; name: string | null; email: string };

/** Whether the federation has at least one admin on Boussole (inside the caller's transaction or not). */
export function federationHasAdmin(q: Queryable, federationId: string): boolean {
  return Boolean(
    q
      .select({ id: federationMembers.id })
      .from(federationMembers)
      .where(and(eq(federationMembers.federationId, federationId), eq(federationMembers.role, "admin")))
      .get(),
  );
}

/** For the commune's pages: is the federation on Boussole yet (someone can answer there)? */
export function federationOnBoussole(ctx: BaseContext, input: { federationId: string }): boolean {
  return federationHasAdmin(ctx.db, input.federationId);
}

/**
 * Inside `requestFederation`'s transaction: when the federation has no admin, a founding link addressed to its
 * directory address, tied to the request, sent by the requesting mayor. Null when the federation has an admin.
 *
 * Earlier links still open are kept, not revoked: they went to the same mailbox, each answers its own commune's
 * request, and revoking them would kill the link of a mail the federation may open first. Keeping them opens
 * nothing more: only the directory address's account can accept, and the first acceptance makes every other
 * link useless (the federation then has an admin).
 */
export function issueFounderLink(tx: Tx, input: { federation: Federation; requestId: number; communeName: string; mayor: Account }, now: Date) {
  const { federation, mayor } = input;
  if (federationHasAdmin(tx, federation.id)) return null;
  const email = federation.email.trim().toLowerCase();
  const created = createInvitation(
    tx,
    { kind: "federation_founder", federationId: federation.id, federationRequestId: input.requestId, email, name: federation.shortName, federationRole: "admin", invitedBy: mayor.id },
    now,
  );
  recordHistory(tx, {
    federationId: federation.id,
    actorId: mayor.id,
    action: "federation.founder_link_sent",
    summary: `La demande de ${input.communeName} a été envoyée à ${email}, l'adresse de la fédération dans l'annuaire, avec un lien pour en devenir la première admin sur Boussole (demande de ${displayName(mayor)}).`,
    createdAt: now,
  });
  return { ...created, email };
}

/** Inside `acceptInvitation`'s transaction, before anything is written: may this founding link still be used? */
export function founderLinkBlocked(tx: Queryable, inv: Invitation): boolean {
  return inv.kind === "federation_founder" && (!inv.federationId || federationHasAdmin(tx, inv.federationId));
}

/** Inside `acceptInvitation`'s transaction: the holder of the directory address becomes the first admin. */
export function joinAsFounder(tx: Tx, inv: Invitation, federationId: string, user: Account, now: Date) {
  tx.insert(federationMembers).values({ federationId, userId: user.id, role: "admin", createdAt: now }).onConflictDoNothing().run();
  recordHistory(tx, {
    federationId,
    actorId: user.id,
    action: "federation.founder_joined",
    summary: `${displayName(user)}, qui tient l'adresse de la fédération dans l'annuaire (${inv.email}), est devenu·e sa première admin sur Boussole par le lien reçu avec une demande.`,
    createdAt: now,
  });
  // The request the link came with, still this federation's: the page opens on it.
  const request = inv.federationRequestId
    ? tx
        .select({ id: federationRequests.id })
        .from(federationRequests)
        .where(and(eq(federationRequests.id, inv.federationRequestId), eq(federationRequests.federationId, federationId)))
        .get()
    : undefined;
  return { ok: true as const, userId: user.id, redirectTo: request ? `/federation/${federationId}?demande=${request.id}#demande-choisie` : `/federation/${federationId}` };
}
