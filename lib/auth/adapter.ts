import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { DB } from "@/db/client";
import { closeSession, findSession, openSession, touchSession } from "@/db/sessions";

/**
 * Auth.js's Drizzle adapter with its session methods replaced: the `session` table holds the SHA-256 of each
 * token (never the cookie's value), its opening instant, and refuses a session past its idle or absolute end
 * (db/sessions.ts). Users, accounts and sign-in tokens stay with the Drizzle adapter.
 */
export function withHashedSessions(base: Adapter, db: DB, clock: () => Date = () => new Date()): Adapter {
  const ctx = () => ({ db, now: clock() });
  return {
    ...base,
    createSession: (s) => openSession(ctx(), s),
    getSessionAndUser: (sessionToken) => {
      const found = findSession(ctx(), { sessionToken });
      return found ? { session: found.session, user: found.user as AdapterUser } : null;
    },
    updateSession: (s) => touchSession(ctx(), s),
    deleteSession: async (sessionToken) => {
      closeSession(ctx(), { sessionToken });
    },
  };
}
