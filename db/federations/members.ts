/** A federation's people: its members, the invitations to join it, and the accounts' federations. */
import { frenchKey } from "@/db/french-order";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { write, type ActorContext, type BaseContext, type FederationDataContext, type Queryable, type Tx } from "../context";
import { prepared } from "../prepared";
import { federationMembers, federations, invitations, users } from "../schema";
import { createInvitation, renewInvitationToken } from "../invitations";
import { recordHistory } from "../history";
import { displayName, findOrCreateUser } from "../users";
import { FieldError, FormError } from "@/lib/domain/errors";
import { FEDERATION_ROLE_LABELS, type FederationRole } from "@/lib/domain/enums";

/** The federation's members, one row per role: who can be assigned, and the admins to notify. */
export function federationPeople(ctx: FederationDataContext) {
  return prepared(ctx.db, peopleQuery).all({ federationId: ctx.federationId });
}

// The federation's home and members pages run it at every visit: prepared once (`db/prepared.ts`).
const peopleQuery = (db: Queryable) =>
  db
    .select({ memberId: federationMembers.id, userId: users.id, name: users.name, email: users.email, role: federationMembers.role })
    .from(federationMembers)
    .innerJoin(users, eq(users.id, federationMembers.userId))
    .where(eq(federationMembers.federationId, sql.placeholder("federationId")))
    .orderBy(frenchKey(users.name), asc(users.name), asc(users.email))
    .prepare();

export function openMemberInvitations(ctx: FederationDataContext) {
  return ctx.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.federationId, ctx.federationId), eq(invitations.kind, "federation_member"), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(asc(invitations.createdAt))
    .all();
}

/** Invites a person to a role; their earlier open invitations to this federation are revoked. */
export function inviteFederationMember(ctx: FederationDataContext, input: { name: string; email: string; role: FederationRole }) {
  const { federationId, actor, now } = ctx;
  return write(ctx, (tx) => {
    const already = tx
      .select({ id: federationMembers.id })
      .from(federationMembers)
      .innerJoin(users, eq(users.id, federationMembers.userId))
      .where(and(eq(federationMembers.federationId, federationId), eq(users.email, input.email), eq(federationMembers.role, input.role)))
      .get();
    if (already) throw new FieldError("email", `${input.email} est déjà ${FEDERATION_ROLE_LABELS[input.role].toLowerCase()} de la fédération.`);
    tx.update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.federationId, federationId), eq(invitations.email, input.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
    const created = createInvitation(tx, { kind: "federation_member", federationId, email: input.email, name: input.name, federationRole: input.role, invitedBy: actor.id }, now);
    recordHistory(tx, {
      federationId,
      actorId: actor.id,
      action: "federation.member_invited",
      summary: `${displayName(actor)} a invité ${input.name} (${input.email}) comme ${FEDERATION_ROLE_LABELS[input.role].toLowerCase()}.`,
      createdAt: now,
    });
    return created;
  });
}

/** An open invitation of this federation, or null (another's: not found); a FormError once used or revoked. */
function openMemberInvitation(tx: Tx, federationId: string, invitationId: number) {
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

export function resendMemberInvitation(ctx: FederationDataContext, input: { invitationId: number }) {
  const { federationId, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inv = openMemberInvitation(tx, federationId, input.invitationId);
    if (!inv) return null;
    const token = renewInvitationToken(tx, inv.id, now);
    recordHistory(tx, { federationId, actorId: actor.id, action: "federation.member_resent", summary: `${displayName(actor)} a renvoyé l'invitation de ${inv.email}.`, createdAt: now });
    return { invitation: inv, token };
  });
}

export function revokeMemberInvitation(ctx: FederationDataContext, input: { invitationId: number }) {
  const { federationId, actor, now } = ctx;
  return write(ctx, (tx) => {
    const inv = openMemberInvitation(tx, federationId, input.invitationId);
    if (!inv) return null;
    tx.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, inv.id)).run();
    recordHistory(tx, { federationId, actorId: actor.id, action: "federation.member_revoked", summary: `${displayName(actor)} a retiré l'invitation de ${inv.email}.`, createdAt: now });
    return inv;
  });
}

/** The federations where the actor is a member, with their roles. */
export function userFederations(ctx: ActorContext) {
  const rows = ctx.db
    .select({ id: federations.id, name: federations.name, shortName: federations.shortName, role: federationMembers.role })
    .from(federationMembers)
    .innerJoin(federations, eq(federations.id, federationMembers.federationId))
    .where(eq(federationMembers.userId, ctx.actor.id))
    .all();
  const map = new Map<string, { id: string; name: string; shortName: string; roles: FederationRole[] }>();
  for (const r of rows) {
    const e = map.get(r.id) ?? { id: r.id, name: r.name, shortName: r.shortName, roles: [] };
    e.roles.push(r.role);
    map.set(r.id, e);
  }
  return [...map.values()];
}

/** The roles a person holds in a federation (none when they are not a member): what the guards check. */
export function federationRolesOf(ctx: BaseContext, input: { userId: string; federationId: string }): FederationRole[] {
  const rows = prepared(ctx.db, rolesQuery).all({ userId: input.userId, federationId: input.federationId });
  return [...new Set(rows.map((r) => r.role))];
}

// Every federation page and action runs it (the guard): prepared once (`db/prepared.ts`).
const rolesQuery = (db: Queryable) =>
  db
    .select({ role: federationMembers.role })
    .from(federationMembers)
    .where(and(eq(federationMembers.userId, sql.placeholder("userId")), eq(federationMembers.federationId, sql.placeholder("federationId"))))
    .prepare();

/**
 * The operator names a federation's first admin (the CLI): the account is created when needed. Null when the
 * federation is unknown; nothing is written then.
 */
export function nameFederationAdmin(ctx: BaseContext, input: { federationId: string; email: string; name: string | null }) {
  const { federationId, email, name } = input;
  return write(ctx, (tx) => {
    const federation = tx.select().from(federations).where(eq(federations.id, federationId)).get();
    if (!federation) return null;
    const user = findOrCreateUser(tx, email, name, ctx.now);
    tx.insert(federationMembers).values({ federationId, userId: user.id, role: "admin", createdAt: ctx.now }).onConflictDoNothing().run();
    recordHistory(tx, { federationId, actorId: null, action: "federation.admin_named", summary: `${email} a été nommé·e admin de la fédération par l'exploitant.`, createdAt: ctx.now });
    return { federation, user };
  });
}
