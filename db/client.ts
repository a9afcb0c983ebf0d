import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { databasePath } from "@/lib/config";

export type DB = BetterSQLite3Database<typeof schema>;

const MIGRATIONS = path.join(process.cwd(), "drizzle");

/**
 * The database holds personal data: only the server's account may read it. The file is created (or set) 0600
 * before SQLite opens it, and SQLite gives its -wal and -shm files the database file's permissions.
 */
function keepPrivate(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  fs.chmodSync(file, 0o600);
}

/** Opens a SQLite database with the pragmas the application relies on, and applies the migrations. */
export function openDatabase(file: string): { sqlite: Database.Database; db: DB } {
  if (file !== ":memory:") keepPrivate(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { sqlite, db };
}

// One connection per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { __boussoleDb?: { sqlite: Database.Database; db: DB } };

function connection() {
  globalForDb.__boussoleDb ??= openDatabase(databasePath());
  return globalForDb.__boussoleDb;
}

/** The real Drizzle instance, for libraries that inspect its class (the Auth.js adapter). */
export function getDb(): DB {
  return connection().db;
}

/** The application's database (opened and migrated on first use). */
export const db: DB = new Proxy({} as DB, {
  get(_target, prop) {
    const real = connection().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
