/**
 * The migrated database must say what the Drizzle schema says. drizzle-kit diffs the schema against its own
 * snapshots, never against a real database: a hand-edited migration or an `ALTER TABLE … ADD COLUMN` (which
 * cannot carry `ON DELETE` on SQLite) leaves them apart without anyone noticing. These tests read the
 * database's own description (PRAGMA foreign_key_list, index_list, index_info) for every table of the schema.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { is, type SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { SQLiteTable, getTableConfig } from "drizzle-orm/sqlite-core";
import { openDatabase } from "@/db/client";
import * as schema from "./index";

const tables: SQLiteTable[] = (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTable));

type ForeignKeyRow = { id: number; seq: number; table: string; from: string; to: string | null; on_update: string; on_delete: string };
type IndexListRow = { name: string; unique: number; origin: string; partial: number };
type IndexInfoRow = { seqno: number; name: string | null };

/** "from → table(to) on delete x on update y", SQLite's spelling (upper case) for the actions. */
function describeForeignKey(from: string[], table: string, to: string[], onDelete = "no action", onUpdate = "no action") {
  return `${from.join(",")} → ${table}(${to.join(",")}) on delete ${onDelete.toUpperCase()} on update ${onUpdate.toUpperCase()}`;
}

function declaredForeignKeys(table: SQLiteTable): string[] {
  return getTableConfig(table)
    .foreignKeys.map((fk) => {
      const ref = fk.reference();
      return describeForeignKey(
        ref.columns.map((c) => c.name),
        getTableConfig(ref.foreignTable).name,
        ref.foreignColumns.map((c) => c.name),
        fk.onDelete,
        fk.onUpdate,
      );
    })
    .sort();
}

