/**
 * Who may carry a checklist item: a member of the workspace's team (the maire, the référents, the
 * federation's facilitators), never a professional or someone from elsewhere. The select's options, and the
 * server's check of a chosen owner, strictly within the workspace.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DataContext } from "../context";
import { users, workspaceMembers } from "../schema";
import { displayName } from "../users";
import { FieldError } from "@/lib/domain/errors";
import { COMMUNE_ROLE_LABELS, type CommuneRole } from "@/lib/domain/enums";

type Scope = Pick<DataContext, "db" | "workspace">;

/** The team's roles, in the order the select lists them. */
export const CHECKLIST_OWNER_ROLES = ["maire", "referent", "facilitateur"] as const satisfies readonly CommuneRole[];

export type ChecklistOwnerOption = { value: string; label: string };

export const OWNER_OUTSIDE_TEAM =
  "Cette personne ne fait pas partie de l'équipe de la commune (maire, référent·e santé, facilitateur·rice de la fédération) : choisissez qui s'en charge dans la liste.";

/** The team, one option per person ("Thomas Rouquette — Référent·e santé"), in one query. */
export function checklistOwnerOptions(ctx: Scope): ChecklistOwnerOption[] {
  const rows = ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, ctx.workspace.id), inArray(workspaceMembers.role, [...CHECKLIST_OWNER_ROLES])))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .all();
  const byUser = new Map<string, { name: string; roles: CommuneRole[] }>();
  for (const r of rows) {
    const m = byUser.get(r.userId) ?? { name: displayName(r), roles: [] };
    if (!m.roles.includes(r.role)) m.roles.push(r.role);
    byUser.set(r.userId, m);
  }
  const rank = (roles: CommuneRole[]) => Math.min(...roles.map((r) => (CHECKLIST_OWNER_ROLES as readonly CommuneRole[]).indexOf(r)));
  return [...byUser]
    .sort(([, a], [, b]) => rank(a.roles) - rank(b.roles) || a.name.localeCompare(b.name, "fr"))
    .map(([userId, m]) => ({ value: userId, label: `${m.name} — ${m.roles.map((r) => COMMUNE_ROLE_LABELS[r]).join(", ")}` }));
}

/** The chosen owner's name, found in the workspace's team; otherwise a FieldError beside the owner select. */
export function teamMemberName(ctx: Scope, userId: string): string {
  const u = ctx.db
    .select({ name: users.name, email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, ctx.workspace.id), eq(workspaceMembers.userId, userId), inArray(workspaceMembers.role, [...CHECKLIST_OWNER_ROLES])))
    .get();
  if (!u) throw new FieldError("owner", OWNER_OUTSIDE_TEAM);
  return displayName(u);
}
