import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { coreTeam, coreTeamFromGroups, countLines, indicatorsFromGroups, inventoryIndicators, type IndicatorGroup, type IndicatorLine } from "./indicators";
import { PROFESSIONS } from "@/lib/domain/enums";
import { isParamedical } from "./professions";

/** A line with neutral defaults: in a group practice, not asked, age and departure unknown. */
function line(over: Partial<IndicatorLine> & Pick<IndicatorLine, "profession">): IndicatorLine {
  return { practiceForm: "cabinet_groupe", interest: "non_sollicite", ageBracket: "inconnu", departure: "inconnu", ...over };
}
const gp = (over: Partial<IndicatorLine> = {}) => line({ profession: "medecin_generaliste", ...over });
const nurse = (over: Partial<IndicatorLine> = {}) => line({ profession: "infirmier", ...over });
const PERSONAL = { personal: true };

describe("équipe cœur (2 interested GPs + 1 interested paramedical)", () => {
  test("exactly the minimum: in sight", () => {
    const t = coreTeam([gp({ interest: "oui" }), gp({ interest: "oui" }), nurse({ interest: "oui" })], PERSONAL);
    assert.equal(t.inSight, true);
    assert.equal(t.missingGPs, 0);
    assert.equal(t.missingParamedical, 0);
    assert.match(t.sentence, /^Équipe cœur en vue : 2 médecins généralistes intéressés et 1 professionnel paramédical intéressé/);
  });

  test("one GP short: not in sight, says what is missing", () => {
    const t = coreTeam([gp({ interest: "oui" }), nurse({ interest: "oui" }), nurse({ interest: "oui" })], PERSONAL);
    assert.equal(t.inSight, false);
    assert.equal(t.missingGPs, 1);
    assert.equal(t.missingParamedical, 0);
    assert.equal(
      t.sentence,
      "Pas encore d'équipe cœur : 1 médecin généraliste intéressé et 2 professionnels paramédicaux intéressés ; il manque 1 médecin généraliste intéressé pour atteindre le minimum d'une maison de santé (deux médecins généralistes et un professionnel paramédical).",
    );
  });

  test("no paramedical: not in sight", () => {
    const t = coreTeam([gp({ interest: "oui" }), gp({ interest: "oui" }), gp({ interest: "oui" })], PERSONAL);
    assert.equal(t.inSight, false);
    assert.equal(t.missingParamedical, 1);
    assert.match(t.sentence, /il manque 1 professionnel paramédical intéressé/);
  });

  test("empty inventory: both missing", () => {
    const t = coreTeam([], PERSONAL);
    assert.deepEqual([t.inSight, t.missingGPs, t.missingParamedical], [false, 2, 1]);
    assert.match(t.sentence, /aucun médecin généraliste intéressé et aucun professionnel paramédical intéressé ; il manque 2 médecins généralistes intéressés et 1 professionnel paramédical intéressé/);
  });

  test("« peut-être », « non » and « pas encore sollicité » do not count", () => {
    const t = coreTeam(
      [gp({ interest: "oui" }), gp({ interest: "peut_etre" }), gp({ interest: "non" }), gp({ interest: "non_sollicite" }), nurse({ interest: "oui" })],
      PERSONAL,
    );
    assert.equal(t.inSight, false);
    assert.equal(t.interestedGPs, 1);
  });

  test("a specialist is not a general practitioner", () => {
    const t = coreTeam([gp({ interest: "oui" }), line({ profession: "medecin_specialiste", interest: "oui" }), nurse({ interest: "oui" })], PERSONAL);
    assert.equal(t.inSight, false);
    assert.equal(t.missingGPs, 1);
  });

  test("pharmacist, dentist, midwife, psychologist and « autre » are not paramedical; IPA, kiné, orthophoniste are", () => {
    for (const p of ["pharmacien", "chirurgien_dentiste", "sage_femme", "psychologue", "assistant_medical", "autre", "medecin_specialiste"] as const) {
      const t = coreTeam([gp({ interest: "oui" }), gp({ interest: "oui" }), line({ profession: p, interest: "oui", professionOther: "Ostéopathe" })], PERSONAL);
      assert.equal(t.inSight, false, p);
      assert.equal(isParamedical(p), false, p);
    }
    for (const p of ["infirmier_pratique_avancee", "masseur_kinesitherapeute", "orthophoniste", "pedicure_podologue", "dieteticien"] as const) {
      assert.equal(coreTeam([gp({ interest: "oui" }), gp({ interest: "oui" }), line({ profession: p, interest: "oui" })], PERSONAL).inSight, true, p);
    }
  });

  test("warns when an interested GP plans to leave within 2 years, only for viewers who may see departures", () => {
    const lines = [gp({ interest: "oui", departure: "moins_2_ans" }), gp({ interest: "oui", departure: "2_5_ans" }), nurse({ interest: "oui" })];
    const team = coreTeam(lines, PERSONAL);
    assert.equal(team.inSight, true);
    assert.equal(team.interestedGPsLeavingSoon, 1);
    assert.match(team.sentence, /Attention : l'un des médecins intéressés prévoit de partir d'ici 2 ans\.$/);
    const other = coreTeam(lines.map((l) => ({ ...l, departure: null, ageBracket: null })), { personal: false });
    assert.equal(other.interestedGPsLeavingSoon, null);
    assert.doesNotMatch(other.sentence, /partir/);
  });
});

