/**
 * "Nothing written", proved on the database itself. One read-only connection stays open: SQLite's
 * `PRAGMA data_version` moves when any other connection commits, so an unchanged value proves that the call
 * committed nothing at all. When it moved, every table is compared (row count and a hash of its rows) with the
 * state before the call, leaving out `session` (Auth.js moves a session's end forward while it is used) and
 * `rate_limit` (attempts are counted before anything is decided, by design).
 */
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { dbFile } from "./world";

const IGNORED = new Set(["session", "rate_limit"]);
/**
 * The reference data (communes, departments, regions, migrations) is loaded by the seed and never written by
 * the application: counted, not hashed — hashing 35,000 communes at every call would cost more than the call.
 */
const COUNTED_ONLY = new Set(["commune", "departement", "region", "federation_region", "__drizzle_migrations"]);
/** C0 controls but tab and line breaks, DEL, and the bidi overrides and isolates (U+202A–E, U+2066–9). */
export const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export type TableState = { count: number; hash: string };
export type State = Map<string, TableState>;

export class Watcher {
  private db = new Database(dbFile(), { readonly: true, fileMustExist: true });
  private tables = (this.db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as { name: string }[])
    .map((t) => t.name)
    .filter((t) => !IGNORED.has(t));
  /** How many tables each comparison covers. */
  readonly tableCount = this.tables.length;

  version(): number {
    return this.db.pragma("data_version", { simple: true }) as number;
  }

  state(): State {
    const out: State = new Map();
    for (const table of this.tables) {
      if (COUNTED_ONLY.has(table)) {
        const { n } = this.db.prepare(`select count(*) as n from "${table}"`).get() as { n: number };
        out.set(table, { count: n, hash: "" });
        continue;
      }
      const hash = crypto.createHash("sha1");
      let count = 0;
      for (const row of this.db.prepare(`select * from "${table}"`).raw().iterate()) {
        hash.update(JSON.stringify(row));
        count += 1;
      }
      out.set(table, { count, hash: hash.digest("hex") });
    }
    return out;
  }

  /** The rows of a table, as JSON lines (to find what a call added). */
  rows(table: string): Set<string> {
    return new Set((this.db.prepare(`select * from "${table}"`).raw().all() as unknown[]).map((r) => JSON.stringify(r)));
  }

  close() {
    this.db.close();
  }
}

/** The tables whose content differs between two states. */
export function changedTables(before: State, after: State): string[] {
  return [...after.keys()].filter((t) => before.get(t)?.hash !== after.get(t)?.hash || before.get(t)?.count !== after.get(t)?.count);
}

/**
 * Runs `call` and says which tables it wrote (none when `data_version` did not move). `before` is computed
 * lazily: only when something was committed is the full comparison needed.
 */
export class WriteProbe {
  private cached: { version: number; state: State } | null = null;
  constructor(readonly watcher: Watcher) {}

  private baseline(): { version: number; state: State } {
    const version = this.watcher.version();
    if (!this.cached || this.cached.version !== version) this.cached = { version, state: this.watcher.state() };
    return this.cached;
  }

  async around<T>(call: () => Promise<T>): Promise<{ result: T; written: string[] }> {
    const before = this.baseline();
    const result = await call();
    if (this.watcher.version() === before.version) return { result, written: [] };
    const after = this.watcher.state();
    const written = changedTables(before.state, after);
    this.cached = { version: this.watcher.version(), state: after };
    return { result, written };
  }
}
