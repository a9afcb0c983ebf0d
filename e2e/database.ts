/**
 * The served application's database (e2e/serve.sh), opened read-only by the tests: after a refused action,
 * what the database holds is the proof that nothing was written, whatever a page shows or hides. One writer
 * (`writeDatabase`) stands in for the clock.
 */
import path from "node:path";
import Database from "better-sqlite3";

const file = () => path.resolve(process.env.E2E_DATA_DIR ?? "e2e/.data", "boussole.sqlite");

/** Runs `read` on a fresh read-only connection (so it sees every committed write), then closes it. */
export function readDatabase<T>(read: (db: Database.Database) => T): T {
  const db = new Database(file(), { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** How many rows of `table` match `where` (SQL with `?` placeholders, written by the tests themselves). */
export function countRows(table: string, where: string, ...params: unknown[]): number {
  return readDatabase((db) => (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get(...params) as { n: number }).n);
}

/**
 * Writes to the served database, for what only time would do (a link's end passed): the running server sees
 * it at its next read (WAL). Never used to set up what a user could do through the pages.
 */
export function writeDatabase<T>(write: (db: Database.Database) => T): T {
  const db = new Database(file(), { fileMustExist: true });
  db.pragma("busy_timeout = 10000");
  try {
    return write(db);
  } finally {
    db.close();
  }
}
