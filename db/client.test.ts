import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "./client";

test("the database, its WAL and shared-memory files are readable by the server's account only", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "boussole-perm-"));
  const file = path.join(dir, "donnees", "boussole.sqlite");
  const previous = process.umask(0o022); // the usual umask, which would give 0644
  try {
    const { sqlite } = openDatabase(file);
    sqlite.exec("create table t (x); insert into t values (1);"); // a write: the WAL and shm files exist
    for (const f of [file, `${file}-wal`, `${file}-shm`]) {
      assert.equal(fs.statSync(f).mode & 0o777, 0o600, f);
    }
    assert.equal(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);
    sqlite.close();

    // An existing file created 0644 (an earlier version) is set back to 0600 when opened.
    fs.chmodSync(file, 0o644);
    openDatabase(file).sqlite.close();
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  } finally {
    process.umask(previous);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("the statement cache: one compiled statement per SQL text, objects or arrays as Drizzle asks each time, bounded", async () => {
  const Database = (await import("better-sqlite3")).default;
  const { withStatementCache } = await import("./client");
  const { drizzle } = await import("drizzle-orm/better-sqlite3");
  const { sqliteTable, integer, text } = await import("drizzle-orm/sqlite-core");
  const { eq, sql } = await import("drizzle-orm");
  const sqlite = new Database(":memory:");
  sqlite.exec("create table t (id integer primary key, name text); insert into t values (1, 'un'), (2, 'deux');");
  const t = sqliteTable("t", { id: integer("id").primaryKey(), name: text("name") });
  const cached = withStatementCache(sqlite, 3);
  const db = drizzle(cached);
  const text1 = 'select "name" from "t" where "t"."id" = ?';
  assert.equal(cached.prepare(text1), cached.prepare(text1), "the same text is compiled once");
  // Drizzle maps a select's columns itself (the statement in raw mode); `db.get(sql)` reads objects: the same
  // text through both paths, the statement set back each time.
  const byId = (id: number) => db.select({ name: t.name }).from(t).where(eq(t.id, id)).get();
  const plain = (id: number) => db.get<{ name: string }>(sql`select "name" from "t" where "t"."id" = ${id}`);
  assert.equal(db.select({ name: t.name }).from(t).where(eq(t.id, 1)).toSQL().sql, text1);
  assert.deepEqual(byId(1), { name: "un" });
  assert.deepEqual(plain(2), { name: "deux" });
  assert.deepEqual(byId(2), { name: "deux" });
  assert.deepEqual(plain(1), { name: "un" });
  // Writes and transactions go through it too.
  db.transaction((tx) => tx.insert(t).values({ id: 3, name: "trois" }).run());
  db.insert(t).values({ id: 4, name: "quatre" }).run();
  assert.deepEqual(db.select({ n: sql<number>`count(*)` }).from(t).get(), { n: 4 });
  // Bounded: past three texts the least recently used one is compiled again.
  const first = cached.prepare("select 1");
  for (const x of [2, 3, 4]) cached.prepare(`select ${x}`);
  assert.notEqual(cached.prepare("select 1"), first, "evicted, compiled again");
  const kept = cached.prepare("select 4");
  cached.prepare("select 5");
  assert.equal(cached.prepare("select 4"), kept, "a recently used text stays");
  // A connection whose prepare is instrumented (the statement counters of the tests) sees every statement.
  let seen = 0;
  const original = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => (seen++, original(source))) as typeof sqlite.prepare;
  byId(1);
  byId(1);
  sqlite.prepare = original;
  assert.equal(seen, 2);
  sqlite.close();
});
