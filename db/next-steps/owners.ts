/**
 * Who a next step can be given to: the workspace's members (with an account), the invitees of the meeting it
 * comes from (without one), the inventory's named professionals, and the actors. The select's options, and
 * the check of a chosen owner: strictly within the workspace, or refused beside the field.
 */
import { frenchKey } from "@/db/french-order";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { DataContext } from "../context";
import { meetingInvitees, meetings, professionals, users, workspaceMembers } from "../schema";
import { displayName } from "../users";
import { FieldError } from "@/lib/domain/errors";
import { ACTOR_LABELS, COMMUNE_ROLE_LABELS, type CommuneRole } from "@/lib/domain/enums";
import { professionLabel } from "@/lib/inventory/professions";
import { professionLabel as inviteeProfessionLabel } from "@/lib/meetings/invitees";
import { ACTOR_OPTIONS, ownerColumns, type OwnerGroup, type OwnerRef, type StoredOwner } from "@/lib/next-steps/owner";

type Scope = Pick<DataContext, "db" | "workspace">;

const lineLabel = (l: { name: string | null; profession: Parameters<typeof professionLabel>[0]; professionOther: string | null }) =>
  `${l.name?.trim()} — ${professionLabel(l.profession, l.professionOther)}`;
const inviteeLabel = (i: { name: string; profession: string }) => `${i.name} — ${inviteeProfessionLabel(i.profession)}`;

/** The team first (maire, référent, facilitateur), then the professionals with an account. */
const ROLE_ORDER: readonly CommuneRole[] = ["maire", "referent", "facilitateur", "professionnel"];

function membersOf(ctx: Scope) {
  const rows = ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, ctx.workspace.id))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .all();
  const byUser = new Map<string, { userId: string; name: string; email: string; roles: CommuneRole[] }>();
  for (const r of rows) {
    const m = byUser.get(r.userId) ?? { userId: r.userId, name: displayName(r), email: r.email.toLowerCase(), roles: [] };
    m.roles.push(r.role);
    byUser.set(r.userId, m);
  }
  const rank = (m: { roles: CommuneRole[] }) => Math.min(...m.roles.map((r) => ROLE_ORDER.indexOf(r)));
  return [...byUser.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, "fr"));
}

/**
 * The owner select's groups, in four queries whatever the numbers: a person is offered once, as a member
 * when they have an account here, else as an invitee of this meeting, else as a line of the inventory.
 */
export function nextStepOwnerOptions(ctx: Scope, input: { meetingId?: number | null } = {}): OwnerGroup[] {
  const members = membersOf(ctx);
  const memberIds = new Set(members.map((m) => m.userId));
  const memberEmails = new Set(members.map((m) => m.email));
  const invitees = input.meetingId
    ? ctx.db
        .select({ id: meetingInvitees.id, name: meetingInvitees.name, profession: meetingInvitees.profession, email: meetingInvitees.email, professionalId: meetingInvitees.professionalId })
        .from(meetingInvitees)
        .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
        .where(and(eq(meetingInvitees.meetingId, input.meetingId), eq(meetings.workspaceId, ctx.workspace.id)))
        .orderBy(frenchKey(meetingInvitees.name), asc(meetingInvitees.name), asc(meetingInvitees.id))
        .all()
        .filter((i) => !memberEmails.has(i.email.toLowerCase()))
    : [];
  const offeredLines = new Set(invitees.map((i) => i.professionalId).filter((id) => id !== null));
  const lines = ctx.db
    .select({ id: professionals.id, name: professionals.name, profession: professionals.profession, professionOther: professionals.professionOther, userId: professionals.userId })
    .from(professionals)
    .where(and(eq(professionals.workspaceId, ctx.workspace.id), isNotNull(professionals.name), sql`trim(${professionals.name}) <> ''`))
    .all()
    .filter((l) => !offeredLines.has(l.id) && !(l.userId && memberIds.has(l.userId)))
    .sort((a, b) => a.name!.localeCompare(b.name!, "fr") || a.id - b.id);

  const groups: OwnerGroup[] = [
    { label: "Membres de l'espace (avec un compte)", options: members.map((m) => ({ value: `membre:${m.userId}`, label: `${m.name} — ${m.roles.map((r) => COMMUNE_ROLE_LABELS[r]).join(", ")}` })) },
    { label: "Invité·es de la réunion", options: invitees.map((i) => ({ value: `invite:${i.id}`, label: inviteeLabel(i) })) },
    { label: "Professionnels de l'état des lieux", options: lines.map((l) => ({ value: `professionnel:${l.id}`, label: lineLabel(l) })) },
    { label: "Acteurs", options: ACTOR_OPTIONS },
  ];
  return groups.filter((g) => g.options.length > 0);
}

/** Someone with an account to e-mail about the step. */
export type OwnerAccount = { userId: string; email: string; name: string };
export type ResolvedOwner = { columns: StoredOwner; label: string; account: OwnerAccount | null };

/** The chosen owner, found strictly within the workspace; otherwise a FieldError beside the owner select. */
export function resolveOwner(ctx: Scope, owner: OwnerRef): ResolvedOwner {
  const columns = ownerColumns(owner);
  switch (owner.kind) {
    case "membre": {
      const u = ctx.db
        .select({ id: users.id, name: users.name, email: users.email })
        .from(workspaceMembers)
        .innerJoin(users, eq(users.id, workspaceMembers.userId))
        .where(and(eq(workspaceMembers.workspaceId, ctx.workspace.id), eq(workspaceMembers.userId, owner.userId)))
        .get();
      if (!u) throw new FieldError("owner", "Cette personne n'est pas membre de l'espace de la commune : choisissez qui s'en charge dans la liste.");
      return { columns, label: displayName(u), account: { userId: u.id, email: u.email, name: displayName(u) } };
    }
    case "invite": {
      const i = ctx.db
        .select({ name: meetingInvitees.name, profession: meetingInvitees.profession })
        .from(meetingInvitees)
        .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
        .where(and(eq(meetingInvitees.id, owner.inviteeId), eq(meetings.workspaceId, ctx.workspace.id)))
        .get();
      if (!i) throw new FieldError("owner", "Cette personne n'est invitée à aucune réunion de la commune : choisissez qui s'en charge dans la liste.");
      return { columns, label: inviteeLabel(i), account: null };
    }
    case "professionnel": {
      const l = ctx.db
        .select({ name: professionals.name, profession: professionals.profession, professionOther: professionals.professionOther, userId: users.id, email: users.email, userName: users.name })
        .from(professionals)
        .leftJoin(users, eq(users.id, professionals.userId))
        .where(and(eq(professionals.id, owner.professionalId), eq(professionals.workspaceId, ctx.workspace.id)))
        .get();
      if (!l || !l.name?.trim()) throw new FieldError("owner", "Ce professionnel ne figure pas (ou plus) dans l'état des lieux de la commune : choisissez qui s'en charge dans la liste.");
      const account = l.userId && l.email ? { userId: l.userId, email: l.email, name: displayName({ name: l.userName ?? l.name, email: l.email }) } : null;
      return { columns, label: lineLabel(l), account };
    }
    case "acteur":
      return { columns, label: ACTOR_LABELS[owner.actor], account: null };
  }
}
