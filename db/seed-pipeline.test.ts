import { after, test } from "node:test";
import assert from "node:assert/strict";
import { testDatabase } from "./test-support";
import { seedDemo } from "./seed";
import { federationDueItems, federationPipeline } from "./federations";

const { db, sqlite } = testDatabase();
after(() => sqlite.close());

test("the demo's Fécop pipeline shows communes at several stages, one of them quiet for 30+ days", () => {
  assert.equal(seedDemo(db), true);
  const ctx = { db, now: new Date() };
  const { entries } = federationPipeline(ctx, { federationId: "fecop" });
  const stages = Object.fromEntries(entries.map((e) => [e.communeName, e.stage]));
  assert.deepEqual(stages, {
    Marvejols: "suivi",
    "Saint-Chély-d'Apcher": "demande",
    Langogne: "etat_des_lieux",
    "Florac Trois Rivières": "rencontre_preparee",
    "La Canourgue": "acceptee",
    Espalion: "demande",
  });
  const canourgue = entries.find((e) => e.communeName === "La Canourgue")!;
  assert.ok((canourgue.quietDays ?? 0) >= 30, `La Canourgue calme depuis ${canourgue.quietDays} jours`);
  assert.deepEqual(
    entries.filter((e) => e.quietDays !== null).map((e) => e.communeName),
    ["La Canourgue"],
  );
  const espalion = entries.find((e) => e.communeName === "Espalion")!;
  assert.deepEqual([espalion.departementName, espalion.mandate.day < 100], ["Aveyron", true]);
  const due = federationDueItems(ctx, { federationId: "fecop" });
  assert.deepEqual(due.demandes.map((e) => e.communeName), ["Saint-Chély-d'Apcher", "Espalion"]);
  assert.deepEqual(due.rencontres.map((e) => e.communeName), ["La Canourgue", "Langogne"]);
  // Another federation's pipeline holds none of them.
  assert.deepEqual(federationPipeline(ctx, { federationId: "femasaura" }).entries, []);
});
