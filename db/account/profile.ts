/** One's own account: name, sessions. */
import { eq } from "drizzle-orm";
import { write, type ActorContext } from "../context";
import { sessions, users } from "../schema";

/** Sets the account's name ("Prénom Nom", already cleaned by the schema): shown at once everywhere. */
export function setOwnName(ctx: ActorContext, input: { name: string }) {
  write(ctx, (tx) => tx.update(users).set({ name: input.name }).where(eq(users.id, ctx.actor.id)).run());
}

/** « Se déconnecter partout » : every session of the account ends, this browser's included. Returns how many. */
export function endAllSessions(ctx: ActorContext): number {
  return write(ctx, (tx) => tx.delete(sessions).where(eq(sessions.userId, ctx.actor.id)).run().changes);
}

/** How many sessions are open (not expired) for the account: what the profile page tells. */
export function openSessionCount(ctx: ActorContext): number {
  return ctx.db
    .select({ expires: sessions.expires })
    .from(sessions)
    .where(eq(sessions.userId, ctx.actor.id))
    .all()
    .filter((s) => s.expires > ctx.now).length;
}
