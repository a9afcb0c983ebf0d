import { test } from "node:test";
import assert from "node:assert/strict";
import { asc, eq, inArray, sql, type Placeholder } from "drizzle-orm";
import type { Queryable } from "./context";
import { allForIds, PREPARED_IDS, prepared } from "./prepared";
import { communes } from "./schema";
import { statementsOf, testDatabase } from "./test-support";

const { db, sqlite } = testDatabase();

let builds = 0;
const byCode = (q: Queryable) => {
  builds++;
  return q.select({ name: communes.name }).from(communes).where(eq(communes.code, sql.placeholder("code"))).prepare();
};

test("a prepared query is built once per connection, then runs with each call's values", () => {
  assert.equal(prepared(db, byCode).get({ code: "34172" })?.name, "Montpellier");
  assert.equal(prepared(db, byCode).get({ code: "69123" })?.name, "Lyon");
  assert.equal(prepared(db, byCode).get({ code: "00000" }), undefined);
  assert.equal(builds, 1);
  // Another connection (or an open transaction) builds its own.
  const other = testDatabase();
  assert.equal(prepared(other.db, byCode).get({ code: "34172" })?.name, "Montpellier");
  assert.equal(builds, 2);
  db.transaction((tx) => assert.equal(prepared(tx, byCode).get({ code: "69123" })?.name, "Lyon"));
  assert.equal(builds, 3);
  other.sqlite.close();
});

test("a query over ids: prepared for each count up to the limit, built with the ids beyond, the same rows either way", () => {
  const ids = sqlite.prepare("select rowid from commune order by code limit 12").pluck().all() as number[];
  const byRowid = (q: Queryable, rowids: readonly (number | Placeholder)[]) =>
    q.select({ code: communes.code }).from(communes).where(inArray(sql`rowid`, rowids)).orderBy(asc(communes.code));
  for (let n = 1; n <= ids.length; n++) {
    const some = ids.slice(0, n);
    const expected = byRowid(db, some).all();
    assert.equal(expected.length, n);
    assert.deepEqual(allForIds(db, byRowid, some), expected, `${n} ids`);
    // Each call runs one statement, prepared or built.
    assert.equal(statementsOf(sqlite, () => allForIds(db, byRowid, some)), 1);
  }
  assert.ok(PREPARED_IDS < ids.length);
});
