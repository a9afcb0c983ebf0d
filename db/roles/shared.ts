/** What the "qui fait quoi" files share: an actor named inside a sentence, and who last changed a record. */
import { eq } from "drizzle-orm";
import type { Queryable } from "../context";
import { users } from "../schema";
import { displayName } from "../users";
import { ACTOR_LABELS, type Actor } from "@/lib/domain/enums";

/** "de la commune", "des professionnel·les de santé", "du CCAS", "d'un autre partenaire". */
export function ofActor(actor: Actor): string {
  const label = ACTOR_LABELS[actor].charAt(0).toLowerCase() + ACTOR_LABELS[actor].slice(1);
  if (label.startsWith("les ")) return `des ${label.slice(4)}`;
  if (label.startsWith("le ")) return `du ${label.slice(3)}`;
  if (/^[aeiouyéh]/i.test(label)) return `d'${label}`;
  return `de ${label}`;
}

/** The name of whoever last updated a record, for a conflict's message. */
export function updaterName(db: Queryable, userId: string | null): string {
  const who = userId ? db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).get() : undefined;
  return who ? displayName(who) : "Quelqu'un";
}
