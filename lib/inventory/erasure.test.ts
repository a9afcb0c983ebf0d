import { test } from "node:test";
import assert from "node:assert/strict";
import { ERASED_PROFESSIONAL, erasureTerms, scrubText } from "./erasure";

test("the terms: trimmed, without blanks or duplicates, longest first", () => {
  assert.deepEqual(erasureTerms(["Lou", " lou.berger@exemple.fr ", null, "", "LOU", "Lou Berger", undefined]), ["lou.berger@exemple.fr", "Lou Berger", "Lou"]);
});

test("a name, an address and a phone are replaced wherever they stand, whole words only", () => {
  const terms = erasureTerms(["Lou Berger", "Lou", "lou.berger@exemple.fr", "06 12 34 56 78"]);
  const text = "Marie a invité Lou Berger (lou.berger@exemple.fr, 06 12 34 56 78) ; Lou viendra de Toulouse avec Louise.";
  assert.equal(
    scrubText(text, terms),
    `Marie a invité ${ERASED_PROFESSIONAL} (${ERASED_PROFESSIONAL}, ${ERASED_PROFESSIONAL}) ; ${ERASED_PROFESSIONAL} viendra de Toulouse avec Louise.`,
  );
});

test("case-insensitive, and an address is not cut out of a longer one", () => {
  const terms = erasureTerms(["lou@exemple.fr"]);
  assert.equal(scrubText("Invitation envoyée à LOU@exemple.fr.", terms), `Invitation envoyée à ${ERASED_PROFESSIONAL}.`);
  assert.equal(scrubText("Invitation envoyée à malou@exemple.fr et lou@exemple.fr.co", terms), "Invitation envoyée à malou@exemple.fr et lou@exemple.fr.co");
});
