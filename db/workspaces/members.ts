/** Who holds a role in a commune's workspace, seen from the workspace and from the account. */
import { and, asc, eq, sql } from "drizzle-orm";
import type { ActorContext, BaseContext, DataContext, Queryable } from "../context";
import { prepared } from "../prepared";
import { communes, users, workspaceMembers, workspaces } from "../schema";
import { displayName } from "../users";
import { isCommuneCode } from "@/lib/domain/commune-code";
import { COMMUNE_ROLE_LABELS, type CommuneRole, type ReferentCapacity } from "@/lib/domain/enums";

export type Member = { memberId: number; userId: string; name: string; email: string; role: CommuneRole; capacity: ReferentCapacity | null; federationId: string | null };

/** The workspace's members, one row per role held, in the order they joined (one query). */
export function workspaceMembersList(ctx: DataContext): Member[] {
  return prepared(ctx.db, membersQuery)
    .all({ workspaceId: ctx.workspace.id })
    .map(({ userName, ...m }) => ({ ...m, name: displayName({ name: userName, email: m.email }) }));
}

const membersQuery = (db: Queryable) =>
  db
    .select({
      memberId: workspaceMembers.id,
      userId: users.id,
      userName: users.name,
      email: users.email,
      role: workspaceMembers.role,
      capacity: workspaceMembers.capacity,
      federationId: workspaceMembers.federationId,
    })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, sql.placeholder("workspaceId")))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .prepare();

/** The communes where the actor holds a role, with their roles (one query). */
export function userWorkspaces(ctx: ActorContext) {
  const rows = ctx.db
    .select({ code: communes.code, name: communes.name, departementCode: communes.departementCode, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(eq(workspaceMembers.userId, ctx.actor.id))
    .orderBy(asc(communes.searchName), asc(communes.name))
    .all();
  const byCode = new Map<string, { code: string; name: string; departementCode: string; roles: CommuneRole[] }>();
  for (const r of rows) {
    const entry = byCode.get(r.code) ?? { code: r.code, name: r.name, departementCode: r.departementCode, roles: [] };
    entry.roles.push(r.role);
    byCode.set(r.code, entry);
  }
  return [...byCode.values()];
}

export function roleLabels(roles: CommuneRole[]) {
  return roles.map((r) => COMMUNE_ROLE_LABELS[r]);
}

export type CommuneAccess = {
  workspace: typeof workspaces.$inferSelect;
  commune: { code: string; name: string; regionCode: string; departementCode: string };
  roles: CommuneRole[];
};

/**
 * The roles a person holds in a commune's workspace, or null when they hold none (or the code is malformed,
 * or no workspace exists): all three look the same from outside. What the guards check (one query).
 */
export function communeAccessOf(ctx: BaseContext, input: { userId: string; code: string }): CommuneAccess | null {
  if (!isCommuneCode(input.code)) return null;
  const rows = prepared(ctx.db, accessQuery).all({ userId: input.userId, code: input.code });
  if (rows.length === 0) return null;
  const { workspace, commune } = rows[0];
  return { workspace, commune, roles: [...new Set(rows.map((r) => r.role))] };
}

// Every commune page and action runs it (the guard): prepared once (`db/prepared.ts`).
const accessQuery = (db: Queryable) =>
  db
    .select({
      workspace: workspaces,
      commune: { code: communes.code, name: communes.name, regionCode: communes.regionCode, departementCode: communes.departementCode },
      role: workspaceMembers.role,
    })
    .from(workspaces)
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, sql.placeholder("userId"))))
    .where(eq(workspaces.communeCode, sql.placeholder("code")))
    .prepare();
