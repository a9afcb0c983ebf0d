import { and, asc, eq, isNull } from "drizzle-orm";
import type { DB } from "./client";
import { federationMembers, invitations, users } from "./schema";
import { createInvitation, renewInvitationToken } from "./invitations";
import { recordHistory } from "./history";
import { displayName } from "./users";
import { FieldError, FormError } from "@/lib/domain/errors";
import { FEDERATION_ROLE_LABELS, type FederationRole } from "@/lib/domain/enums";

type Actor = { id: string; email: string; name: string | null };

export function openMemberInvitations(db: DB, federationId: string) {
  return db
    .select()
    .from(invitations)
    .where(and(eq(invitations.federationId, federationId), eq(invitations.kind, "federation_member"), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(asc(invitations.createdAt))
    .all();
}

export function inviteFederationMember(db: DB, federationId: string, input: { name: string; email: string; role: FederationRole }, actor: Actor) {
  return db.transaction((tx) => {
    const already = tx
      .select({ id: federationMembers.id })
      .from(federationMembers)
      .innerJoin(users, eq(users.id, federationMembers.userId))
      .where(and(eq(federationMembers.federationId, federationId), eq(users.email, input.email), eq(federationMembers.role, input.role)))
      .get();
    if (already) throw new FieldError("email", `${input.email} est déjà ${FEDERATION_ROLE_LABELS[input.role].toLowerCase()} de la fédération.`);
    tx.update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.federationId, federationId), eq(invitations.email, input.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
    const created = createInvitation(tx, { kind: "federation_member", federationId, email: input.email, name: input.name, federationRole: input.role, invitedBy: actor.id }, new Date());
    recordHistory(tx, {
      federationId,
      actorId: actor.id,
      action: "federation.member_invited",
      summary: `${displayName(actor)} a invité ${input.name} (${input.email}) comme ${FEDERATION_ROLE_LABELS[input.role].toLowerCase()}.`,
    });
    return created;
  });
}

function openMemberInvitation(tx: Pick<DB, "select">, federationId: string, invitationId: number) {
  const inv = tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.federationId, federationId), eq(invitations.kind, "federation_member")))
    .get();
  if (!inv) return null;
  if (inv.acceptedAt) throw new FormError(`${inv.name} a déjà accepté cette invitation.`);
  if (inv.revokedAt) throw new FormError("Cette invitation a été retirée.");
  return inv;
}

export function resendMemberInvitation(db: DB, federationId: string, invitationId: number, actor: Actor) {
  return db.transaction((tx) => {
    const inv = openMemberInvitation(tx, federationId, invitationId);
    if (!inv) return null;
    const token = renewInvitationToken(tx, inv.id, new Date());
    recordHistory(tx, { federationId, actorId: actor.id, action: "federation.member_resent", summary: `${displayName(actor)} a renvoyé l'invitation de ${inv.email}.` });
    return { invitation: inv, token };
  });
}

export function revokeMemberInvitation(db: DB, federationId: string, invitationId: number, actor: Actor) {
  return db.transaction((tx) => {
    const inv = openMemberInvitation(tx, federationId, invitationId);
    if (!inv) return null;
    tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, inv.id)).run();
    recordHistory(tx, { federationId, actorId: actor.id, action: "federation.member_revoked", summary: `${displayName(actor)} a retiré l'invitation de ${inv.email}.` });
    return inv;
  });
}
