/**
 * Database sessions (Auth.js's `session` table). The cookie holds a random token; the table holds only its
 * SHA-256 (`hashToken`, the same hash as every e-mailed link's): a copy of the database opens no session.
 * A session ends 7 days after its last use (Auth.js moves `expires` forward, see lib/auth/auth.ts) and
 * 30 days after it was opened whatever its use (`created_at`).
 */
import { eq } from "drizzle-orm";
import { hashToken } from "@/lib/tokens";
import { SESSION_ABSOLUTE_DAYS } from "@/lib/auth/constants";
import { write, type BaseContext } from "./context";
import { sessions, users } from "./schema";

const DAY = 24 * 60 * 60 * 1000;

/** The instant after which a session opened at `createdAt` is refused, however recently it was used. */
export function absoluteEnd(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SESSION_ABSOLUTE_DAYS * DAY);
}

/** Opens a session for `token` (the cookie's value): its hash is stored, with the opening instant. */
export function openSession(ctx: BaseContext, input: { userId: string; sessionToken: string; expires: Date }) {
  const expires = new Date(Math.min(input.expires.getTime(), absoluteEnd(ctx.now).getTime()));
  write(ctx, (tx) =>
    tx.insert(sessions).values({ sessionToken: hashToken(input.sessionToken), userId: input.userId, expires, createdAt: ctx.now }).run(),
  );
  return { sessionToken: input.sessionToken, userId: input.userId, expires };
}

/**
 * The session of a cookie's token and its user, or null. An expired session (idle or past 30 days) is deleted
 * and refused; a row without an opening instant (written before hashing) is refused too.
 */
export function findSession(ctx: BaseContext, input: { sessionToken: string }) {
  const hash = hashToken(input.sessionToken);
  const row = ctx.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.sessionToken, hash))
    .get();
  if (!row) return null;
  const { session, user } = row;
  const now = ctx.now.getTime();
  if (session.expires.getTime() <= now || !session.createdAt || absoluteEnd(session.createdAt).getTime() <= now) {
    write(ctx, (tx) => tx.delete(sessions).where(eq(sessions.sessionToken, hash)).run());
    return null;
  }
  return { session: { sessionToken: input.sessionToken, userId: session.userId, expires: session.expires }, user };
}

/** Moves a session's end (Auth.js does so on use): never past 30 days after it was opened. */
export function touchSession(ctx: BaseContext, input: { sessionToken: string; expires?: Date }) {
  const hash = hashToken(input.sessionToken);
  return write(ctx, (tx) => {
    const row = tx.select().from(sessions).where(eq(sessions.sessionToken, hash)).get();
    if (!row) return null;
    if (input.expires) {
      const cap = row.createdAt ? absoluteEnd(row.createdAt).getTime() : ctx.now.getTime();
      const expires = new Date(Math.min(input.expires.getTime(), cap));
      tx.update(sessions).set({ expires }).where(eq(sessions.sessionToken, hash)).run();
      return { sessionToken: input.sessionToken, userId: row.userId, expires };
    }
    return { sessionToken: input.sessionToken, userId: row.userId, expires: row.expires };
  });
}

/** Ends a session (signing out). */
export function closeSession(ctx: BaseContext, input: { sessionToken: string }) {
  write(ctx, (tx) => tx.delete(sessions).where(eq(sessions.sessionToken, hashToken(input.sessionToken))).run());
}
