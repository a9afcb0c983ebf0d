/**
 * The commune search by index (drizzle/0007_commune_search.sql): the same results as the scan it replaced, on a
 * sample of queries; a plan that reads the trigram index, never `SCAN commune`; and the index kept in step
 * with writes to `commune` (the reference load adds, upserts and deletes).
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import type { BaseContext } from "../context";
import { isolateEachTest, testDatabase } from "../test-support";
import { communes } from "../schema";
import { indexNewCommunes, nameQuery, postalQuery, prefixQuery, searchCommunes } from "./search";
import { normalizeSearch } from "@/lib/text";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const ctx: BaseContext = { db, now: new Date("2026-04-01T08:00:00Z") };

/** The queries as they were before the index (the scan), kept here to compare with. */
const OLD_POSTAL = `SELECT code FROM commune WHERE (' ' || postal_codes) LIKE @like ESCAPE '\\' OR code = @digits
  ORDER BY CASE WHEN (' ' || postal_codes || ' ') LIKE @exact ESCAPE '\\' THEN 0 WHEN code = @digits THEN 1 ELSE 2 END, population DESC NULLS LAST, name LIMIT @max`;
const OLD_NAME = `SELECT code FROM commune WHERE search_name LIKE @contains ESCAPE '\\'
  ORDER BY CASE WHEN search_name = @name THEN 0 WHEN search_name LIKE @starts ESCAPE '\\' THEN 1 WHEN (' ' || search_name) LIKE @word ESCAPE '\\' THEN 2 ELSE 3 END,
  population DESC NULLS LAST, name LIMIT @max`;

function oldSearch(query: string, max: number): string[] {
  const compact = query.trim().replace(/\s+/g, "");
  if (/^[0-9]{2,5}$/.test(compact)) {
    return (sqlite.prepare(OLD_POSTAL).all({ like: `% ${compact}%`, exact: `% ${compact} %`, digits: compact, max }) as { code: string }[]).map((r) => r.code);
  }
  const name = normalizeSearch(query);
  return (sqlite.prepare(OLD_NAME).all({ contains: `%${name}%`, name, starts: `${name}%`, word: `% ${name}%`, max }) as { code: string }[]).map((r) => r.code);
}

const SAMPLE = [
  ...["12400", "124", "12", "48100", "48", "01400", "75001", "97", "2A", "20000", "13", "69"],
  ...["saint", "sainte", "st etienne", "saint-étienne", "mont", "ay", "eu", "y", "marvejols", "Marv", "l'isle", "l’isle", "LE PUY"],
  ...["villeneuve", "bourg", "sur mer", "les", "ville", "roque", "œuvre", "Saint-Affrique", "Millau", "rodez", "montpellier", "lyon", "aix", "ys"],
];

test("the same communes, in the same order, as the scan it replaced, for a sample of names and postal codes", () => {
  let compared = 0;
  for (const q of SAMPLE) {
    const compact = q.replace(/\s+/g, "");
    // An INSEE code typed as such ("2A…") is looked up by its key, as before: not the scan's business.
    if (!/^[0-9]{2,5}$/.test(compact) && /^(?:[0-9]{2}|2[AB])[0-9]{3}$/i.test(compact)) continue;
    if (!/^[0-9]{2,5}$/.test(compact) && normalizeSearch(q) === "") continue;
    for (const max of [8, 50]) {
      assert.deepEqual(
        searchCommunes(ctx, { query: q, limit: max }).map((r) => r.code),
        oldSearch(q, max),
        `« ${q} », ${max} résultats`,
      );
      compared++;
    }
  }
  assert.ok(compared >= 2 * 30, `${compared} comparaisons`);
});

function plan(query: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql, params } = query.toSQL();
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(" | ");
}

test("the plan reads the trigram index and the communes by their key: no SCAN commune from three characters", () => {
  for (const [label, q] of [
    ["nom", nameQuery(db, "marvejols", 8)],
    ["code postal", postalQuery(db, "12400", 8)],
    ["début de code postal", postalQuery(db, "48", 8)],
  ] as const) {
    const text = plan(q);
    assert.match(text, /commune_search VIRTUAL TABLE INDEX \d+:[LM]/, `${label} : ${text}`);
    assert.doesNotMatch(text, /SCAN commune(?!_search)/, `${label} : ${text}`);
    assert.doesNotMatch(text, /SCAN "?commune"?( |$)/, `${label} : ${text}`);
  }
  // Two letters have no trigram: the communes are read (faster than the FTS table read whole).
  assert.match(plan(nameQuery(db, "ay", 8)), /SCAN commune(?!_search)/);
  // Names starting with the query, tried first: a range of the name's index, for two letters too.
  for (const name of ["saint", "ay"]) assert.match(plan(prefixQuery(db, name, 8)), /SEARCH commune USING INDEX commune_search_name_idx \(search_name>\? AND search_name<\?\)/);
});

test("the index follows the communes: a new one, a renamed one, new postal codes, a removed one", () => {
  db.insert(communes).values({ code: "99998", name: "Boussoleville", searchName: "boussoleville", postalCodes: "99990", departementCode: "48", regionCode: "76", population: 10 }).run();
  assert.deepEqual(searchCommunes(ctx, { query: "boussolev" }), []); // until the load indexes it
  indexNewCommunes(db);
  assert.deepEqual(searchCommunes(ctx, { query: "boussolev" }).map((r) => r.code), ["99998"]);
  assert.deepEqual(searchCommunes(ctx, { query: "9999" }).map((r) => r.code), ["99998"]);
  db.update(communes).set({ name: "Nouvelle-Boussole", searchName: "nouvelle boussole", postalCodes: "99991 99992" }).where(eq(communes.code, "99998")).run();
  assert.deepEqual(searchCommunes(ctx, { query: "boussoleville" }), []);
  assert.deepEqual(searchCommunes(ctx, { query: "nouvelle bouss" }).map((r) => r.name), ["Nouvelle-Boussole"]);
  assert.deepEqual(searchCommunes(ctx, { query: "99992" }).map((r) => r.code), ["99998"]);
  assert.deepEqual(searchCommunes(ctx, { query: "99990" }), []);
  db.delete(communes).where(eq(communes.code, "99998")).run();
  assert.deepEqual(searchCommunes(ctx, { query: "nouvelle bouss" }), []);
  const counts = sqlite.prepare("SELECT (SELECT count(*) FROM commune) AS c, (SELECT count(*) FROM commune_search) AS s").get() as { c: number; s: number };
  assert.equal(counts.s, counts.c);
});
