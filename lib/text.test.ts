import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeSearch } from "./text";

test("lower-cases and strips accents", () => {
  assert.equal(normalizeSearch("ÉVREUX"), "evreux");
  assert.equal(normalizeSearch("Évreux"), "evreux");
  assert.equal(normalizeSearch("Île-de-France"), "ile de france");
  assert.equal(normalizeSearch("Ça Ü Ñ"), "ca u n");
});

test("hyphens, apostrophes and dots become spaces; spaces collapse", () => {
  assert.equal(normalizeSearch("L'Isle-d'Abeau"), "l isle d abeau");
  assert.equal(normalizeSearch("L’Isle-d’Abeau"), "l isle d abeau");
  assert.equal(normalizeSearch("  Aix-en-Provence  "), "aix en provence");
  assert.equal(normalizeSearch("St.  Malo"), "saint malo");
  assert.equal(normalizeSearch("a -- b"), "a b");
});

test("other punctuation is dropped too", () => {
  assert.equal(normalizeSearch("Château-Chinon (Ville)"), "chateau chinon ville");
  assert.equal(normalizeSearch("100%_x"), "100 x");
});

test("ligatures are spelled out", () => {
  assert.equal(normalizeSearch("Œuf-en-Ternois"), "oeuf en ternois");
  assert.equal(normalizeSearch("Lætitia"), "laetitia");
});

test("st / ste become saint / sainte, as a leading or a standalone word", () => {
  assert.equal(normalizeSearch("st etienne"), "saint etienne");
  assert.equal(normalizeSearch("Saint-Étienne"), "saint etienne");
  assert.equal(normalizeSearch("St-Étienne"), "saint etienne");
  assert.equal(normalizeSearch("Ste-Foy-lès-Lyon"), "sainte foy les lyon");
  assert.equal(normalizeSearch("Villeneuve-St-Georges"), "villeneuve saint georges");
  assert.equal(normalizeSearch("Sainte-Marie"), "sainte marie");
  // Only whole words: "stains", "steenvoorde", "est" are left alone.
  assert.equal(normalizeSearch("Stains"), "stains");
  assert.equal(normalizeSearch("Steenvoorde"), "steenvoorde");
  assert.equal(normalizeSearch("Bourg-l'Est"), "bourg l est");
});

test("empty and blank input", () => {
  assert.equal(normalizeSearch(""), "");
  assert.equal(normalizeSearch("  - ' . "), "");
});

test("idempotent", () => {
  for (const s of ["Saint-Étienne", "L’Isle-Jourdain", "st ste", "Œuvre"]) {
    assert.equal(normalizeSearch(normalizeSearch(s)), normalizeSearch(s));
  }
});

test("a query word named like an Object.prototype member is a word like any other", () => {
  assert.equal(normalizeSearch("constructor"), "constructor");
  assert.equal(normalizeSearch("toString st"), "tostring saint");
});
