import { eq } from "drizzle-orm";
import type { DB } from "./client";
import { users } from "./schema";

type Tx = Pick<DB, "select" | "insert" | "update">;

/** The account for an address, created when missing (an accepted invitation proves the address). */
export function findOrCreateUser(tx: Tx, email: string, name: string | null) {
  const existing = tx.select().from(users).where(eq(users.email, email)).get();
  if (existing) {
    if (!existing.name && name) tx.update(users).set({ name }).where(eq(users.id, existing.id)).run();
    if (!existing.emailVerified) tx.update(users).set({ emailVerified: new Date() }).where(eq(users.id, existing.id)).run();
    return existing;
  }
  return tx.insert(users).values({ email, name, emailVerified: new Date() }).returning().get();
}

export function displayName(u: { name: string | null; email: string }) {
  return u.name?.trim() || u.email;
}
