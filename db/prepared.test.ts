import { test } from "node:test";
import assert from "node:assert/strict";
import { asc, eq, inArray, sql, type Placeholder } from "drizzle-orm";
import type { Queryable } from "./context";
import { allForIds, literalLimit, literalText, PREPARED_IDS, PREPARED_VARIANTS, prepared, preparedBy } from "./prepared";
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

const firstCommunes = (q: Queryable) =>
  q.select({ code: communes.code }).from(communes).where(sql`${communes.name} like ${literalText("Saint-%")}`).orderBy(asc(communes.code)).limit(literalLimit(3)).prepare();

test("a literal limit and a literal text are written into the statement, not bound, and select the same rows", () => {
  const query = prepared(db, firstCommunes);
  const statement = firstCommunes(db).getQuery();
  assert.match(statement.sql, / like 'Saint-%' .* limit 3$/);
  assert.deepEqual(statement.params, []);
  const bound = db.select({ code: communes.code }).from(communes).where(sql`${communes.name} like ${"Saint-%"}`).orderBy(asc(communes.code)).limit(3).all();
  assert.equal(bound.length, 3);
  assert.deepEqual(query.all(), bound);
  // A quote is doubled; what is not a non-negative integer is refused.
  assert.equal(db.get<{ t: string }>(sql`select ${literalText("l'équipe")} as t`).t, "l'équipe");
  for (const n of [-1, 1.5, Number.NaN, 2 ** 60]) assert.throws(() => literalLimit(n));
});

let variantBuilds = 0;
const nthCommune = (q: Queryable, offset: number) => {
  variantBuilds++;
  return q.select({ code: communes.code }).from(communes).orderBy(asc(communes.code)).limit(literalLimit(1)).offset(literalLimit(offset)).prepare();
};

test("a query prepared per key: built once for each of the first PREPARED_VARIANTS keys, then built at each call", () => {
  const all = db.select({ code: communes.code }).from(communes).orderBy(asc(communes.code)).limit(PREPARED_VARIANTS + 2).all();
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < PREPARED_VARIANTS + 2; k++) assert.deepEqual(preparedBy(db, nthCommune, k).all(), [all[k]]);
  }
  assert.equal(variantBuilds, PREPARED_VARIANTS + 2 * 2);
});
