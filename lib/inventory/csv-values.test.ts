import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { PROFESSIONS, PROFESSION_LABELS } from "@/lib/domain/enums";
import { findInterest, findProfession, genderedSpellings } from "./csv-values";

describe("professions typed in a CSV cell", () => {
  test("every label of the list, written for both genders, reads as its profession", () => {
    for (const p of PROFESSIONS) assert.equal(findProfession(PROFESSION_LABELS[p]), p, PROFESSION_LABELS[p]);
  });

  test("the former masculine labels are still accepted (files exported before, habits)", () => {
    const former: Record<string, string> = {
      "Chirurgien-dentiste": "chirurgien_dentiste",
      Pharmacien: "pharmacien",
      Infirmier: "infirmier",
      "Infirmier en pratique avancée": "infirmier_pratique_avancee",
      "Masseur-kinésithérapeute": "masseur_kinesitherapeute",
      Psychomotricien: "psychomotricien",
      Diététicien: "dieteticien",
      "Assistant médical": "assistant_medical",
    };
    for (const [text, code] of Object.entries(former)) assert.equal(findProfession(text), code, text);
  });

  test("the feminine forms, and the labels typed without the median point", () => {
    const typed: Record<string, string> = {
      Pharmacienne: "pharmacien",
      "Pharmacien(ne)": "pharmacien",
      "pharmacien.ne": "pharmacien",
      Infirmière: "infirmier",
      "Infirmier.ère": "infirmier",
      "Infirmier-ère": "infirmier",
      "Infirmier/ère": "infirmier",
      "Infirmier•ère": "infirmier",
      "infirmier ere": "infirmier",
      Infirmierère: "infirmier",
      "Infirmier·e": "infirmier",
      "Infirmière en pratique avancée": "infirmier_pratique_avancee",
      "Infirmier.ère en pratique avancée": "infirmier_pratique_avancee",
      "Chirurgienne-dentiste": "chirurgien_dentiste",
      "Chirurgien.ne-dentiste": "chirurgien_dentiste",
      "Masseuse-kinésithérapeute": "masseur_kinesitherapeute",
      "Masseur.se-kinésithérapeute": "masseur_kinesitherapeute",
      Psychomotricienne: "psychomotricien",
      "DIÉTÉTICIEN.NE": "dieteticien",
      "Assistante médicale": "assistant_medical",
      "Assistant.e médical.e": "assistant_medical",
      "Assistant(e) médical(e)": "assistant_medical",
    };
    for (const [text, code] of Object.entries(typed)) assert.equal(findProfession(text), code, text);
  });

  test("no spelling of one profession is taken by another", () => {
    for (const p of PROFESSIONS) {
      for (const s of genderedSpellings(PROFESSION_LABELS[p])) assert.equal(findProfession(s), p, s);
    }
  });

  test("the spellings derived from a gendered label; none for a label without a median point", () => {
    assert.deepEqual(genderedSpellings("Assistant·e médical·e"), ["Assistant médical", "Assistante médicale"]);
    assert.deepEqual(genderedSpellings("Infirmier·ère en pratique avancée"), ["Infirmier en pratique avancée", "Infirmierère en pratique avancée"]);
    assert.deepEqual(genderedSpellings("Orthophoniste"), []);
  });

  test("unknown professions stay unknown", () => {
    assert.equal(findProfession("Ostéopathe"), undefined);
    assert.equal(findProfession("Infirm"), undefined);
  });

  test("other lists' gendered labels read the same way", () => {
    assert.equal(findInterest("Pas encore sollicité·e"), "non_sollicite");
    assert.equal(findInterest("pas encore sollicitée"), "non_sollicite");
  });
});
