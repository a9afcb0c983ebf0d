/** Accounts: the helpers every aggregate uses to find a person and to name them. */
import { eq } from "drizzle-orm";
import type { BaseContext, Queryable } from "./context";
import { users } from "./schema";

/** The account for an address, created when missing (an accepted invitation proves the address). */
export function findOrCreateUser(tx: Queryable, email: string, name: string | null, now: Date) {
  const existing = tx.select().from(users).where(eq(users.email, email)).get();
  if (existing) {
    if (!existing.name && name) tx.update(users).set({ name }).where(eq(users.id, existing.id)).run();
    if (!existing.emailVerified) tx.update(users).set({ emailVerified: now }).where(eq(users.id, existing.id)).run();
    return existing;
  }
  return tx.insert(users).values({ email, name, emailVerified: now }).returning().get();
}

/** The domain of the placeholder address a deleted account keeps (`.invalid` is never routed, RFC 2606). */
export const DELETED_ACCOUNT_DOMAIN = "compte-supprime.invalid";
/** How a deleted account is shown wherever its name used to be (authored items, history). */
export const DELETED_ACCOUNT_LABEL = "compte supprimé";
/** How an account is shown in the rare case it has no name yet (every account is asked its name at first sign-in). */
export const NAMELESS_ACCOUNT_LABEL = "un·e utilisateur·rice";

/** The unique, non-routable address a deleted account's row keeps in place of the person's. */
export function deletedAccountEmail(userId: string) {
  return `supprime-${userId}@${DELETED_ACCOUNT_DOMAIN}`;
}

export function isDeletedAccount(u: { email: string; deletedAt?: Date | null }) {
  return Boolean(u.deletedAt) || u.email.endsWith(`@${DELETED_ACCOUNT_DOMAIN}`);
}

/**
 * How a person is shown: their name; « compte supprimé » for a deleted account; never their address (a name
 * is asked at first sign-in; a legacy nameless row reads « un·e utilisateur·rice »).
 */
export function displayName(u: { name: string | null; email: string; deletedAt?: Date | null }) {
  if (isDeletedAccount(u)) return DELETED_ACCOUNT_LABEL;
  return u.name?.trim() || NAMELESS_ACCOUNT_LABEL;
}

/** A signed-up person, as the guards and the actions see them; null when unknown. */
export function findUser(ctx: BaseContext, input: { id: string }) {
  return ctx.db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, input.id)).get() ?? null;
}

/** The same, by address (addresses are stored in lower case). */
export function findUserByEmail(ctx: BaseContext, input: { email: string }) {
  return ctx.db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.email, input.email)).get() ?? null;
}
