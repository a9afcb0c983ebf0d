import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { openDatabase, type DB } from "@/db/client";
import { users, workspaces } from "@/db/schema";
import { FEDERATIONS } from "./federations";
import { ensureReferenceData, loadReferenceData, type ReferenceSummary } from "./load";

let db: DB;
let sqlite: ReturnType<typeof openDatabase>["sqlite"];
let close: () => void;
let first: ReferenceSummary;

const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const counts = () => ({
  region: count("region"),
  departement: count("departement"),
  commune: count("commune"),
  federation: count("federation"),
  federation_region: count("federation_region"),
});

before(() => {
  const opened = openDatabase(":memory:");
  db = opened.db;
  sqlite = opened.sqlite;
  close = () => opened.sqlite.close();
  first = loadReferenceData(db);
});
after(() => close());

test("first load: the expected counts, in a few seconds at most", () => {
  assert.equal(first.communesLoaded, true);
  assert.equal(first.skipped, false);
  assert.deepEqual(counts(), {
    region: 18,
    departement: 101,
    commune: 34969,
    federation: 15,
    federation_region: FEDERATIONS.reduce((n, f) => n + f.regionCodes.length, 0),
  });
  assert.equal(first.communes, 34969);
  assert.ok(first.ms < 5000, `load took ${first.ms} ms`);
  console.log(`first load: ${first.ms} ms`);
});

test("no overseas collectivity among regions and départements", () => {
  assert.equal(count("region WHERE length(code) > 2"), 0);
  assert.equal(count("departement WHERE code IN ('975','977','978','984','986','987','988','989')"), 0);
  assert.equal(count("departement WHERE code IN ('971','972','973','974','976')"), 5);
});

test("communes: search name, postal codes, missing population", () => {
  const row = sqlite.prepare(`SELECT * FROM commune WHERE code = '42218'`).get() as Record<string, unknown>;
  assert.equal(row.name, "Saint-Étienne");
  assert.equal(row.search_name, "saint etienne");
  assert.equal(row.departement_code, "42");
  assert.equal(row.region_code, "84");
  const paris = sqlite.prepare(`SELECT postal_codes FROM commune WHERE code = '75056'`).pluck().get() as string;
  assert.ok(paris.startsWith("75001 75002 "));
  assert.equal(count("commune WHERE population IS NULL"), 6);
  assert.equal(count("commune WHERE code IN ('75101', '13201', '69381')"), 0); // arrondissements
});

test("idempotent: a second load changes nothing and skips the communes", () => {
  const before = counts();
  const again = loadReferenceData(db);
  assert.equal(again.communesLoaded, false);
  assert.deepEqual(counts(), before);
  assert.equal(again.communes, 34969);
  console.log(`second load (communes skipped): ${again.ms} ms`);
});

test("ensureReferenceData does nothing when the data is present", () => {
  const s = ensureReferenceData(db);
  assert.equal(s.skipped, true);
  assert.equal(s.communes, 34969);
  assert.ok(s.ms < 200, `${s.ms} ms`);
});

test("a changed or missing federation row is put back by ensureReferenceData", () => {
  sqlite.prepare(`UPDATE federation SET email = 'old@example.org' WHERE id = 'fecop'`).run();
  sqlite.prepare(`DELETE FROM federation_region WHERE federation_id = 'femag' AND region_code = '02'`).run();
  sqlite.prepare(`INSERT INTO federation_region (federation_id, region_code) VALUES ('fecop', '03')`).run();
  const s = ensureReferenceData(db);
  assert.equal(s.skipped, false);
  assert.equal(sqlite.prepare(`SELECT email FROM federation WHERE id = 'fecop'`).pluck().get(), "contact@fecop.fr");
  assert.deepEqual(
    sqlite.prepare(`SELECT region_code FROM federation_region WHERE federation_id IN ('femag','fecop') ORDER BY 1`).pluck().all(),
    ["01", "02", "76"],
  );
  assert.equal(ensureReferenceData(db).skipped, true);
});

test("missing communes are reloaded; communes gone from the file are removed", () => {
  sqlite.prepare(`DELETE FROM commune WHERE departement_code = '01'`).run();
  sqlite
    .prepare(`INSERT INTO commune (code, name, search_name, postal_codes, departement_code, region_code) VALUES ('01999', 'Ancienne', 'ancienne', '', '01', '84')`)
    .run();
  assert.notEqual(count("commune"), 34969);
  const s = loadReferenceData(db);
  assert.equal(s.communesLoaded, true);
  assert.equal(count("commune"), 34969);
  assert.equal(count("commune WHERE code = '01999'"), 0);
  assert.equal(count("commune WHERE code = '01001'"), 1);
});

test("a commune gone from the file but still used by a workspace is kept", () => {
  sqlite
    .prepare(`INSERT INTO commune (code, name, search_name, postal_codes, departement_code, region_code) VALUES ('01998', 'Fusionnée', 'fusionnee', '', '01', '84')`)
    .run();
  const user = db.insert(users).values({ email: "maire@example.org" }).returning().get();
  db.insert(workspaces).values({ communeCode: "01998", mandateStart: "2026-03-22", createdBy: user.id }).run();
  sqlite.prepare(`DELETE FROM commune WHERE code = '01001'`).run();
  const s = loadReferenceData(db);
  assert.equal(s.communesLoaded, true);
  assert.equal(count("commune WHERE code = '01998'"), 1);
  assert.equal(count("commune WHERE code = '01001'"), 1);
  assert.equal(count("commune"), 34970);
});

test("ensureReferenceData loads everything into an empty database", () => {
  const fresh = openDatabase(":memory:");
  try {
    const s = ensureReferenceData(fresh.db);
    assert.equal(s.skipped, false);
    assert.equal(s.communesLoaded, true);
    assert.equal(s.communes, 34969);
    assert.equal(s.federations, 15);
  } finally {
    fresh.sqlite.close();
  }
});
