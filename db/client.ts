import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import * as schema from "./schema";
import { holdUseLock } from "./ops/lock";
import { databasePath } from "@/lib/config";

export type DB = BetterSQLite3Database<typeof schema>;

export const MIGRATIONS = path.join(process.cwd(), "drizzle");

/**
 * The database holds personal data: only the server's account may read it. The file is created (or set) 0600
 * before SQLite opens it, and SQLite gives its -wal and -shm files the database file's permissions.
 */
export function keepPrivate(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Opened only when missing: closing any descriptor of a file drops the locks this process's SQLite
  // connections hold on it (POSIX), so an open connection is never disturbed by a second one.
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, "a", 0o600));
  fs.chmodSync(file, 0o600);
}

/**
 * Opens a SQLite file with the pragmas the application relies on, without migrating it (the backup reads the
 * live file as it is). A file (not `:memory:`) is marked as in use (`ops/lock.ts`) until `sqlite.close()`,
 * so that `db:restore` refuses to replace it under this process.
 */
export function openConnection(file: string): { sqlite: Database.Database; db: DB } {
  let release = () => {};
  if (file !== ":memory:") {
    keepPrivate(file);
    release = holdUseLock(file);
  }
  let sqlite: Database.Database;
  try {
    // `npm run bench` counts the statements each request runs: one line on stderr per statement executed.
    sqlite = new Database(file, process.env.BOUSSOLE_SQL_TRACE === "1" ? { verbose: () => process.stderr.write("[sql]\n") } : undefined);
    // First: a second process opening the file at the same moment waits instead of failing on the pragmas.
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("journal_mode = WAL");
    // In WAL mode, NORMAL syncs at checkpoints, not at each commit: a power cut can lose the last
    // transactions, never corrupt the file (README, « Sauvegarde et restauration »).
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
  } catch (e) {
    release();
    throw e;
  }
  const close = sqlite.close.bind(sqlite);
  sqlite.close = () => {
    close();
    release();
    return sqlite;
  };
  return { sqlite, db: drizzle(withStatementCache(sqlite), { schema }) };
}

/**
 * The connection as Drizzle sees it: `prepare` keeps the compiled statements of the last few hundred SQL texts
 * instead of compiling each query again (SQLite's parse and plan cost more than running most of the app's
 * queries). A page runs the same texts at every request. Drizzle switches a statement to arrays with `raw()` when
 * it maps columns itself and uses it as is otherwise, so a statement taken from the cache is set back to objects
 * first. Statements are never iterated lazily here, so one is never in use twice at once.
 */
export function withStatementCache(sqlite: Database.Database, size = 500): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string) => {
    // A `prepare` replaced on the connection is someone counting the statements (the tests' proof of no N+1):
    // every statement goes through it, uncached.
    if (sqlite.prepare !== Database.prototype.prepare) return sqlite.prepare(source);
    let stmt = cache.get(source);
    if (stmt) {
      cache.delete(source);
      if (stmt.reader) stmt.raw(false);
    } else {
      stmt = sqlite.prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, stmt);
    return stmt;
  };
  return new Proxy(sqlite, {
    get(target, key) {
      if (key === "prepare") return prepare;
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/**
 * Applies the migrations not yet applied, like drizzle's migrator, except that it takes the write lock first
 * (`BEGIN IMMEDIATE`) and reads what is applied under it: two processes starting together (a rolling deploy,
 * two `npm start`) apply each migration once, the second one waiting, instead of failing half-way.
 */
export function applyMigrations(sqlite: Database.Database) {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS });
  sqlite
    .transaction(() => {
      sqlite.exec(`CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
      const last = sqlite.prepare(`SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1`).pluck().get() as
        | number
        | string
        | undefined;
      const insert = sqlite.prepare(`INSERT INTO "__drizzle_migrations" ("hash", "created_at") VALUES (?, ?)`);
      for (const m of migrations) {
        if (last !== undefined && Number(last) >= m.folderMillis) continue;
        for (const statement of m.sql) sqlite.exec(statement);
        insert.run(m.hash, m.folderMillis);
      }
    })
    .immediate();
}

/** Opens a SQLite database with the pragmas the application relies on, and applies the migrations. */
export function openDatabase(file: string): { sqlite: Database.Database; db: DB } {
  const opened = openConnection(file);
  try {
    applyMigrations(opened.sqlite);
  } catch (e) {
    opened.sqlite.close();
    throw e;
  }
  return opened;
}

// One connection per server process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { __boussoleDb?: { sqlite: Database.Database; db: DB } };

/** The process's connection (opened and migrated on first use). */
export function connection() {
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
