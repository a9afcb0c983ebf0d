/** For the unit tests of data functions: an in-memory database, migrated and loaded with the reference data. */
import { register } from "node:module";
import { afterEach, beforeEach } from "node:test";
import { asc } from "drizzle-orm";
import type Database from "better-sqlite3";
import { openDatabase, type DB } from "./client";
import type { Actor, DataContext, WorkspaceRef } from "./context";
import { loadReferenceData } from "./reference/load";
import { mails, users } from "./schema";

export function testDatabase() {
  const opened = openDatabase(":memory:");
  loadReferenceData(opened.db);
  return opened;
}

/** A signed-up person, as the actions see them. */
export function addUser(db: DB, email: string, name: string | null = null) {
  const u = db.insert(users).values({ email, name }).returning().get();
  return { id: u.id, email: u.email, name: u.name };
}

/**
 * Runs every test of the current file (or `describe`) inside a savepoint that is rolled back afterwards:
 * what the `before` hook set up is there for each test, and no test sees what another one wrote.
 * Data functions' own transactions nest as savepoints inside it (better-sqlite3 does so by itself).
 */
export function isolateEachTest(sqlite: Database.Database) {
  beforeEach(() => {
    sqlite.exec("SAVEPOINT each_test");
  });
  afterEach(() => {
    sqlite.exec("ROLLBACK TO each_test");
    sqlite.exec("RELEASE each_test");
  });
}

/** A data context for tests: the database, a workspace, who acts, and a fixed clock. */
export function testContext<W extends WorkspaceRef>(db: DB, workspace: W, actor: Actor, now = new Date()): DataContext<W> {
  return { db, workspace, actor, now };
}

/**
 * Counts the statements run while `fn` runs (each execution of a query, whether built for the call or prepared
 * once: `db/prepared.ts`): the proof of "no N+1". Counted on better-sqlite3's statements, whichever connection.
 */
export function statementsOf(sqlite: Database.Database, fn: () => void): number {
  const proto = Object.getPrototypeOf(sqlite.prepare("select 1")) as Record<(typeof RUNS)[number], (...args: unknown[]) => unknown>;
  const originals = RUNS.map((name) => proto[name]);
  let n = 0;
  RUNS.forEach((name, i) => {
    proto[name] = function (this: unknown, ...args: unknown[]) {
      n++;
      return originals[i].apply(this, args);
    };
  });
  try {
    fn();
  } finally {
    RUNS.forEach((name, i) => (proto[name] = originals[i]));
  }
  return n;
}
const RUNS = ["all", "get", "run", "iterate"] as const;

/**
 * Lets a test import server modules (lib/mail's message functions begin with `import "server-only"`): that
 * package alone resolves as in Next's server bundles (its `react-server` condition, an empty module); React and
 * the rest keep their usual build (the PDF tests need it). Call it first, then import those modules dynamically
 * (`await import(…)`): static imports are resolved before any code of the test runs.
 */
export function allowServerOnly() {
  const hook = `export async function resolve(specifier, context, next) {
    return next(specifier, specifier === "server-only" ? { ...context, conditions: [...context.conditions, "react-server"] } : context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

/** The outbox as the worker would find it: each mail written, in order, with what tells it apart. */
export function mailsWritten(db: DB) {
  return db
    .select({ to: mails.to, subject: mails.subject, status: mails.status, sensitive: mails.sensitive, concernsKind: mails.concernsKind, concernsId: mails.concernsId })
    .from(mails)
    .orderBy(asc(mails.id))
    .all();
}

/** Makes every write to the outbox fail while `fn` runs, to prove the change that wrote it is undone with it. */
export function withFailingOutbox(sqlite: Database.Database, fn: () => void) {
  sqlite.exec("create temp trigger outbox_down before insert on mail begin select raise(abort, 'outbox down'); end;");
  try {
    fn();
  } finally {
    sqlite.exec("drop trigger outbox_down");
  }
}
