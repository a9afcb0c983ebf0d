import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { REAL_ESTATE_HINTS, dashboardWarnings, isDoctor, mentionsRealEstate, normalize, type WarningFacts } from "./warnings";

/** A commune where all is well: day 45, core team in sight, federation accepted, a varied first meeting. */
const fine: WarningFacts = {
  day: 45,
  coreTeamInSight: true,
  openSteps: [{ title: "Organiser à l'officine un temps d'échange", details: "Infirmières, pharmacie et médecins." }],
  federationAccepted: true,
  latestRequest: { status: "accepted", federationName: "Fécop" },
  firstMeeting: {
    title: "Première rencontre",
    professions: [
      { profession: "medecin_generaliste", count: 2 },
      { profession: "infirmier", count: 1 },
    ],
  },
};
const codes = (f: WarningFacts) => dashboardWarnings(f).map((w) => w.code);

describe("mentionsRealEstate", () => {
  const yes = [
    "Recenser les locaux communaux disponibles en centre-ville",
    "Trouver un local pour les permanences",
    "Visiter le BÂTIMENT de l'ancienne poste",
    "Projet immobilier de la MSP",
    "Construire une maison de santé",
    "Maison de santé à construire",
    "Déposer le permis de construire",
    "Chiffrer les travaux de la future MSP",
    "Acheter un terrain à bâtir près de la gare",
    "Réserver des terrains communaux",
    "Rénover les murs de l'ancienne école",
    "Réhabilitation du presbytère",
    "Consulter un architecte",
    "Nouvelle construction rue Chanelles",
  ];
  for (const t of yes) test(`sees real estate in « ${t} »`, () => assert.equal(mentionsRealEstate(t), true));

  const no = [
    "Associer les partenaires locaux et les élus locaux",
    "Partir des réalités du terrain",
    "Trouver un terrain d'entente avec les infirmières",
    "Développer les consultations hors les murs",
    "Construire le projet de santé avec les professionnels",
    "La santé se construit collectivement",
    "Présenter le zonage et les aides à l'installation",
    "Organiser à l'officine un premier temps d'échange",
  ];
  for (const t of no) test(`sees no real estate in « ${t} »`, () => assert.equal(mentionsRealEstate(t), false));

  test("every wording the rule sees contains a hint the database pre-selects on (ASCII, LIKE is case-insensitive)", () => {
    for (const t of yes) {
      const lower = t.toLowerCase();
      assert.ok(
        REAL_ESTATE_HINTS.some((h) => lower.includes(h)),
        `« ${t} » has no hint`,
      );
    }
    for (const h of REAL_ESTATE_HINTS) assert.match(h, /^[a-z ]+$/);
  });

  test("normalize drops accents and case", () => assert.equal(normalize("Bâtiment À RÉNOVER"), "batiment a renover"));
});

describe("isDoctor", () => {
  test("codes and free text of doctors", () => {
    for (const p of ["medecin_generaliste", "medecin_specialiste", "Médecin du sport", "médecins", "Dr"]) assert.equal(isDoctor(p), true, p);
  });
  test("other professions", () => {
    for (const p of ["infirmier", "pharmacien", "Ostéopathe", "sage_femme", ""]) assert.equal(isDoctor(p), false, p);
  });
});

describe("dashboardWarnings", () => {
  test("none when all is well", () => assert.deepEqual(codes(fine), []));

  describe("a real-estate next step while no core team is in sight", () => {
    const local = { title: "Recenser les locaux communaux disponibles", details: "Surface, accessibilité, loyer possible." };
    test("warns, naming the step, with what to do", () => {
      const [w, ...rest] = dashboardWarnings({ ...fine, coreTeamInSight: false, openSteps: [local] });
      assert.equal(rest.length, 0);
      assert.equal(w.code, "immobilier_sans_equipe");
      assert.match(w.explanation, /« Recenser les locaux communaux disponibles »/);
      assert.match(w.advice, /deux médecins généralistes et un professionnel paramédical/);
      assert.equal(w.link.path, "/etat-des-lieux");
    });
    test("reads the details too", () => {
      assert.deepEqual(codes({ ...fine, coreTeamInSight: false, openSteps: [{ title: "Préparer le budget", details: "Dont les travaux de la salle." }] }), ["immobilier_sans_equipe"]);
    });
    test("silent once a core team is in sight", () => assert.deepEqual(codes({ ...fine, openSteps: [local] }), []));
    test("silent when no step is about real estate", () => assert.deepEqual(codes({ ...fine, coreTeamInSight: false }), []));
  });

  describe("no federation after day 30", () => {
    test("none sent at day 30: warns and points to the request", () => {
      const [w] = dashboardWarnings({ ...fine, day: 30, federationAccepted: false, latestRequest: null });
      assert.equal(w.code, "sans_federation");
      assert.match(w.explanation, /^31e jour du mandat, et aucune fédération n'a encore été sollicitée\./);
      assert.equal(w.link.label, "Solliciter la fédération");
    });
    test("a request still pending: warns, advising to call back", () => {
      const [w] = dashboardWarnings({ ...fine, day: 59, federationAccepted: false, latestRequest: { status: "pending", federationName: "Fécop" } });
      assert.match(w.explanation, /la demande adressée à la Fécop attend toujours sa réponse/);
      assert.match(w.advice, /Relancez/);
    });
    test("a declined request: warns", () => {
      const [w] = dashboardWarnings({ ...fine, day: 80, federationAccepted: false, latestRequest: { status: "declined", federationName: "Fécop" } });
      assert.match(w.explanation, /la Fécop a décliné la demande/);
    });
    test("silent before day 30", () => assert.deepEqual(codes({ ...fine, day: 29, federationAccepted: false, latestRequest: null }), []));
    test("silent once a federation accepted, whatever the day", () => assert.deepEqual(codes({ ...fine, day: 250 }), []));
  });

  describe("only doctors invited to the first meeting", () => {
    const doctors = { title: "Première rencontre", professions: [{ profession: "medecin_generaliste", count: 3 }, { profession: "Médecin du sport", count: 1 }] };
    test("warns when every invitee with a profession is a doctor", () => {
      const [w] = dashboardWarnings({ ...fine, firstMeeting: doctors });
      assert.equal(w.code, "que_des_medecins");
      assert.match(w.explanation, /Les 4 personnes invitées à « Première rencontre » sont toutes médecins/);
    });
    test("invitees without a profession are left out", () => {
      assert.deepEqual(codes({ ...fine, firstMeeting: { ...doctors, professions: [...doctors.professions, { profession: "", count: 2 }] } }), ["que_des_medecins"]);
    });
    test("silent with one other profession", () => {
      assert.deepEqual(codes({ ...fine, firstMeeting: { ...doctors, professions: [...doctors.professions, { profession: "infirmier", count: 1 }] } }), []);
    });
    test("silent with a single doctor invited", () => {
      assert.deepEqual(codes({ ...fine, firstMeeting: { title: "Première rencontre", professions: [{ profession: "medecin_generaliste", count: 1 }] } }), []);
    });
    test("silent without a first meeting", () => assert.deepEqual(codes({ ...fine, firstMeeting: null }), []));
  });

  test("all three at once, in the kit's order", () => {
    assert.deepEqual(
      codes({
        day: 40,
        coreTeamInSight: false,
        openSteps: [{ title: "Trouver un terrain", details: "" }],
        federationAccepted: false,
        latestRequest: null,
        firstMeeting: { title: "Première rencontre", professions: [{ profession: "medecin_generaliste", count: 2 }] },
      }),
      ["immobilier_sans_equipe", "sans_federation", "que_des_medecins"],
    );
  });
});
