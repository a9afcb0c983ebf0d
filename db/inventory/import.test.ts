import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Actor } from "../context";
import { workspaces } from "../schema";
import { isolateEachTest, testContext, testDatabase } from "../test-support";
import { professionalsCsv } from "@/lib/inventory/csv-professionals";
import { applyImport, previewImport } from "./import";
import type { LocatedWorkspace } from "./shared";
import { professionalsForExport } from "./views";
import { MARVEJOLS, MONTRODAT, NOW, lastHistory, minutesLater, setUpCommunes, snapshot, storedLine } from "./test-fixtures";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
let referent: Actor;
let importWs: LocatedWorkspace;
before(() => {
  const s = setUpCommunes(db);
  referent = s.referent;
  const w = db.insert(workspaces).values({ communeCode: MONTRODAT, mandateStart: "2026-03-22", createdBy: s.maire.id }).returning().get();
  importWs = { id: w.id, communeCode: MONTRODAT, departementCode: "48" };
});
after(() => sqlite.close());

const as = (now = NOW) => testContext(db, importWs, referent, now);
const csv = (...rows: string[]) => ["Profession;Nom;Forme d'exercice;Commune d'exercice;E-mail", ...rows].join("\r\n");
// The former masculine labels ("Infirmier", "Pharmacien") are still read.
const CLEAN = csv("Infirmier;Zoé Roux;isolé;;zoe@idel.test", "Pharmacien;Ana Lopez;isolé;Marvejols;");

describe("CSV import", () => {
  test("a file with errors writes nothing, and says which line and why", () => {
    const untouched = snapshot(sqlite);
    const result = applyImport(as(), {
      text: csv("Infirmier;Zoé Roux;isolé;;", "Ostéo;Luc Blanc;isolé;;", "Infirmière;zoe roux;isolé;;", "Pharmacien;Ana Lopez;isolé;Marvejols;ana@", "Kiné;Paul Roux;isolé;Saint-Martin;"),
      fileName: "pros.csv",
      defaultSource: "commune",
    });
    assert.ok(result.ok);
    assert.equal(result.value.written, false);
    const rows = result.value.plan.rows;
    assert.deepEqual(rows.map((r) => r.action), ["create", "error", "error", "error", "error"]);
    assert.match(rows[1].errors[0], /^Profession inconnue : « Ostéo »/);
    assert.deepEqual(rows[2].errors, ["Doublon : même profession et même nom qu'à la ligne 2."]);
    assert.deepEqual(rows[3].errors, ["E-mail : Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr."]);
    assert.match(rows[4].errors[0], /^Commune d'exercice : plusieurs communes s'appellent « Saint-Martin »/);
    assert.equal(snapshot(sqlite), untouched);
  });

  test("a clean file is written in one go, with one history event; communes by name prefer the département", () => {
    const result = applyImport(as(), { text: CLEAN, fileName: "pros.csv", defaultSource: "federation" });
    assert.ok(result.ok && result.value.written);
    const lines = professionalsForExport(as());
    assert.deepEqual(
      lines.map((l) => [l.name, l.practiceLocation, l.practiceCommuneCode, l.source]),
      [
        ["Ana Lopez", "proximite", MARVEJOLS, "federation"],
        ["Zoé Roux", "commune", null, "federation"],
      ],
    );
    assert.match(lastHistory(db, importWs.id).summary, /^Thomas Rouquette a importé le fichier « pros\.csv » dans l'état des lieux — 2 fiches ajoutées : Zoé Roux \(infirmier·ère\), Ana Lopez \(pharmacien·ne\)\.$/);
  });

  test("export then import: identical rows are « unchanged », an edited row updates its line, a stale one is refused", () => {
    assert.ok(applyImport(as(), { text: CLEAN, fileName: "pros.csv", defaultSource: "federation" }).ok);
    const exported = professionalsCsv(professionalsForExport(as())).slice(1);
    const same = previewImport(as(), { text: exported, defaultSource: "commune" });
    assert.ok(same.ok);
    assert.deepEqual(same.value.counts, { create: 0, update: 0, unchanged: 2, error: 0 });

    const edited = exported.replace(";Pas encore sollicité·e;zoe@idel.test", ";Oui;zoe@idel.test");
    const applied = applyImport(as(), { text: edited, fileName: "export.csv", defaultSource: "commune" });
    assert.ok(applied.ok && applied.value.written);
    assert.deepEqual(applied.value.plan.counts, { create: 0, update: 1, unchanged: 1, error: 0 });
    const zoe = professionalsForExport(as()).find((l) => l.name === "Zoé Roux")!;
    assert.equal(zoe.interest, "oui");
    assert.equal(zoe.version, 2);

    // The same edited file again: the row is now identical. A different edit on the old version is refused.
    const stale = edited.replace(";Oui;zoe@idel.test", ";Non;zoe@idel.test");
    const refused = previewImport(as(), { text: stale, defaultSource: "commune" });
    assert.ok(refused.ok);
    assert.match(refused.value.rows.find((r) => r.name === "Zoé Roux")!.errors[0], /^Cette fiche a été modifiée dans Boussole depuis votre export/);
  });

  test("structure errors are refusals of the whole file", () => {
    const r = previewImport(as(), { text: "Profession,Nom\nInfirmier,Zoé\n", defaultSource: "commune" });
    assert.equal(r.ok, false);
  });
});

describe("the injected clock", () => {
  test("imported lines and their history event are stamped with ctx.now", () => {
    assert.ok(applyImport(as(), { text: CLEAN, fileName: "pros.csv", defaultSource: "commune" }).ok);
    const zoe = professionalsForExport(as()).find((l) => l.name === "Zoé Roux")!;
    const stored = storedLine(db, zoe.id)!;
    assert.equal(stored.createdAt.getTime(), NOW.getTime());
    assert.equal(stored.updatedAt.getTime(), NOW.getTime());
    assert.equal(lastHistory(db, importWs.id).createdAt.getTime(), NOW.getTime());

    const edited = professionalsCsv(professionalsForExport(as())).slice(1).replace(";zoe@idel.test", ";zoe.roux@idel.test");
    const applied = applyImport(as(minutesLater(45)), { text: edited, fileName: "export.csv", defaultSource: "commune" });
    assert.ok(applied.ok && applied.value.written);
    const updated = storedLine(db, zoe.id)!;
    assert.equal(updated.updatedAt.getTime(), minutesLater(45).getTime());
    assert.equal(updated.createdAt.getTime(), NOW.getTime());
    assert.equal(lastHistory(db, importWs.id).createdAt.getTime(), minutesLater(45).getTime());
  });
});
