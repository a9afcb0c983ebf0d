/**
 * A session written straight into a database file by the tests and benches (they bypass the sign-in): the
 * same rule as the application's (db/sessions.ts) — the row holds the token's SHA-256 and its opening instant,
 * the cookie holds the token.
 */
import crypto from "node:crypto";
import type Database from "better-sqlite3";
import { hashToken } from "../lib/tokens";

export function insertSession(db: Database.Database, userId: string, now = Date.now()): { name: string; value: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  db.prepare("insert into session (sessionToken, userId, expires, created_at) values (?, ?, ?, ?)").run(hashToken(token), userId, now + 3600_000, now);
  return { name: "authjs.session-token", value: token };
}
