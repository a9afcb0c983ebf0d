/**
 * A federation's admin removes a member (act `federation.members`; the federation keeps at least one admin)
 * or unassigns a facilitator from a commune. The rows go, so the guards (roles read per request) answer 404
 * from the person's next request; the history is written on the federation and on each workspace left, in the
 * same transaction. The account stays: next steps keep their owner's name (`owner_label`; `owner_user_id` still
 * names the account, and the reminders skip owners who are no longer members).
 */
import { and, asc, eq, isNull } from "drizzle-orm";
import { write, type FederationDataContext, type Queryable, type Tx } from "../context";
import { communes, federationMembers, federations, invitations, users, workspaceMembers, workspaces } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { FormError } from "@/lib/domain/errors";
import { FEDERATION_ROLE_LABELS, type FederationRole } from "@/lib/domain/enums";

export type FederationMembership = { memberId: number; userId: string; name: string; email: string; role: FederationRole };
type Assignment = { workspaceMemberId: number; workspaceId: number; communeCode: string; communeName: string };

function membershipOf(db: Queryable, federationId: string, memberId: number): FederationMembership | null {
  const row = db
    .select({ memberId: federationMembers.id, userId: users.id, userName: users.name, email: users.email, role: federationMembers.role })
    .from(federationMembers)
    .innerJoin(users, eq(users.id, federationMembers.userId))
    .where(and(eq(federationMembers.id, memberId), eq(federationMembers.federationId, federationId)))
    .get();
  if (!row) return null;
  const { userName, ...m } = row;
  return { ...m, name: displayName({ name: userName, email: m.email }) };
}

/** The communes a person accompanies for this federation (their facilitator rows carrying its id). */
function assignmentsOf(db: Queryable, federationId: string, userId: string): Assignment[] {
  return db
    .select({ workspaceMemberId: workspaceMembers.id, workspaceId: workspaces.id, communeCode: communes.code, communeName: communes.name })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(and(eq(workspaceMembers.userId, userId), eq(workspaceMembers.role, "facilitateur"), eq(workspaceMembers.federationId, federationId)))
    .orderBy(asc(communes.searchName), asc(communes.name))
    .all();
}

/**
 * One member of this federation by the id of their role's row (the `?retirer=` of the members page), with the
 * communes they would stop accompanying if it is their last role here; null when not this federation's.
 */
export function federationMembership(ctx: FederationDataContext, input: { memberId: number }) {
  const m = membershipOf(ctx.db, ctx.federationId, input.memberId);
  if (!m) return null;
  const otherRoles = ctx.db
    .select({ id: federationMembers.id })
    .from(federationMembers)
    .where(and(eq(federationMembers.federationId, ctx.federationId), eq(federationMembers.userId, m.userId)))
    .all()
    .filter((r) => r.id !== m.memberId).length;
  return { ...m, communes: otherRoles > 0 ? [] : assignmentsOf(ctx.db, ctx.federationId, m.userId).map((a) => a.communeName) };
}

function federationName(tx: Tx, federationId: string) {
  return tx.select({ name: federations.name }).from(federations).where(eq(federations.id, federationId)).get()!.name;
}

function unassign(tx: Tx, ctx: FederationDataContext, person: { name: string }, a: Assignment, why: string) {
  const { federationId, actor, now } = ctx;
  tx.delete(workspaceMembers).where(eq(workspaceMembers.id, a.workspaceMemberId)).run();
  const summary = `${displayName(actor)} a retiré ${person.name} de l'accompagnement de ${a.communeName} pour la fédération${why}.`;
  recordHistory(tx, { workspaceId: a.workspaceId, actorId: actor.id, action: "federation.facilitator_unassigned", summary, createdAt: now });
  recordHistory(tx, { federationId, actorId: actor.id, action: "federation.facilitator_unassigned", summary, createdAt: now });
}

/**
 * Removes one role of a member. The last admin cannot be removed (a FormError, nothing written). When it was the
 * person's last role in the federation, the communes they accompanied for it are left too. Open invitations to
 * that role for that address are revoked; those the person sent stay. Null when not this federation's (404).
 */
export function removeFederationMember(ctx: FederationDataContext, input: { memberId: number }) {
  const { federationId, actor, now } = ctx;
  return write(ctx, (tx) => {
    const m = membershipOf(tx, federationId, input.memberId);
    if (!m) return null;
    const roles = tx.select({ id: federationMembers.id, userId: federationMembers.userId, role: federationMembers.role }).from(federationMembers).where(eq(federationMembers.federationId, federationId)).all();
    if (m.role === "admin" && roles.filter((r) => r.role === "admin").length <= 1) {
      throw new FormError(`Une fédération garde toujours au moins un·e admin : ${m.name} est le ou la seul·e admin, son rôle ne peut pas être retiré. Invitez d'abord un·e autre admin.`);
    }
    tx.delete(federationMembers).where(eq(federationMembers.id, m.memberId)).run();
    tx.update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.federationId, federationId),
          eq(invitations.kind, "federation_member"),
          eq(invitations.email, m.email),
          eq(invitations.federationRole, m.role),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .run();
    const stillMember = roles.some((r) => r.userId === m.userId && r.id !== m.memberId);
    const left = stillMember ? [] : assignmentsOf(tx, federationId, m.userId);
    for (const a of left) unassign(tx, ctx, m, a, " (il ou elle a quitté la fédération)");
    recordHistory(tx, {
      federationId,
      actorId: actor.id,
      action: "federation.member_removed",
      summary: `${displayName(actor)} a retiré ${m.name} (${FEDERATION_ROLE_LABELS[m.role].toLowerCase()}) de la fédération${left.length ? ` ; il ou elle n'accompagne plus ${left.map((a) => a.communeName).join(", ")}` : ""}.`,
      createdAt: now,
    });
    return { ...m, stillMember, federationName: federationName(tx, federationId), communes: left.map((a) => a.communeName) };
  });
}

/**
 * Ends a facilitator's accompaniment of one commune for this federation (their workspace_member row carrying
 * the federation's id). Null when there is none (another federation's, another commune's, or already gone: 404).
 */
export function unassignFacilitator(ctx: FederationDataContext, input: { communeCode: string; userId: string }) {
  return write(ctx, (tx) => {
    const a = assignmentsOf(tx, ctx.federationId, input.userId).find((x) => x.communeCode === input.communeCode);
    if (!a) return null;
    const person = tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, input.userId)).get()!;
    const named = { name: displayName(person), email: person.email };
    unassign(tx, ctx, named, a, "");
    return { ...named, communeCode: a.communeCode, communeName: a.communeName, federationName: federationName(tx, ctx.federationId) };
  });
}
