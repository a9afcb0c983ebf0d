import { test } from "node:test";
import assert from "node:assert/strict";
import { conflictWith, lineConflict, noteFormValues } from "./form-values";

const stored = { version: 3, updatedAt: new Date("2026-11-24T13:05:00Z"), updatedByName: null };

test("a conflict names who saved the stored version, or « Quelqu'un », and when, in Paris time", () => {
  assert.deepEqual(conflictWith({ text: "x" }, stored), { theirs: { text: "x" }, updatedBy: "Quelqu'un", updatedAt: "24 novembre 2026 à 14 h 05", version: 3 });
  assert.equal(conflictWith({}, { ...stored, updatedByName: "Claire Fabre" }).updatedBy, "Claire Fabre");
});

test("a note's tags are its known ones, in the theme's order, one per line", () => {
  assert.deepEqual(noteFormValues({ theme: "besoins", text: "Délais", tags: ["delais", "inconnu", "sans_medecin_traitant"] }), { text: "Délais", tags: "sans_medecin_traitant\ndelais" });
});

test("a named line is not anonymous; a nearby commune without its name shows its code", () => {
  const theirs = lineConflict(
    {
      profession: "infirmier",
      professionOther: null,
      name: "Marie Pagès",
      practiceLocation: "proximite",
      practiceCommuneCode: "48103",
      practiceForm: "isole",
      ageBracket: "inconnu",
      departure: "inconnu",
      interest: "non_sollicite",
      email: null,
      phone: null,
      note: null,
      source: "commune",
    },
    null,
    stored,
  ).theirs;
  assert.equal(theirs.anonymous, "");
  assert.equal(theirs.name, "Marie Pagès");
  assert.equal(theirs.practiceCommuneLabel, "48103 (48103)");
  assert.equal(theirs.email, "");
});
