import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { CommuneRole, FederationRole } from "@/lib/domain/enums";
import { auth } from "./auth";
import { communeAccess, federationRoles, hasAnyRole, type CommuneAccess } from "./access";

export type CurrentUser = { id: string; email: string; name: string | null };

/** The signed-in user (one database read per request), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, id)).get();
  return user ?? null;
});

/** Signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/connexion?retour=${encodeURIComponent(returnTo)}` : "/connexion");
  return user;
}

export type CommuneContext = CommuneAccess & { user: CurrentUser };

// The layout and the page of a request both check access: one read per request.
const cachedCommuneAccess = cache((userId: string, code: string) => communeAccess(db, userId, code));

/**
 * The user must hold one of `roles` in the commune's workspace; otherwise the commune does not exist
 * for them (404), whether or not it has a workspace.
 */
export async function requireCommuneRole(code: string, roles: readonly CommuneRole[]): Promise<CommuneContext> {
  const user = await requireUser(`/communes/${encodeURIComponent(code)}`);
  const access = cachedCommuneAccess(user.id, code);
  if (!access || !hasAnyRole(access.roles, roles)) notFound();
  return { ...access, user };
}

export type FederationContext = { user: CurrentUser; federationId: string; roles: FederationRole[] };

export async function requireFederationRole(federationId: string, roles: readonly FederationRole[]): Promise<FederationContext> {
  const user = await requireUser(`/federation/${encodeURIComponent(federationId)}`);
  const held = federationRoles(db, user.id, federationId);
  if (!hasAnyRole(held, roles)) notFound();
  return { user, federationId, roles: held };
}

export const ALL_COMMUNE_ROLES = ["maire", "referent", "professionnel", "facilitateur"] as const satisfies readonly CommuneRole[];
/** Who runs the workspace (professionals only read what is shared with them). */
export const COMMUNE_TEAM = ["maire", "referent", "facilitateur"] as const satisfies readonly CommuneRole[];
