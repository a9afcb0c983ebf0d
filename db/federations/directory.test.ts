import { after, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { BaseContext } from "../context";
import { etalabDataDir } from "../reference/load";
import { FEDERATIONS } from "../reference/federations";
import { isolateEachTest, testDatabase } from "../test-support";
import { federationForRegion as forRegion, getFederation as getOne, listFederations as list, listRegions as regionsOf } from "./directory";

// Reference data only: the database is loaded once, and no test writes.
const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const ctx: BaseContext = { db, now: new Date("2026-04-01T08:00:00Z") };

const listFederations = (input: { regionCode?: string } = {}) => list(ctx, input);
const federationForRegion = (regionCode: string) => forRegion(ctx, { regionCode });
const getFederation = (id: string) => getOne(ctx, { id });
const listRegions = () => regionsOf(ctx);

const regionsJson = (
  JSON.parse(fs.readFileSync(path.join(etalabDataDir(), "regions.json"), "utf8")) as { code: string; nom: string; zone: string }[]
).filter((r) => r.zone !== "com");

test("every region has exactly one federation, except Guyane", () => {
  assert.equal(regionsJson.length, 18);
  for (const r of regionsJson) {
    const covering = listFederations({ regionCode: r.code });
    if (r.code === "03") {
      assert.equal(covering.length, 0, "Guyane");
      assert.equal(federationForRegion(r.code), null);
    } else {
      assert.equal(covering.length, 1, r.nom);
      const f = federationForRegion(r.code);
      assert.ok(f, r.nom);
      assert.ok(f.regions.some((x) => x.code === r.code && x.name === r.nom), r.nom);
    }
  }
  assert.equal(federationForRegion("975"), null); // an overseas collectivity
  assert.equal(federationForRegion("nope"), null);
});

test("the directory's facts", () => {
  const occitanie = federationForRegion("76");
  assert.equal(occitanie?.id, "fecop");
  assert.equal(occitanie?.shortName, "Fécop");
  assert.equal(occitanie?.email, "contact@fecop.fr");
  assert.equal(occitanie?.phone, "06 31 00 60 47");
  assert.equal(occitanie?.website, "https://www.fecop.fr");

  const paca = federationForRegion("93");
  assert.equal(paca?.id, "paca");
  assert.equal(paca?.status, "en_construction");
  assert.equal(paca?.email, "delegation.paca@avecsante.fr");
  assert.deepEqual(
    listFederations().filter((f) => f.status !== "active").map((f) => f.id),
    ["paca"],
  );

  // Seed 000 (the kit) wins over seed 003 (fmps-…).
  assert.equal(federationForRegion("28")?.email, "contact@fmeps-normandie.org");
  assert.equal(federationForRegion("24")?.email, "contact@fmeps-cvl.fr");

  const aura = federationForRegion("84");
  assert.equal(aura?.shortName, "FemasAURA&Co");
  assert.equal(aura?.phone, "06 37 25 30 10");
  assert.equal(aura?.email, "secretariat@femasaura.fr");

  const antilles = getFederation("femag");
  assert.deepEqual(antilles?.regions, [
    { code: "01", name: "Guadeloupe" },
    { code: "02", name: "Martinique" },
  ]);
  assert.equal(antilles?.phone, null);
  assert.equal(antilles?.website, null);
  assert.deepEqual(
    getFederation("feecoia")?.regions.map((r) => r.code),
    ["04", "06"],
  );
  assert.equal(federationForRegion("06")?.id, "feecoia");
});

test("listFederations: all 15, sorted by short name, with their regions", () => {
  const all = listFederations();
  assert.equal(all.length, 15);
  assert.deepEqual(new Set(all.map((f) => f.id)), new Set(FEDERATIONS.map((f) => f.id)));
  const names = all.map((f) => f.shortName);
  assert.deepEqual(names, [...names].sort(new Intl.Collator("fr", { sensitivity: "base" }).compare));
  for (const f of all) {
    assert.ok(f.regions.length >= 1, f.id);
    assert.match(f.email, /^[^@\s]+@[^@\s]+\.[a-z]+$/, f.id);
    if (f.website) assert.match(f.website, /^https:\/\/www\.[a-z0-9.-]+\.[a-z]+$/, f.id);
    if (f.phone) assert.match(f.phone, /^0\d( \d\d){4}$/, f.id);
  }
  const covered = all.flatMap((f) => f.regions.map((r) => r.code)).sort();
  assert.deepEqual(covered, regionsJson.map((r) => r.code).filter((c) => c !== "03").sort());
});

test("listFederations runs two queries, whatever the number of federations (no N+1)", () => {
  const original = sqlite.prepare.bind(sqlite);
  let queries: string[] = [];
  sqlite.prepare = ((source: string) => {
    queries.push(source);
    return original(source);
  }) as typeof sqlite.prepare;
  try {
    listFederations();
    assert.equal(queries.length, 2, queries.join("\n"));
    queries = [];
    listFederations({ regionCode: "76" });
    assert.equal(queries.length, 2, queries.join("\n"));
  } finally {
    sqlite.prepare = original;
  }
});

test("getFederation", () => {
  const f = getFederation("fecop");
  assert.deepEqual(f, federationForRegion("76"));
  assert.deepEqual(f?.regions, [{ code: "76", name: "Occitanie" }]);
  assert.equal(getFederation("inconnue"), null);
});

test("listRegions: the 18 regions, sorted by name", () => {
  const regions = listRegions();
  assert.equal(regions.length, 18);
  assert.deepEqual(new Set(regions.map((r) => r.code)), new Set(regionsJson.map((r) => r.code)));
  assert.equal(regions[0].name, "Auvergne-Rhône-Alpes");
  // "Île-de-France" sorts with the I's, not after "Provence…".
  const idx = (name: string) => regions.findIndex((r) => r.name === name);
  assert.ok(idx("Île-de-France") < idx("La Réunion"));
  assert.ok(idx("Hauts-de-France") < idx("Île-de-France"));
});
