import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { ConflictError, FormError } from "@/lib/domain/errors";
import { createNote, deleteNote, updateNote } from "./notes";
import { NOW, contextFor, lastHistory, minutesLater, setUpCommunes, snapshot, withFailingHistory, type Setting } from "./test-fixtures";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
let s: Setting;
let as: ReturnType<typeof contextFor>;
before(() => {
  s = setUpCommunes(db);
  as = contextFor(db, s);
});
after(() => sqlite.close());

describe("notes", () => {
  test("create, update with versions, conflict, delete — each with its history", () => {
    const n = createNote(as(s.referent), { theme: "besoins", text: "Délais de rendez-vous", tags: ["delais"] });
    assert.equal(lastHistory(db, s.ws.id).summary, "Thomas Rouquette a ajouté une note « Besoins des habitants » : « Délais de rendez-vous ».");
    const updated = updateNote(as(s.maire), { id: n.id, version: 1, theme: "besoins", text: "Délais de trois semaines", tags: ["delais", "sans_medecin_traitant"] });
    assert.equal(updated.version, 2);
    assert.deepEqual(updated.tags, ["sans_medecin_traitant", "delais"]);
    const untouched = snapshot(sqlite);
    assert.throws(
      () => updateNote(as(s.referent), { id: n.id, version: 1, theme: "besoins", text: "Autre", tags: [] }),
      (e) => e instanceof ConflictError && e.conflict.theirs.text === "Délais de trois semaines" && e.conflict.theirs.tags === "sans_medecin_traitant\ndelais" && e.conflict.updatedBy === "Claire Fabre",
    );
    const stranger = as(s.other, s.otherWs);
    assert.throws(() => updateNote(stranger, { id: n.id, version: 2, theme: "besoins", text: "x", tags: [] }), FormError);
    assert.equal(deleteNote(stranger, { id: n.id, version: 2 }), null);
    assert.equal(snapshot(sqlite), untouched);
    assert.ok(deleteNote(as(s.referent), { id: n.id, version: 2 }));
    assert.equal(lastHistory(db, s.ws.id).action, "inventory.note_deleted");
  });

  test("an unchanged save writes nothing; a stale delete and a change of theme are refused", () => {
    const n = createNote(as(s.referent), { theme: "besoins", text: "Délais", tags: ["delais"] });
    const untouched = snapshot(sqlite);
    assert.equal(updateNote(as(s.maire), { id: n.id, version: 1, theme: "besoins", text: "Délais", tags: ["delais"] }).version, 1);
    assert.throws(() => updateNote(as(s.maire), { id: n.id, version: 1, theme: "offres", text: "Délais", tags: [] }), (e) => e instanceof FormError && /changé de thème/.test(e.message));
    assert.equal(snapshot(sqlite), untouched);
    updateNote(as(s.maire), { id: n.id, version: 1, theme: "besoins", text: "Délais longs", tags: [] });
    assert.throws(() => deleteNote(as(s.referent), { id: n.id, version: 1 }), (e) => e instanceof FormError && /Claire Fabre a modifié cette note/.test(e.message));
  });

  test("the note and its history are one transaction", () => {
    const untouched = snapshot(sqlite);
    withFailingHistory(sqlite, "inventory.note_added", () => {
      assert.throws(() => createNote(as(s.referent), { theme: "besoins", text: "Perdue", tags: [] }), /history down/);
    });
    assert.equal(snapshot(sqlite), untouched);
  });
});

describe("the injected clock", () => {
  test("createdAt, updatedAt and the history's times are ctx.now", () => {
    const n = createNote(as(s.referent), { theme: "besoins", text: "Délais", tags: [] });
    assert.equal(n.createdAt.getTime(), NOW.getTime());
    assert.equal(n.updatedAt.getTime(), NOW.getTime());
    assert.equal(lastHistory(db, s.ws.id).createdAt.getTime(), NOW.getTime());
    const updated = updateNote(as(s.maire, s.ws, minutesLater(15)), { id: n.id, version: 1, theme: "besoins", text: "Délais longs", tags: [] });
    assert.equal(updated.updatedAt.getTime(), minutesLater(15).getTime());
    assert.equal(updated.createdAt.getTime(), NOW.getTime());
    assert.equal(lastHistory(db, s.ws.id).createdAt.getTime(), minutesLater(15).getTime());
    deleteNote(as(s.maire, s.ws, minutesLater(20)), { id: n.id, version: 2 });
    assert.equal(lastHistory(db, s.ws.id).createdAt.getTime(), minutesLater(20).getTime());
  });
});
