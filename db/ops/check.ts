/**
 * What makes a database file fit to be kept or put back: SQLite finds no damage (`integrity_check`), no row
 * points at a missing one (`foreign_key_check`), and its migrations are ones this code knows.
 */
import Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { MIGRATIONS } from "../client";

export type Migration = { hash: string; createdAt: number };
export type FileCheck = { problems: string[]; migrations: Migration[] };

/** The migrations recorded in an open database, oldest first (empty when the table is missing). */
export function appliedMigrations(sqlite: Database.Database): Migration[] {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
  if (!table) return [];
  return (sqlite.prepare(`SELECT hash, created_at AS createdAt FROM "__drizzle_migrations" ORDER BY created_at`).all() as Migration[]).map(
    (m) => ({ hash: m.hash, createdAt: Number(m.createdAt) }),
  );
}

/** The migrations of this code (`drizzle/`), oldest first. */
export function codeMigrations(): Migration[] {
  return readMigrationFiles({ migrationsFolder: MIGRATIONS }).map((m) => ({ hash: m.hash, createdAt: m.folderMillis }));
}

const same = (a: Migration, b: Migration) => a.hash === b.hash && a.createdAt === b.createdAt;

/** Checks an open database; `sqlite` may be read-only. */
export function checkOpenDatabase(sqlite: Database.Database): FileCheck {
  const problems: string[] = [];
  const integrity = sqlite.pragma("integrity_check(20)", { simple: false }) as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0].integrity_check !== "ok") {
    problems.push(`intégrité : ${integrity.map((r) => r.integrity_check).join(" ; ")}`);
  }
  const orphans = sqlite.pragma("foreign_key_check") as { table: string }[];
  if (orphans.length) {
    const tables = [...new Set(orphans.map((o) => o.table))].join(", ");
    problems.push(`${orphans.length} ligne(s) pointent vers un enregistrement absent (tables ${tables})`);
  }
  const migrations = appliedMigrations(sqlite);
  if (migrations.length === 0) problems.push("aucune migration enregistrée : ce n'est pas une base Boussole");
  return { problems, migrations };
}

/** Opens a file read-only and checks it; a file that is not a SQLite database is a problem, not an exception. */
export function checkDatabaseFile(file: string): FileCheck {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    return checkOpenDatabase(sqlite);
  } catch (e) {
    return { problems: [`illisible par SQLite (${e instanceof Error ? e.message : String(e)})`], migrations: [] };
  } finally {
    sqlite?.close();
  }
}

/** Whether the file's migrations are exactly `expected` (a backup against its source). */
export function sameMigrations(found: Migration[], expected: Migration[]): boolean {
  return found.length === expected.length && found.every((m, i) => same(m, expected[i]));
}

/**
 * How a file's migrations stand against this code's: the number still to apply (`npm start` applies them),
 * or a French problem when the file has migrations this code does not know (a newer version of Boussole).
 */
export function migrationsAgainstCode(found: Migration[], code: Migration[] = codeMigrations()): { pending: number } | { problem: string } {
  const known = found.every((m, i) => i < code.length && same(m, code[i]));
  if (!known) {
    return { problem: `ses migrations (${found.length}) ne sont pas celles de ce code (${code.length}) : elle vient d'une autre version de Boussole` };
  }
  return { pending: code.length - found.length };
}
