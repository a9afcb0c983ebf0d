/** What the "qui fait quoi" files share: an actor named inside a sentence, and who last changed a record. */
import { eq } from "drizzle-orm";
import type { Queryable } from "../context";
import { users } from "../schema";
import { displayName } from "../users";
export { ofActor } from "@/lib/roles/labels";

/** The name of whoever last updated a record, for a conflict's message. */
export function updaterName(db: Queryable, userId: string | null): string {
  const who = userId ? db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).get() : undefined;
  return who ? displayName(who) : "Quelqu'un";
}
