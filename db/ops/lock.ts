/**
 * Who is using the database file, told by the operating system rather than by a pid file that a crash leaves
 * behind. Beside `boussole.sqlite` lives `boussole.sqlite.lock`, a tiny SQLite file in rollback-journal mode:
 *
 * - every process that opens the database (the server, `jobs:daily`, the seed, a backup) holds a read
 *   transaction on it for as long as its connection is open: a SHARED lock, which any number of processes
 *   hold together, and which the kernel drops when the process ends, even by `kill -9`;
 * - `db:restore` takes it EXCLUSIVE without waiting: refused while anyone holds it SHARED, and while the
 *   restore holds it, a server that starts waits (up to a minute) instead of opening a half-placed file.
 */
import fs from "node:fs";
import Database from "better-sqlite3";

/** The lock file of a database file. */
export const lockPath = (file: string) => `${file}.lock`;

/** How long a process opening the database waits for a restore in progress. */
const WAIT_FOR_RESTORE_MS = 60_000;

function openLock(file: string, timeout: number) {
  const lockFile = lockPath(file);
  // Created only when missing (closing a descriptor would drop this process's locks on it).
  if (!fs.existsSync(lockFile)) fs.closeSync(fs.openSync(lockFile, "a", 0o600));
  const lock = new Database(lockFile, { timeout });
  try {
    lock.pragma("journal_mode = DELETE");
    lock.exec("CREATE TABLE IF NOT EXISTS verrou (x)");
  } catch (e) {
    lock.close();
    throw e;
  }
  return lock;
}

export class DatabaseBusyError extends Error {}

/**
 * Marks the database as in use by this process until the returned function is called (or the process ends).
 * Waits while a restore holds the lock; throws a French message if it is still held after a minute.
 */
export function holdUseLock(file: string): () => void {
  let lock: Database.Database;
  try {
    lock = openLock(file, WAIT_FOR_RESTORE_MS);
    lock.exec("BEGIN");
    lock.prepare("SELECT count(*) FROM verrou").get(); // the read that takes the SHARED lock, kept until release
  } catch (e) {
    if (isBusy(e)) throw new DatabaseBusyError(`La base ${file} est en cours de restauration depuis plus d'une minute : réessayez quand db:restore a fini.`);
    throw e;
  }
  return () => {
    if (lock.open) lock.close();
  };
}

/**
 * Takes the database for this process alone (restore), without waiting: null when another process (or another
 * connection of this one) has it open.
 */
export function takeExclusiveLock(file: string): (() => void) | null {
  let lock: Database.Database | undefined;
  try {
    lock = openLock(file, 0);
    lock.exec("BEGIN EXCLUSIVE");
  } catch (e) {
    lock?.close();
    if (isBusy(e)) return null;
    throw e;
  }
  const held = lock;
  return () => {
    if (held.inTransaction) held.exec("ROLLBACK");
    held.close();
  };
}

export function isBusy(e: unknown): boolean {
  return e instanceof Error && "code" in e && typeof e.code === "string" && e.code.startsWith("SQLITE_BUSY");
}
