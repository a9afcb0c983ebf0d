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

/** How a person is shown: their name, or their address when they gave none. */
export function displayName(u: { name: string | null; email: string }) {
  return u.name?.trim() || u.email;
}

/** A signed-up person, as the guards and the actions see them; null when unknown. */
export function findUser(ctx: BaseContext, input: { id: string }) {
  return ctx.db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, input.id)).get() ?? null;
}

/** The same, by address (addresses are stored in lower case). */
export function findUserByEmail(ctx: BaseContext, input: { email: string }) {
  return ctx.db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.email, input.email)).get() ?? null;
}
