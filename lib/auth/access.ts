/**
 * What the guards ask of the database: the roles a user holds in a commune's workspace or in a federation.
 * The queries are data functions (db/workspaces, db/federations); these keep the call form the guards use.
 */
import type { DB } from "@/db/client";
import { communeAccessOf, type CommuneAccess } from "@/db/workspaces";
import { federationRolesOf } from "@/db/federations";
import type { FederationRole } from "@/lib/domain/enums";

export type { CommuneAccess };

// Reading roles does not depend on the time: the guard's clock is not needed here.
const at = (db: DB) => ({ db, now: new Date() });

/**
 * The roles a user holds in a commune's workspace, or null when they hold none
 * (or the code is malformed, or no workspace exists): all three look the same from outside.
 */
export function communeAccess(db: DB, userId: string, code: string): CommuneAccess | null {
  return communeAccessOf(at(db), { userId, code });
}

export function federationRoles(db: DB, userId: string, federationId: string): FederationRole[] {
  return federationRolesOf(at(db), { userId, federationId });
}
