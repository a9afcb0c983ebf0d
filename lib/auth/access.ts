import { and, eq } from "drizzle-orm";
import type { DB } from "@/db/client";
import { communes, federationMembers, workspaceMembers, workspaces } from "@/db/schema";
import type { CommuneRole, FederationRole } from "@/lib/domain/enums";

/** INSEE commune codes: 5 characters, digits except Corsica's 2A/2B. */
export function isCommuneCode(code: string): boolean {
  return /^(?:[0-9]{2}|2A|2B)[0-9]{3}$/.test(code);
}

export type CommuneAccess = {
  workspace: typeof workspaces.$inferSelect;
  commune: { code: string; name: string; regionCode: string; departementCode: string };
  roles: CommuneRole[];
};

/**
 * The roles a user holds in a commune's workspace, or null when they hold none
 * (or the code is malformed, or no workspace exists): all three look the same from outside.
 */
export function communeAccess(db: DB, userId: string, code: string): CommuneAccess | null {
  if (!isCommuneCode(code)) return null;
  const rows = db
    .select({ workspace: workspaces, commune: communes, role: workspaceMembers.role })
    .from(workspaces)
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, userId)))
    .where(eq(workspaces.communeCode, code))
    .all();
  if (rows.length === 0) return null;
  const { workspace, commune } = rows[0];
  return {
    workspace,
    commune: { code: commune.code, name: commune.name, regionCode: commune.regionCode, departementCode: commune.departementCode },
    roles: [...new Set(rows.map((r) => r.role))],
  };
}

export function federationRoles(db: DB, userId: string, federationId: string): FederationRole[] {
  const rows = db
    .select({ role: federationMembers.role })
    .from(federationMembers)
    .where(and(eq(federationMembers.userId, userId), eq(federationMembers.federationId, federationId)))
    .all();
  return [...new Set(rows.map((r) => r.role))];
}
