import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { coreTeam, inventoryIndicators, type IndicatorLine } from "./indicators";
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
      "Sur 4 médecins généralistes, 1 prévoit de partir d'ici 2 ans et 2 d'ici 5 ans (départs d'ici 2 ans compris) ; les projets de 1 médecin ne sont pas connus.",
    );
  });

  test("departure sentence when none leave, and when only later departures are planned", () => {
    assert.equal(inventoryIndicators([gp({ departure: "aucun" })], PERSONAL).generalPractitioners!.sentence, "Sur 1 médecin généraliste, aucun ne prévoit de partir d'ici 5 ans.");
    assert.equal(
      inventoryIndicators([gp({ departure: "2_5_ans" }), gp({ departure: "aucun" })], PERSONAL).generalPractitioners!.sentence,
      "Sur 2 médecins généralistes, aucun ne prévoit de partir d'ici 2 ans, mais 1 d'ici 5 ans.",
    );
    assert.equal(inventoryIndicators([nurse()], PERSONAL).generalPractitioners!.sentence, "Aucun médecin généraliste n'est recensé.");
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
    assert.equal(i.aged62Plus!.count, 0);
    assert.equal(i.coreTeam.inSight, false);
  });
});
