/** For the tests of db/ops: database files in a temporary folder, filled and read back whole. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "../client";
import { claimReminder } from "../jobs/reminders";

export function tempFolder(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `boussole-${prefix}-`));
  return { dir, file: path.join(dir, "boussole.sqlite"), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Opens the file (migrating it), writes one reminder per key through the data layer, and closes it. */
export function writeReminders(file: string, keys: string[], change?: (sqlite: Database.Database) => void) {
  const { sqlite, db } = openDatabase(file);
  try {
    for (const key of keys) {
      claimReminder(
        { db, now: new Date("2026-12-02T10:00:00Z") },
        { kind: "checklist", key, recipient: `${key}@exemple.fr`, userId: null, workspaceId: null, federationId: null, weekly: false, content: { subject: "Rappel", intro: "Essai" } },
      );
    }
    change?.(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Every row of every table, in a stable order: two files with the same dump hold the same data. */
export function dump(file: string): Record<string, unknown[]> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string; sql: string }[];
    // A WITHOUT ROWID table (the commune search's FTS index, commune_search_idx) is ordered by all its columns.
    const order = (t: { name: string; sql: string }) =>
      /WITHOUT ROWID/i.test(t.sql) ? (sqlite.pragma(`table_info("${t.name}")`) as unknown[]).map((_, i) => i + 1).join(", ") : "rowid";
    return Object.fromEntries(tables.map((t) => [t.name, sqlite.prepare(`SELECT * FROM "${t.name}" ORDER BY ${order(t)}`).raw().all()]));
  } finally {
    sqlite.close();
  }
}

export function reminderKeys(file: string): string[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare("SELECT key FROM reminder ORDER BY key").pluck().all() as string[];
  } finally {
    sqlite.close();
  }
}

export const sizeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
