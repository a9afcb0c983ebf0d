import { after, test } from "node:test";
import assert from "node:assert/strict";
import type { BaseContext } from "../context";
import { isolateEachTest, testDatabase } from "../test-support";
import { escapeLike, getCommune as getCommuneCtx, searchCommunes as searchCommunesCtx } from "./search";

// Reference data only: the database is loaded once, and no test writes.
const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const ctx: BaseContext = { db, now: new Date("2026-04-01T08:00:00Z") };

// The tests read best in the search box's terms: what was typed, and how many results at most.
const searchCommunes = (query: string, limit?: number) => searchCommunesCtx(ctx, { query, limit });
const getCommune = (code: string) => getCommuneCtx(ctx, { code });

test("name search ignores accents, case, hyphens and 'st'", () => {
  for (const q of ["saint etienne", "Saint-Étienne", "SAINT-ETIENNE", "st etienne", "St-Étienne", "  saint   étienne "]) {
    const [first] = searchCommunes(q);
    assert.ok(first, q);
    assert.equal(first.name, "Saint-Étienne", q);
    assert.equal(first.code, "42218", q);
  }
  const [evreux] = searchCommunes("ÉVREUX");
  assert.equal(evreux.name, "Évreux");
  assert.equal(evreux.code, "27229");
  assert.equal(searchCommunes("evreux")[0].code, "27229");
});

test("result shape: département, région, postal codes, population", () => {
  const [se] = searchCommunes("saint etienne", 1);
  assert.deepEqual(Object.keys(se).sort(), [
    "code",
    "departementCode",
    "departementName",
    "name",
    "population",
    "postalCodes",
    "regionCode",
    "regionName",
  ]);
  assert.equal(se.departementCode, "42");
  assert.equal(se.departementName, "Loire");
  assert.equal(se.regionCode, "84");
  assert.equal(se.regionName, "Auvergne-Rhône-Alpes");
  assert.ok(Array.isArray(se.postalCodes) && se.postalCodes.includes("42000"));
  assert.ok((se.population ?? 0) > 100_000);
});

test("apostrophes: l'isle, l’isle and l isle find the L'Isle-… communes, largest first", () => {
  const results = searchCommunes("l'isle");
  assert.equal(results.length, 10);
  for (const r of results.slice(0, 5)) assert.match(r.name, /^L'Isle/);
  const pops = results.filter((r) => r.name.startsWith("L'Isle")).map((r) => r.population ?? 0);
  assert.deepEqual(pops, [...pops].sort((a, b) => b - a));
  assert.deepEqual(searchCommunes("l’isle").map((r) => r.code), results.map((r) => r.code));
  assert.deepEqual(searchCommunes("L ISLE").map((r) => r.code), results.map((r) => r.code));
});

test("exact, then prefix, then contains", () => {
  const results = searchCommunes("lyon", 20);
  assert.equal(results[0].name, "Lyon");
  const firstContains = results.findIndex((r) => !r.name.toLowerCase().startsWith("lyon"));
  if (firstContains !== -1) {
    for (const r of results.slice(firstContains)) assert.ok(!r.name.toLowerCase().startsWith("lyon"), r.name);
  }
  // "etienne" alone: no exact or prefix match, but word-prefix ones, largest (Saint-Étienne) first.
  assert.equal(searchCommunes("etienne")[0].name, "Saint-Étienne");
});

test("postal codes: prefix of any of a commune's codes", () => {
  const all01400 = searchCommunes("01400", 50);
  // Exact postal code first, then the commune whose INSEE code is 01400 (Seillonnaz, postal code 01470).
  assert.equal(all01400.at(-1)?.name, "Seillonnaz");
  const r01400 = all01400.slice(0, -1);
  assert.ok(r01400.length > 1);
  for (const r of r01400) assert.ok(r.postalCodes.includes("01400"), r.name);
  assert.ok(r01400.some((r) => r.name === "L'Abergement-Clémenciat"));
  const pops = r01400.map((r) => r.population ?? 0);
  assert.deepEqual(pops, [...pops].sort((a, b) => b - a));

  const paris = searchCommunes("75001");
  assert.equal(paris.length, 1);
  assert.equal(paris[0].name, "Paris");
  assert.equal(paris[0].code, "75056");
  assert.equal(searchCommunes("75116")[0].name, "Paris"); // not its first postal code

  const prefix = searchCommunes("014", 50);
  assert.equal(prefix.length, 50);
  for (const r of prefix) assert.ok(r.postalCodes.some((p) => p.startsWith("014")), r.name);
  assert.deepEqual(
    searchCommunes("0140", 50).map((r) => r.code),
    r01400.map((r) => r.code),
  );

  assert.equal(searchCommunes("01 400").length, searchCommunes("01400").length);
  assert.equal(searchCommunes("42")[0].name, "Saint-Étienne");
});

test("INSEE codes", () => {
  assert.equal(searchCommunes("42218")[0].name, "Saint-Étienne"); // INSEE code, not a postal code
  assert.equal(searchCommunes("2A004")[0].name, "Ajaccio");
  assert.equal(searchCommunes("2a004")[0].name, "Ajaccio");
});

test("limits, empty queries, no match", () => {
  assert.equal(searchCommunes("saint").length, 10);
  assert.equal(searchCommunes("saint", 3).length, 3);
  assert.equal(searchCommunes("saint", 10_000).length, 50);
  assert.deepEqual(searchCommunes(""), []);
  assert.deepEqual(searchCommunes("   "), []);
  assert.deepEqual(searchCommunes("' - ."), []);
  assert.deepEqual(searchCommunes("zzzzqqqq"), []);
});

test("LIKE wildcards in the input are literal", () => {
  assert.equal(escapeLike("a%b_c\\d"), "a\\%b\\_c\\\\d");
  assert.deepEqual(searchCommunes("%"), []);
  assert.deepEqual(searchCommunes("_"), []);
  assert.deepEqual(searchCommunes("%%%"), []);
  assert.deepEqual(searchCommunes("'; DROP TABLE commune; --"), []);
  assert.equal(searchCommunes("Paris")[0].code, "75056");
});

test("getCommune", () => {
  const se = getCommune("42218");
  assert.equal(se?.name, "Saint-Étienne");
  assert.deepEqual(se, searchCommunes("saint etienne", 1)[0]);
  assert.equal(getCommune("2A004")?.name, "Ajaccio");
  assert.equal(getCommune("99999"), null);
  for (const bad of ["", "4221", "422188", "2a004", "42 18", "%", "42218'--", "AB123"]) {
    assert.equal(getCommune(bad), null, bad);
  }
});

test("overseas: a region (La Réunion) and a collectivity (no region)", () => {
  const [sd] = searchCommunes("saint denis", 50).filter((r) => r.code === "97411");
  assert.equal(sd.regionCode, "04");
  assert.equal(sd.regionName, "La Réunion");
  const miquelon = getCommune("97501");
  assert.equal(miquelon?.name, "Miquelon-Langlade");
  assert.equal(miquelon?.regionName, null);
  const kerguelen = getCommune("98412");
  assert.deepEqual(kerguelen?.postalCodes, []);
  assert.equal(kerguelen?.population, null);
});

test("INSEE-like codes that no département can have are refused before any query", () => {
  for (const bad of ["1A004", "2C004", "4809", "480920"]) assert.equal(getCommune(bad), null, bad);
  assert.equal(getCommune("2B033")?.name, "Bastia");
  assert.equal(getCommune("01004")?.name, "Ambérieu-en-Bugey");
  assert.deepEqual(searchCommunes("1A004"), []);
});