describe("inventoryIndicators", () => {
  const sample: IndicatorLine[] = [
    gp({ interest: "oui", ageBracket: "62_plus", departure: "moins_2_ans", practiceForm: "isole" }),
    gp({ interest: "peut_etre", ageBracket: "55_61", departure: "2_5_ans" }),
    gp({ interest: "oui", ageBracket: "40_54", departure: "aucun" }),
    gp({ ageBracket: "inconnu", departure: "inconnu" }),
    nurse({ interest: "oui", ageBracket: "moins_40", departure: "aucun", practiceForm: "isole" }),
    nurse({ interest: "non", ageBracket: "62_plus", departure: "moins_2_ans" }),
    line({ profession: "pharmacien", interest: "oui", ageBracket: "55_61", departure: "aucun", practiceForm: "isole" }),
    line({ profession: "autre", professionOther: "Ostéopathe", interest: "peut_etre", practiceForm: "msp" }),
    line({ profession: "autre", professionOther: "ostéopathe", practiceForm: "centre_sante" }),
  ];

  test("counts by profession, in the list's order, « autre » grouped by its label", () => {
    const i = inventoryIndicators(sample, PERSONAL);
    assert.equal(i.total, 9);
    assert.deepEqual(
      i.byProfession.map((p) => [p.label, p.count, p.interested, p.maybe]),
      [
        ["Médecin généraliste", 4, 2, 1],
        ["Pharmacien·ne", 1, 1, 0],
        ["Infirmier·ère", 2, 1, 0],
        ["Ostéopathe", 2, 0, 1],
      ],
    );
    assert.equal(i.professionsSentence, "9 professionnels de santé recensés, dans la commune ou à proximité, répartis en 4 professions.");
  });

  test("general practitioners' departures: within 2 years, and within 5 years including those", () => {
    const gps = inventoryIndicators(sample, PERSONAL).generalPractitioners!;
    assert.deepEqual([gps.total, gps.leavingWithin2, gps.leavingWithin5, gps.unknown], [4, 1, 2, 1]);
    assert.equal(
      gps.sentence,
      "2 des 4 médecins généralistes prévoient de partir d'ici 5 ans, dont 1 d'ici 2 ans. Les projets de départ de 1 médecin généraliste ne sont pas connus.",
    );
  });

  test("departure sentence when none leave, and when only later departures are planned", () => {
    assert.equal(inventoryIndicators([gp({ departure: "aucun" })], PERSONAL).generalPractitioners!.sentence, "Le médecin généraliste recensé ne prévoit pas de partir d'ici 5 ans.");
    assert.equal(
      inventoryIndicators([gp({ departure: "2_5_ans" }), gp({ departure: "aucun" })], PERSONAL).generalPractitioners!.sentence,
      "1 des 2 médecins généralistes prévoit de partir d'ici 5 ans, mais pas d'ici 2 ans.",
    );
    assert.equal(inventoryIndicators([nurse()], PERSONAL).generalPractitioners!.sentence, "Aucun médecin généraliste n'est recensé.");
  });

  test("departures for every profession: a nurse and a physiotherapist leaving within 5 years show in the table and the summary", () => {
    const i = inventoryIndicators(
      [...sample, line({ profession: "masseur_kinesitherapeute", departure: "2_5_ans" }), line({ profession: "masseur_kinesitherapeute", departure: "aucun" })],
      PERSONAL,
    );
    const row = (label: string) => i.byProfession.find((p) => p.label === label)!;
    assert.deepEqual([row("Infirmier·ère").leavingWithin2, row("Infirmier·ère").leavingWithin5, row("Infirmier·ère").departureUnknown], [1, 1, 0]);
    assert.deepEqual([row("Masseur·se-kinésithérapeute").leavingWithin2, row("Masseur·se-kinésithérapeute").leavingWithin5], [0, 1]);
    assert.deepEqual([row("Pharmacien·ne").leavingWithin2, row("Pharmacien·ne").leavingWithin5], [0, 0]);
    assert.deepEqual([row("Ostéopathe").departureUnknown, row("Ostéopathe").leavingWithin5], [2, 0]);
    const d = i.departures!;
    assert.deepEqual([d.total, d.leavingWithin2, d.leavingWithin5, d.unknown], [11, 2, 4, 3]);
    assert.deepEqual(
      d.byProfession.map((p) => [p.label, p.leavingWithin5, p.leavingWithin2]),
      [
        ["Médecin généraliste", 2, 1],
        ["Infirmier·ère", 1, 1],
        ["Masseur·se-kinésithérapeute", 1, 0],
      ],
    );
    assert.equal(d.sentence, "4 des 11 professionnels prévoient de partir d'ici 5 ans, dont 2 d'ici 2 ans. Les projets de départ de 3 professionnels ne sont pas connus.");
  });

  test("every profession's departures: within 5 years always counts those within 2 years", () => {
    const lines = PROFESSIONS.flatMap((profession) => [
      line({ profession, departure: "moins_2_ans" }),
      line({ profession, departure: "2_5_ans" }),
      line({ profession, departure: "aucun" }),
    ]);
    const i = inventoryIndicators(lines, PERSONAL);
    assert.equal(i.byProfession.length, PROFESSIONS.length);
    for (const p of i.byProfession) {
      assert.deepEqual([p.count, p.leavingWithin2, p.leavingWithin5, p.departureUnknown], [3, 1, 2, 0], p.label);
      assert.ok(p.leavingWithin5! >= p.leavingWithin2!, p.label);
    }
    assert.equal(i.departures!.byProfession.length, PROFESSIONS.length);
    assert.deepEqual([i.departures!.leavingWithin2, i.departures!.leavingWithin5], [PROFESSIONS.length, 2 * PROFESSIONS.length]);
  });

  test("counted groups give the same indicators as the lines they count, however the lines are split among groups", () => {
    const lines = [...sample, ...sample, gp({ interest: "oui", departure: "moins_2_ans" })];
    // Groups of one line each, then of every line of a profession: the same indicators.
    const single = lines.flatMap((l) => countLines([l]));
    const grouped = countLines(lines);
    assert.ok(grouped.length < single.length);
    for (const personal of [true, false]) {
      for (const groups of [single, grouped]) {
        assert.deepEqual(indicatorsFromGroups(groups, { personal }), inventoryIndicators(lines, { personal }));
        assert.deepEqual(coreTeamFromGroups(groups, { personal }), coreTeam(lines, { personal }));
      }
    }
    assert.equal(indicatorsFromGroups(grouped, PERSONAL).generalPractitioners!.leavingWithin2, 3);
    // What a group counts.
    const [nurses] = countLines([nurse({ interest: "oui", practiceForm: "isole", ageBracket: "62_plus", departure: "moins_2_ans" }), nurse({ interest: "peut_etre", ageBracket: null, departure: null })]);
    assert.deepEqual(nurses, {
      profession: "infirmier",
      professionOther: null,
      lines: 2,
      interested: 1,
      maybe: 1,
      notAsked: 0,
      isolated: 1,
      personal: { aged62Plus: 1, ageUnknown: 1, leavingWithin2: 1, leaving2to5: 0, departureUnknown: 1, interestedLeavingWithin2: 1 },
    } satisfies IndicatorGroup);
  });

  test("62 and over, with the unknown ages", () => {
    const a = inventoryIndicators(sample, PERSONAL).aged62Plus!;
    assert.deepEqual([a.count, a.unknown], [2, 3]);
    assert.equal(a.sentence, "2 professionnels ont 62 ans ou plus : des départs en retraite à anticiper ; l'âge de 3 professionnels n'est pas connu.");
  });

  test("isolated practitioners", () => {
    const i = inventoryIndicators(sample, PERSONAL).isolated;
    assert.equal(i.count, 3);
    assert.equal(i.sentence, "3 professionnels exercent seuls, hors cabinet de groupe, maison ou centre de santé.");
    assert.equal(inventoryIndicators([nurse({ practiceForm: "isole" })], PERSONAL).isolated.sentence, "1 professionnel exerce seul, hors cabinet de groupe, maison ou centre de santé.");
  });

  test("interest, overall and by profession (only professions with someone interested or hesitant)", () => {
    const i = inventoryIndicators(sample, PERSONAL).interest;
    assert.deepEqual([i.interested, i.maybe, i.notAsked], [4, 2, 2]);
    assert.deepEqual(
      i.byProfession.map((p) => p.label),
      ["Médecin généraliste", "Pharmacien·ne", "Infirmier·ère", "Ostéopathe"],
    );
    assert.equal(i.sentence, "4 professionnels se disent intéressés par un travail en équipe, 2 peut-être ; 2 n'ont pas encore été sollicités.");
  });

  test("without the right to see personal data, nothing derived from age or departure is computed", () => {
    const redacted = sample.map((l) => ({ ...l, ageBracket: null, departure: null }));
    const i = inventoryIndicators(redacted, { personal: false });
    assert.equal(i.generalPractitioners, null);
    assert.equal(i.departures, null);
    assert.ok(i.byProfession.every((p) => p.leavingWithin2 === null && p.leavingWithin5 === null && p.departureUnknown === null));
    assert.equal(i.aged62Plus, null);
    assert.equal(i.total, 9);
    assert.equal(i.coreTeam.interestedGPsLeavingSoon, null);
    assert.doesNotMatch(JSON.stringify(i), /partir|62 ans/);
  });

  test("empty inventory: zeroes and sentences that say so", () => {
    const i = inventoryIndicators([], PERSONAL);
    assert.equal(i.total, 0);
    assert.deepEqual(i.byProfession, []);
    assert.match(i.professionsSentence, /^Aucun professionnel de santé n'est encore recensé/);
    assert.equal(i.generalPractitioners!.total, 0);
    assert.equal(i.departures!.sentence, "Aucun professionnel recensé.");
    assert.deepEqual(i.departures!.byProfession, []);
    assert.equal(i.aged62Plus!.count, 0);
    assert.equal(i.coreTeam.inSight, false);
  });
});
