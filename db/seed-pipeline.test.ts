import { after, test } from "node:test";
import assert from "node:assert/strict";
import { testDatabase } from "./test-support";
import { seedDemo } from "./seed";
import { federationBoard } from "./federations";
import type { PipelineFilters } from "@/lib/federation/pipeline";

const { db, sqlite } = testDatabase();
after(() => sqlite.close());

test("the demo's Fécop pipeline shows communes at several stages, one of them quiet for 30+ days", () => {
  assert.equal(seedDemo(db), true);
  const ctx = { db, now: new Date() };
  const board = (federationId: string, due: PipelineFilters["due"] = "") =>
    federationBoard(ctx, { federationId, viewerId: "", filters: { departement: "", stage: "", facilitator: "", due }, page: 1 });
  const fecop = board("fecop");
  const entries = fecop.list.rows;
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
  assert.deepEqual(board("fecop", "calmes").list.rows.map((e) => e.communeName), ["La Canourgue"]);
  const espalion = entries.find((e) => e.communeName === "Espalion")!;
  assert.deepEqual([espalion.departementName, espalion.mandate.day < 100], ["Aveyron", true]);
  assert.deepEqual(fecop.due.demandes.first.map((e) => e.communeName), ["Saint-Chély-d'Apcher", "Espalion"]);
  assert.deepEqual(fecop.due.rencontres.first.map((e) => e.communeName), ["La Canourgue", "Langogne"]);
  // Another federation's pipeline holds none of them.
  assert.deepEqual(board("femasaura").list.rows, []);
});

test("the demo: Marvejols and the accepted communes are verified by the Fécop's admin, the pending ones are « à vérifier »", async () => {
  const { communes, historyEvents, workspaces, users } = await import("./schema");
  const { eq, and } = await import("drizzle-orm");
  const rows = db
    .select({ name: communes.name, verifiedAt: workspaces.verifiedAt, via: workspaces.verifiedVia, by: users.email, id: workspaces.id })
    .from(workspaces)
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(users, eq(users.id, workspaces.verifiedBy))
    .all();
  const verified = rows.filter((r) => r.verifiedAt).map((r) => r.name).sort();
  assert.deepEqual(verified, ["Florac Trois Rivières", "La Canourgue", "Langogne", "Marvejols"]);
  for (const r of rows.filter((r) => r.verifiedAt)) {
    assert.deepEqual([r.via, r.by], ["federation", "admin@demo.boussole.fr"]);
    const event = db.select().from(historyEvents).where(and(eq(historyEvents.workspaceId, r.id), eq(historyEvents.action, "workspace.verified"))).get();
    assert.ok(event, `${r.name}: l'historique dit la vérification`);
    assert.equal(event.createdAt.getTime(), r.verifiedAt!.getTime(), `${r.name}: l'événement est daté de la vérification`);
  }
  assert.deepEqual(rows.filter((r) => !r.verifiedAt).map((r) => r.name).sort(), ["Espalion", "Saint-Chély-d'Apcher"]);
});
