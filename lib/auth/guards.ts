import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { db } from "@/db/client";
import { findUser } from "@/db/users";
import type { ActorContext, BaseContext, DataContext, FederationDataContext } from "@/db/context";
import type { FederationRole } from "@/lib/domain/enums";
import { pathOf, safeReturnPath } from "@/lib/urls";
import { auth } from "./auth";
import { communeAccess, federationRoles, type CommuneAccess } from "./access";
import { can, type AccountAct, type CommuneAct, type FederationAct } from "./permissions";

export type CurrentUser = { id: string; email: string; name: string | null };

/** The signed-in user (one database read per request), or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return findUser(publicContext(), { id });
});

/**
 * The context of public pages and of the pages opened by an e-mailed link: no account, no role — for a link,
 * the token is the key, and the data function that reads it checks it (well-formed, known, not expired).
 */
export function publicContext(): BaseContext {
  return { db, now: new Date() };
}

/** Where a signed-in person without a name is sent first (« Prénom et nom »), then back to `retour`. */
export const NAME_STEP_PATH = "/profil/nom";

/**
 * Signed-in user, or a redirect to the sign-in page that comes back here afterwards. A person who has not
 * given their name yet (first sign-in by e-mail link) is sent to give it, then comes back here — unless
 * `nameless` (the name step itself, and the form actions, whose guard checks it again).
 */
export async function requireUser(returnTo?: string, opts: { nameless?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  // The path is checked and re-encoded (ASCII), and URLSearchParams never throws: the redirect cannot be a 500.
  if (!user) redirect(returnTo ? `/connexion?${new URLSearchParams({ retour: safeReturnPath(returnTo) })}` : "/connexion");
  if (!opts.nameless && !user.name?.trim()) redirect(`${NAME_STEP_PATH}?${new URLSearchParams({ retour: safeReturnPath(returnTo) })}`);
  return user;
}

/** What a commune page or action holds once the guard let it in; `data` is what data functions take. */
export type CommuneContext = CommuneAccess & { user: CurrentUser; data: DataContext<CommuneAccess["workspace"]> };

// The layout and the page of a request both check access: one read per request.
const cachedCommuneAccess = cache((userId: string, code: string) => communeAccess(db, userId, code));

/**
 * The user must hold a role that may do `act` (any of them, when several are named) in the commune's
 * workspace; otherwise the commune does not exist for them (404), whether or not it has a workspace.
 */
export async function requireCommuneRole(code: string, act: CommuneAct | readonly CommuneAct[]): Promise<CommuneContext> {
  const user = await requireUser(pathOf("communes", code));
  const access = cachedCommuneAccess(user.id, code);
  if (!access || !can(access.roles, act)) notFound();
  return { ...access, user, data: { db, workspace: access.workspace, actor: user, now: new Date() } };
}

export type FederationContext = { user: CurrentUser; federationId: string; roles: FederationRole[]; data: FederationDataContext };

export async function requireFederationRole(federationId: string, act: FederationAct | readonly FederationAct[]): Promise<FederationContext> {
  const user = await requireUser(pathOf("federation", federationId));
  const held = federationRoles(db, user.id, federationId);
  if (!can(held, act)) notFound();
  return { user, federationId, roles: held, data: { db, federationId, actor: user, now: new Date() } };
}

export type AccountContext = { user: CurrentUser; data: ActorContext };

/** Acts any signed-in account may do (the table's account acts): the act is named for the record. */
export async function requireAccount(act: AccountAct, returnTo?: string, opts: { nameless?: boolean } = {}): Promise<AccountContext> {
  void act;
  const user = await requireUser(returnTo, opts);
  return { user, data: { db, actor: user, now: new Date() } };
}
