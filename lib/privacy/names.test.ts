import { test } from "node:test";
import assert from "node:assert/strict";
import { SOMEONE, labelFor, memberName, withoutAddresses } from "./names";

test("an address alone, inside a sentence, or several: each replaced; names untouched", () => {
  assert.equal(withoutAddresses("jeanne.roux@cabinet-infirmier.fr"), SOMEONE);
  assert.equal(withoutAddresses("Confiée à lea@exemple.fr — Infirmier·ère, d'ici le 3 mai."), `Confiée à ${SOMEONE} — Infirmier·ère, d'ici le 3 mai.`);
  assert.equal(withoutAddresses("a@b.fr, Claire Fabre et c.d@e-f.org."), `${SOMEONE}, Claire Fabre et ${SOMEONE}.`);
  assert.equal(withoutAddresses("Claire Fabre"), "Claire Fabre");
});

test("the team sees the label whole; anybody else without addresses; no label stays no label", () => {
  assert.equal(labelFor("lea@exemple.fr", true), "lea@exemple.fr");
  assert.equal(labelFor("lea@exemple.fr", false), SOMEONE);
  assert.equal(labelFor(null, false), null);
});

test("« Qui participe »: names for all; an unnamed member's address for the team only, a professional's never", () => {
  const named = { name: "Claire Fabre", email: "claire@mairie.fr", role: "maire" };
  const unnamedMaire = { name: "claire@mairie.fr", email: "claire@mairie.fr", role: "maire" };
  const unnamedPro = { name: "lea@idel.fr", email: "lea@idel.fr", role: "professionnel" };
  assert.equal(memberName(named, false), "Claire Fabre");
  assert.equal(memberName(unnamedMaire, true), "claire@mairie.fr");
  assert.equal(memberName(unnamedMaire, false), null);
  assert.equal(memberName(unnamedPro, true), null);
  assert.equal(memberName(unnamedPro, false), null);
});
