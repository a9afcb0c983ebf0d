import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addDepartures, departureSentence, GP_NOUNS, NO_DEPARTURES, PROFESSIONAL_NOUNS, professionDepartureItem, type Departures } from "./departures";
import type { DepartureHorizon } from "@/lib/domain/enums";

const of = (...horizons: (DepartureHorizon | null)[]): Departures => horizons.reduce((d, h) => addDepartures(d, h), { ...NO_DEPARTURES });
const gps = (...horizons: (DepartureHorizon | null)[]) => departureSentence(of(...horizons), GP_NOUNS);

describe("counting departures", () => {
  test("within 5 years includes within 2 years; unknown is « inconnu » or not visible", () => {
    assert.deepEqual(of("moins_2_ans", "2_5_ans", "aucun", "inconnu", null), { total: 5, leavingWithin2: 1, leavingWithin5: 2, unknown: 2 });
    assert.deepEqual(of("moins_2_ans", "moins_2_ans"), { total: 2, leavingWithin2: 2, leavingWithin5: 2, unknown: 0 });
    assert.deepEqual(of("2_5_ans"), { total: 1, leavingWithin2: 0, leavingWithin5: 1, unknown: 0 });
  });

  test("a counted group adds its lines at once", () => {
    const d = addDepartures({ ...NO_DEPARTURES }, "moins_2_ans", 40);
    addDepartures(d, "2_5_ans", 2);
    assert.deepEqual(d, { total: 42, leavingWithin2: 40, leavingWithin5: 42, unknown: 0 });
  });

  test("NO_DEPARTURES is not changed by adding to a copy", () => {
    addDepartures({ ...NO_DEPARTURES }, "moins_2_ans");
    assert.deepEqual(NO_DEPARTURES, { total: 0, leavingWithin2: 0, leavingWithin5: 0, unknown: 0 });
  });
});

describe("the departures' sentence", () => {
  test("the brief's example: 2 of 5 within 5 years, 1 of them within 2", () => {
    assert.equal(gps("moins_2_ans", "2_5_ans", "aucun", "aucun", "aucun"), "2 des 5 médecins généralistes prévoient de partir d'ici 5 ans, dont 1 d'ici 2 ans.");
  });

  test("0: nobody recorded, nobody leaving", () => {
    assert.equal(gps(), "Aucun médecin généraliste n'est recensé.");
    assert.equal(gps("aucun"), "Le médecin généraliste recensé ne prévoit pas de partir d'ici 5 ans.");
    assert.equal(gps("aucun", "aucun", "aucun"), "Aucun des 3 médecins généralistes ne prévoit de partir d'ici 5 ans.");
  });

  test("1: one leaving, within 2 years or later", () => {
    assert.equal(gps("moins_2_ans"), "Le médecin généraliste recensé prévoit de partir d'ici 2 ans.");
    assert.equal(gps("2_5_ans"), "Le médecin généraliste recensé prévoit de partir d'ici 5 ans, mais pas d'ici 2 ans.");
    assert.equal(gps("moins_2_ans", "aucun", "aucun", "aucun"), "1 des 4 médecins généralistes prévoit de partir d'ici 2 ans, aucun autre d'ici 5 ans.");
    assert.equal(gps("2_5_ans", "aucun"), "1 des 2 médecins généralistes prévoit de partir d'ici 5 ans, mais pas d'ici 2 ans.");
  });

  test("many: all within 2 years, none within 2, some within 2, everybody", () => {
    assert.equal(gps("moins_2_ans", "moins_2_ans", "aucun", "aucun"), "2 des 4 médecins généralistes prévoient de partir d'ici 2 ans, aucun autre d'ici 5 ans.");
    assert.equal(gps("2_5_ans", "2_5_ans", "aucun"), "2 des 3 médecins généralistes prévoient de partir d'ici 5 ans, mais aucun d'ici 2 ans.");
    assert.equal(gps("moins_2_ans", "2_5_ans", "2_5_ans", "aucun"), "3 des 4 médecins généralistes prévoient de partir d'ici 5 ans, dont 1 d'ici 2 ans.");
    assert.equal(gps("moins_2_ans", "2_5_ans"), "Les 2 médecins généralistes prévoient de partir d'ici 5 ans, dont 1 d'ici 2 ans.");
    assert.equal(gps("moins_2_ans", "moins_2_ans"), "Les 2 médecins généralistes prévoient de partir d'ici 2 ans.");
  });

  test("unknown plans are said, and never counted as staying", () => {
    assert.equal(gps("inconnu"), "Les projets de départ du médecin généraliste recensé ne sont pas connus.");
    assert.equal(gps("inconnu", null), "Les projets de départ des 2 médecins généralistes ne sont pas connus.");
    assert.equal(
      gps("moins_2_ans", "moins_2_ans", "inconnu"),
      "2 des 3 médecins généralistes prévoient de partir d'ici 2 ans. Les projets de départ de 1 médecin généraliste ne sont pas connus.",
    );
    assert.equal(gps("aucun", "inconnu", "inconnu"), "Aucun des 3 médecins généralistes ne prévoit de partir d'ici 5 ans. Les projets de départ de 2 médecins généralistes ne sont pas connus.");
  });

  test("every profession together", () => {
    assert.equal(
      departureSentence(of("moins_2_ans", "moins_2_ans", "2_5_ans", "2_5_ans", "inconnu", "aucun"), PROFESSIONAL_NOUNS),
      "4 des 6 professionnels prévoient de partir d'ici 5 ans, dont 2 d'ici 2 ans. Les projets de départ de 1 professionnel ne sont pas connus.",
    );
    assert.equal(departureSentence(of(), PROFESSIONAL_NOUNS), "Aucun professionnel recensé.");
  });

  test("a profession's item gives both counts, within 5 years first", () => {
    assert.equal(professionDepartureItem("Infirmier·ère", { leavingWithin2: 1, leavingWithin5: 2 }), "Infirmier·ère : 2 d'ici 5 ans, dont 1 d'ici 2 ans");
  });
});
