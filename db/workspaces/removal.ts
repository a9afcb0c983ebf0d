/**
 * Removing someone from a commune's workspace (the maire's act `members.remove`): a referent, a co-maire, a
 * professional's membership. The membership row goes, so the guards (which read roles per request) answer 404
 * from the person's next request; the open invitations *to* that role for that address are revoked; those the
 * person sent stay. A commune keeps at least one maire; a facilitator is unassigned by the federation.
 * The account stays: next steps keep their owner's name (`owner_label`, and `owner_user_id` still names the
 * account), and history keeps its actor.
 */
import { and, eq, isNull } from "drizzle-orm";
import { within, write, type DataContext, type Queryable, type Tx, type WorkspaceRef } from "../context";
import { invitations, professionals, users, workspaceMembers } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { designateReferent, type ReferentDesignation } from "./referent";
import { FieldError, FormError } from "@/lib/domain/errors";
import { COMMUNE_ROLE_LABELS, REFERENT_CAPACITY_LABELS, type CommuneRole, type ReferentCapacity } from "@/lib/domain/enums";

export type RemovedMember = { memberId: number; userId: string; name: string; email: string; role: CommuneRole; capacity: ReferentCapacity | null };

/** How a membership is named in a sentence: "référent·e santé (élu·e)". */
export function memberRoleLabel(m: { role: CommuneRole; capacity: ReferentCapacity | null }) {
  const label = COMMUNE_ROLE_LABELS[m.role].toLowerCase();
  return m.role === "referent" && m.capacity ? `${label} (${REFERENT_CAPACITY_LABELS[m.capacity]})` : label;
}

function membershipOf(tx: Queryable, workspace: WorkspaceRef, memberId: number): RemovedMember | null {
  const row = tx
    .select({ memberId: workspaceMembers.id, userId: users.id, userName: users.name, email: users.email, role: workspaceMembers.role, capacity: workspaceMembers.capacity })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.id, memberId), eq(workspaceMembers.workspaceId, workspace.id)))
    .get();
  if (!row) return null;
  const { userName, ...m } = row;
  return { ...m, name: displayName({ name: userName, email: m.email }) };
}

/** One membership of this workspace, by its id (the `?retirer=` of the team's lists), or null (another's: not found). */
export function workspaceMember(ctx: DataContext, input: { memberId: number }): RemovedMember | null {
  return membershipOf(ctx.db, ctx.workspace, input.memberId);
}

/**
 * Ends a membership inside the caller's transaction: the row, the account's link to its inventory lines (a
 * professional), the open invitations to that role for that address, and the history. No checks: callers do them.
 */
export function endMembership(tx: Tx, ctx: DataContext, m: RemovedMember, why: string) {
  const { workspace, actor, now } = ctx;
  tx.delete(workspaceMembers).where(eq(workspaceMembers.id, m.memberId)).run();
  if (m.role === "professionnel") {
    // The line stays in the inventory; it no longer opens the workspace to that account, nor names it in mails.
    tx.update(professionals).set({ userId: null }).where(and(eq(professionals.workspaceId, workspace.id), eq(professionals.userId, m.userId))).run();
  }
  const kind = m.role === "referent" ? "referent" : m.role === "professionnel" ? "professionnel" : null;
  if (kind) {
    tx.update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.workspaceId, workspace.id), eq(invitations.kind, kind), eq(invitations.email, m.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
  }
  recordHistory(tx, {
    workspaceId: workspace.id,
    actorId: actor.id,
    action: "workspace.member_removed",
    summary: `${displayName(actor)} a retiré ${m.name} (${memberRoleLabel(m)}) de l'espace de la commune${why}.`,
    createdAt: now,
  });
}

/**
 * The maire removes a membership. Null when it is not one of this workspace (a 404); a FormError, nothing
 * written, for a facilitator (the federation unassigns them) or the commune's last maire.
 */
export function removeWorkspaceMember(ctx: DataContext, input: { memberId: number }): RemovedMember | null {
  return write(ctx, (tx) => {
    const m = membershipOf(tx, ctx.workspace, input.memberId);
    if (!m) return null;
    if (m.role === "facilitateur") {
      throw new FormError(`${m.name} accompagne la commune pour la fédération : c'est la fédération qui peut lui retirer cet accompagnement.`);
    }
    if (m.role === "maire") {
      const maires = tx
        .select({ id: workspaceMembers.id })
        .from(workspaceMembers)
        .where(and(eq(workspaceMembers.workspaceId, ctx.workspace.id), eq(workspaceMembers.role, "maire")))
        .all();
      if (maires.length <= 1) {
        throw new FormError(`Une commune garde toujours au moins un·e maire : ${m.name} est le ou la seul·e maire de l'espace, son accès ne peut pas être retiré.`);
      }
    }
    endMembership(tx, ctx, m, "");
    return m;
  });
}

function referentsOf(tx: Tx, workspace: WorkspaceRef): RemovedMember[] {
  return tx
    .select({ memberId: workspaceMembers.id, userId: users.id, userName: users.name, email: users.email, role: workspaceMembers.role, capacity: workspaceMembers.capacity })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, workspace.id), eq(workspaceMembers.role, "referent")))
    .orderBy(workspaceMembers.id)
    .all()
    .map(({ userName, ...m }) => ({ ...m, name: displayName({ name: userName, email: m.email }) }));
}

/**
 * « Désigner un autre référent »: when the commune has referents, the maire says whether the new person
 * replaces them (`replace`: they are removed at once, in the same transaction as the new invitations) or joins
 * them. Without that choice: a FieldError beside it, nothing written. Returns the invitations to e-mail and the
 * people removed (to tell them).
 */
export function designateAnotherReferent(ctx: DataContext, input: ReferentDesignation & { replace: boolean | undefined }) {
  return write(ctx, (tx) => {
    const inTx = within(ctx, tx);
    const current = referentsOf(tx, ctx.workspace);
    let removed: RemovedMember[] = [];
    if (current.length > 0) {
      if (input.replace === undefined) {
        throw new FieldError("replace", `Dites si la nouvelle désignation remplace ${current.map((c) => c.name).join(" et ")} ou s'y ajoute.`);
      }
      if (input.replace) {
        for (const p of input.people) {
          if (current.some((c) => c.email === p.email)) throw new FieldError(`${p.capacity}Email`, `${p.email} est déjà référent·e santé de la commune.`);
        }
        const successors = input.people.map((p) => p.name).join(" et ");
        for (const m of current) endMembership(tx, inTx, m, ` : ${successors} ${input.people.length > 1 ? "sont désigné·es" : "est désigné·e"} à sa place`);
        removed = current;
      }
    }
    const created = designateReferent(inTx, input);
    return { created, removed };
  });
}