function actualForeignKeys(sqlite: Database.Database, tableName: string): string[] {
  const rows = sqlite.prepare(`SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq`).all(tableName) as ForeignKeyRow[];
  const byId = new Map<number, ForeignKeyRow[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  return [...byId.values()]
    .map((parts) =>
      describeForeignKey(
        parts.map((p) => p.from),
        parts[0].table,
        parts.map((p) => p.to ?? "?"),
        parts[0].on_delete,
        parts[0].on_update,
      ),
    )
    .sort();
}

/** The column of an index term written `"column" collate nocase`: SQLite lists it as that column, not as an expression. */
function collatedColumn(term: SQL): string | null {
  const text = term.queryChunks.map((chunk) => (chunk && typeof chunk === "object" && "value" in chunk && Array.isArray(chunk.value) ? chunk.value.join("") : "")).join("");
  return /^"(\w+)" collate \w+$/i.exec(text.trim())?.[1] ?? null;
}

/** "name unique? (col,col)": the indexes a migration creates, including a column's `.unique()`. */
function declaredIndexes(table: SQLiteTable): string[] {
  const config = getTableConfig(table);
  const fromIndexes = config.indexes.map((index) => {
    const columns = index.config.columns.map((c) => ("name" in c ? c.name : (collatedColumn(c) ?? "<expression>")));
    return `${index.config.name}${index.config.unique ? " unique" : ""} (${columns.join(",")})`;
  });
  const fromColumns = config.columns
    .filter((c) => c.isUnique)
    .map((c) => `${c.uniqueName ?? `${config.name}_${c.name}_unique`} unique (${c.name})`);
  return [...fromIndexes, ...fromColumns].sort();
}

function actualIndexes(sqlite: Database.Database, tableName: string): string[] {
  const list = sqlite.prepare(`SELECT * FROM pragma_index_list(?)`).all(tableName) as IndexListRow[];
  return list
    .filter((index) => index.origin === "c") // CREATE INDEX; "pk" and "u" are the table's own constraints
    .map((index) => {
      const columns = (sqlite.prepare(`SELECT * FROM pragma_index_info(?) ORDER BY seqno`).all(index.name) as IndexInfoRow[]).map(
        (c) => c.name ?? "<expression>",
      );
      return `${index.name}${index.unique ? " unique" : ""} (${columns.join(",")})`;
    })
    .sort();
}

describe("the migrated database matches the Drizzle schema", () => {
  let sqlite: Database.Database;
  before(() => {
    sqlite = openDatabase(":memory:").sqlite;
  });
  after(() => sqlite.close());

  test("the schema declares tables, and every one of them exists", () => {
    assert.ok(tables.length >= 20, `only ${tables.length} tables found in db/schema`);
    const existing = new Set(
      (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name),
    );
    assert.deepEqual(
      tables.map((t) => getTableConfig(t).name).filter((name) => !existing.has(name)),
      [],
    );
  });

  for (const table of tables) {
    const name = getTableConfig(table).name;
    test(`${name}: foreign keys (columns, target, ON DELETE, ON UPDATE)`, () => {
      assert.deepEqual(actualForeignKeys(sqlite, name), declaredForeignKeys(table));
    });
    test(`${name}: indexes (name, unique, columns)`, () => {
      assert.deepEqual(actualIndexes(sqlite, name), declaredIndexes(table));
    });
  }

  test("the foreign keys that were missing an index have one", () => {
    const leading = (tableName: string) =>
      (sqlite.prepare(`SELECT name FROM pragma_index_list(?)`).all(tableName) as { name: string }[]).map(
        (i) => (sqlite.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno LIMIT 1`).get(i.name) as { name: string }).name,
      );
    assert.ok(leading("invitation").includes("professional_id"));
    assert.ok(leading("meeting_invitee").includes("professional_id"));
    assert.ok(leading("history_event").includes("actor_id"));
  });

  test("no row breaks a foreign key", () => {
    assert.deepEqual(sqlite.prepare(`PRAGMA foreign_key_check`).all(), []);
  });
});

/**
 * 0003 rebuilds `invitation` (SQLite cannot alter a foreign key). A database at 0002 with real rows must
 * come out with the same rows, no broken reference, and the cascade working.
 */
describe("migrating an existing database past the invitation rebuild", () => {
  const LAST_BEFORE_REBUILD = "0002_mail_attachments";
  let dir: string;
  let sqlite: Database.Database;

  before(() => {
    // A migrations folder that stops at 0002, the state of databases in use before the rebuild.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "boussole-migrations-"));
    const source = path.join(process.cwd(), "drizzle");
    const journal = JSON.parse(fs.readFileSync(path.join(source, "meta", "_journal.json"), "utf8")) as {
      entries: { idx: number; tag: string }[];
    };
    const stop = journal.entries.findIndex((e) => e.tag === LAST_BEFORE_REBUILD);
    assert.ok(stop >= 0, `${LAST_BEFORE_REBUILD} not found in the journal`);
    journal.entries = journal.entries.slice(0, stop + 1);
    fs.mkdirSync(path.join(dir, "meta"));
    fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify(journal));
    for (const e of journal.entries) fs.copyFileSync(path.join(source, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));

    sqlite = new Database(":memory:");
    sqlite.pragma("foreign_keys = ON"); // as openDatabase does: the rebuild must work with it on
    migrate(drizzle(sqlite), { migrationsFolder: dir });
  });
  after(() => {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("rows are kept, references hold, and deleting a professional deletes their invitation", () => {
    assert.match(actualForeignKeys(sqlite, "invitation").join("\n"), /professional_id → professional\(id\) on delete NO ACTION/);

    sqlite.exec(`
      INSERT INTO user (id, email, created_at) VALUES ('u1', 'maire@example.fr', 1);
      INSERT INTO commune (code, name, search_name, postal_codes, departement_code, region_code)
        VALUES ('01001', 'L''Abergement-Clémenciat', 'l abergement clemenciat', '01400', '01', '84');
      INSERT INTO workspace (id, commune_code, mandate_start, created_by, created_at) VALUES (1, '01001', '2026-03-22', 'u1', 1);
      INSERT INTO professional (id, workspace_id, profession, practice_location, practice_form, source, created_at, updated_at)
        VALUES (1, 1, 'infirmier', 'commune', 'liberal', 'saisie', 1, 1), (2, 1, 'medecin_generaliste', 'commune', 'liberal', 'saisie', 1, 1);
      INSERT INTO invitation (id, kind, workspace_id, email, name, token_hash, expires_at, invited_by, created_at, delivery_status, professional_id)
        VALUES (7, 'professionnel', 1, 'inf@example.fr', 'Inf', 'h7', 100, 'u1', 1, 'sent', 1),
               (8, 'professionnel', 1, 'med@example.fr', 'Med', 'h8', 100, 'u1', 1, 'pending', 2),
               (9, 'referent', 1, 'ref@example.fr', 'Réf', 'h9', 100, 'u1', 1, 'failed', NULL);
    `);
    const before = sqlite.prepare(`SELECT * FROM invitation ORDER BY id`).all();

    migrate(drizzle(sqlite), { migrationsFolder: path.join(process.cwd(), "drizzle") });

    // Later migrations only add columns (empty on old rows).
    const after = sqlite.prepare(`SELECT * FROM invitation ORDER BY id`).all() as Record<string, unknown>[];
    assert.deepEqual(after.map(({ federation_request_id, ...rest }) => (assert.equal(federation_request_id, null), rest)), before);
    assert.deepEqual(actualForeignKeys(sqlite, "invitation"), declaredForeignKeys(schema.invitations));
    assert.deepEqual(actualIndexes(sqlite, "invitation"), declaredIndexes(schema.invitations));
    assert.deepEqual(sqlite.prepare(`PRAGMA foreign_key_check`).all(), []);
    assert.equal(sqlite.pragma("foreign_keys", { simple: true }), 1);

    sqlite.exec(`DELETE FROM professional WHERE id = 1`);
    assert.deepEqual(
      (sqlite.prepare(`SELECT id FROM invitation ORDER BY id`).all() as { id: number }[]).map((r) => r.id),
      [8, 9],
    );
  });
});
