/**
 * Accepting an invitation: the token of the link is the proof of the address. Single use (the update only
 * succeeds on an open invitation); the account is created when needed; the role granted and the history
 * written in the same transaction.
 */
import { and, eq, isNull } from "drizzle-orm";
import { write, type ActorContext, type BaseContext, type Tx } from "../context";
import { federationMembers, invitations, professionals, users, workspaceMembers, workspaces } from "../schema";
import { findOrCreateUser, displayName } from "../users";
import { recordHistory } from "../history";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import { FEDERATION_ROLE_LABELS, REFERENT_CAPACITY_LABELS } from "@/lib/domain/enums";
import { lineTitle } from "@/lib/inventory/professions";
import { invitationState, type Invitation, type InvitationState } from "./tokens";
// Not the federations' index: it imports this folder's index (members invite), a cycle.
import { founderLinkBlocked, joinAsFounder } from "../federations/founder";

export type AcceptResult =
  | { ok: true; userId: string; redirectTo: string }
  | { ok: false; reason: "invalid" | InvitationState | "wrong-account" | "federation-has-admin" };

type Refusal = Extract<AcceptResult, { ok: false }>;
const refuse = (reason: Refusal["reason"]): Refusal => ({ ok: false, reason });

type Line = Pick<typeof professionals.$inferSelect, "id" | "userId" | "name" | "profession" | "professionOther">;
type Account = { id: string; name: string | null; email: string };

/**
 * Accepts the invitation of a link. Anonymous (a `BaseContext`): the account of the invitation's address is
 * created or found. Signed in (an `ActorContext`): the invitation must be addressed to the actor.
 */
export function acceptInvitation(ctx: BaseContext | ActorContext, input: { token: string }): AcceptResult {
  const { token } = input;
  if (!isWellFormedToken(token)) return refuse("invalid");
  const actor = "actor" in ctx ? ctx.actor : null;
  return write(ctx, (tx) => {
    const inv = tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).get();
    if (!inv) return refuse("invalid");
    const state = invitationState(inv, ctx.now);
    if (state !== "open") return refuse(state);
    if (actor && actor.email !== inv.email) return refuse("wrong-account");
    if (founderLinkBlocked(tx, inv)) return refuse("federation-has-admin");

    const line = inv.kind === "professionnel" ? professionalLine(tx, inv) : undefined;
    if (line === null) return refuse("invalid");

    // An anonymous line's invitation is addressed to "Infirmier·ère", a founding link to the federation: not a person's name.
    const personName = (line && !line.name) || inv.kind === "federation_founder" ? null : inv.name;
    const user = findOrCreateUser(tx, inv.email, personName, ctx.now);
    const claimed = tx
      .update(invitations)
      .set({ acceptedAt: ctx.now, acceptedBy: user.id })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
    if (claimed.changes !== 1) return refuse("accepted");

    if (inv.kind === "referent" && inv.workspaceId) return joinAsReferent(tx, inv, inv.workspaceId, user, ctx.now);
    if (inv.kind === "professionnel" && inv.workspaceId && line) return joinAsProfessional(tx, inv.workspaceId, line, user, ctx.now);
    if (inv.kind === "federation_member" && inv.federationId) return joinFederation(tx, inv, inv.federationId, user, ctx.now);
    if (inv.kind === "federation_founder" && inv.federationId) return joinAsFounder(tx, inv, inv.federationId, user, ctx.now);
    return refuse("invalid");
  });
}

/**
 * A professional's invitation confirms one line of the inventory: it must still be there, and not be linked
 * to somebody else's account. Null when it cannot be accepted.
 */
function professionalLine(tx: Tx, inv: Invitation): Line | null {
  if (!inv.workspaceId || !inv.professionalId) return null;
  const line = tx
    .select({ id: professionals.id, userId: professionals.userId, name: professionals.name, profession: professionals.profession, professionOther: professionals.professionOther })
    .from(professionals)
    .where(and(eq(professionals.id, inv.professionalId), eq(professionals.workspaceId, inv.workspaceId)))
    .get();
  if (!line) return null;
  if (line.userId) {
    const owner = tx.select({ email: users.email }).from(users).where(eq(users.id, line.userId)).get();
    if (owner?.email !== inv.email) return null;
  }
  return line;
}

function communeCodeOf(tx: Tx, workspaceId: number) {
  return tx.select({ communeCode: workspaces.communeCode }).from(workspaces).where(eq(workspaces.id, workspaceId)).get()!.communeCode;
}

function joinAsReferent(tx: Tx, inv: Invitation, workspaceId: number, user: Account, now: Date): AcceptResult {
  tx.insert(workspaceMembers).values({ workspaceId, userId: user.id, role: "referent", capacity: inv.capacity, createdAt: now }).onConflictDoNothing().run();
  recordHistory(tx, {
    workspaceId,
    actorId: user.id,
    action: "referent.accepted",
    summary: `${displayName(user)} a accepté d'être référent·e santé (${REFERENT_CAPACITY_LABELS[inv.capacity ?? "elu"]}).`,
    createdAt: now,
  });
  return { ok: true, userId: user.id, redirectTo: `/communes/${communeCodeOf(tx, workspaceId)}` };
}

function joinAsProfessional(tx: Tx, workspaceId: number, line: Line, user: Account, now: Date): AcceptResult {
  tx.insert(workspaceMembers).values({ workspaceId, userId: user.id, role: "professionnel", createdAt: now }).onConflictDoNothing().run();
  // Linking the account changes none of the line's fields: its version stays, so nobody's open form conflicts.
  tx.update(professionals).set({ userId: user.id }).where(eq(professionals.id, line.id)).run();
  recordHistory(tx, {
    workspaceId,
    actorId: user.id,
    action: "inventory.professional_joined",
    summary: `${displayName(user)} a accepté l'invitation : sa fiche ${lineTitle(line)} est reliée à son compte, il ou elle peut la vérifier et la corriger.`,
    createdAt: now,
  });
  return { ok: true, userId: user.id, redirectTo: `/communes/${communeCodeOf(tx, workspaceId)}/etat-des-lieux/professionnels/${line.id}?bienvenue=1` };
}

function joinFederation(tx: Tx, inv: Invitation, federationId: string, user: Account, now: Date): AcceptResult {
  const role = inv.federationRole ?? "facilitateur";
  tx.insert(federationMembers).values({ federationId, userId: user.id, role, createdAt: now }).onConflictDoNothing().run();
  recordHistory(tx, {
    federationId,
    actorId: user.id,
    action: "federation.member_joined",
    summary: `${displayName(user)} a rejoint la fédération (${FEDERATION_ROLE_LABELS[role]}).`,
    createdAt: now,
  });
  return { ok: true, userId: user.id, redirectTo: `/federation/${federationId}` };
}
