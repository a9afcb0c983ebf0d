import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { MeetingStatus } from "@/lib/domain/enums";
import { answerAdvice, answerSummary, canRemind, inviteeProfession, parseEmailList, professionsMatching, professionLabel, REMINDER_INTERVAL_MS } from "./invitees";

describe("pasted addresses", () => {
  test("commas, semicolons, spaces and lines all separate; addresses are lower-cased", () => {
    const r = parseEmailList("a@x.fr, B@X.fr;c@x.fr\nd@x.fr  e@x.fr");
    assert.deepEqual(r.people.map((p) => p.email), ["a@x.fr", "b@x.fr", "c@x.fr", "d@x.fr", "e@x.fr"]);
    assert.deepEqual(r.invalid, []);
  });

  test("each invalid entry is reported by itself, in the order typed", () => {
    const r = parseEmailList("a@x.fr, jean.dupont@, b@x.fr; pas-une-adresse\n@x.fr");
    assert.deepEqual(r.invalid, ["jean.dupont@", "pas-une-adresse", "@x.fr"]);
    assert.deepEqual(r.people.map((p) => p.email), ["a@x.fr", "b@x.fr"]);
  });

  test("duplicates are merged, whatever their case, and reported once", () => {
    const r = parseEmailList("a@x.fr, A@x.fr, b@x.fr, a@X.FR");
    assert.deepEqual(r.people.map((p) => p.email), ["a@x.fr", "b@x.fr"]);
    assert.deepEqual(r.duplicates, ["a@x.fr"]);
  });

  test("names copied from a mail program are kept", () => {
    const r = parseEmailList('"Dr Anne Martin" <anne.martin@x.fr>, Paul Roux <paul@x.fr>; mailto:c@x.fr');
    assert.deepEqual(r.people, [
      { email: "anne.martin@x.fr", name: "Dr Anne Martin" },
      { email: "paul@x.fr", name: "Paul Roux" },
      { email: "c@x.fr", name: null },
    ]);
  });

  test("blank input gives nothing", () => {
    assert.deepEqual(parseEmailList(" ,; \n "), { people: [], invalid: [], duplicates: [] });
  });
});

describe("professions", () => {
  test("codes have their label, free text stays, blank is 'not specified'", () => {
    assert.equal(professionLabel("infirmier"), "Infirmier·ère");
    assert.equal(professionLabel("Assistante sociale"), "Assistante sociale");
    assert.equal(professionLabel(""), "Profession non précisée");
  });

  test("from the inventory: the code, or the typed label for 'autre'", () => {
    assert.equal(inviteeProfession({ profession: "sage_femme", professionOther: null }), "sage_femme");
    assert.equal(inviteeProfession({ profession: "autre", professionOther: " Assistante sociale " }), "Assistante sociale");
    assert.equal(inviteeProfession({ profession: "autre", professionOther: null }), "autre");
  });
});

describe("the professions a search names", () => {
  test("the beginning of a label's word, or its feminine, accents and case aside", () => {
    assert.deepEqual(professionsMatching("infirmière"), ["infirmier", "infirmier_pratique_avancee"]);
    assert.deepEqual(professionsMatching("Infirm pratique"), ["infirmier_pratique_avancee"]);
    assert.deepEqual(professionsMatching("médecin"), ["medecin_generaliste", "medecin_specialiste"]);
    assert.deepEqual(professionsMatching("kiné"), ["masseur_kinesitherapeute"]);
    assert.deepEqual(professionsMatching("pharmacienne"), ["pharmacien"]);
    assert.deepEqual(professionsMatching("assistante médicale"), ["assistant_medical"]);
    assert.deepEqual(professionsMatching("Sage-femme"), ["sage_femme"]);
  });

  test("nothing for a name, a blank, or « autre » (other professions are searched as typed)", () => {
    assert.deepEqual(professionsMatching("Martin"), []);
    assert.deepEqual(professionsMatching("  "), []);
    assert.deepEqual(professionsMatching("autre"), []);
  });
});

describe("who may be reminded", () => {
  const now = new Date("2026-11-30T10:00:00Z");
  const base = { answer: null, tokenHash: "h", deliveryStatus: "sent" as const, lastReminderAt: null };

  test("an invitee whose invitation arrived and who has not answered", () => {
    assert.equal(canRemind(base, now), true);
  });

  test("not those who answered — not even 'peut-être' or 'non'", () => {
    for (const answer of ["oui", "non", "peut_etre"] as const) assert.equal(canRemind({ ...base, answer }, now), false);
  });

  test("not a failed or pending delivery, nor a draft's invitee", () => {
    assert.equal(canRemind({ ...base, deliveryStatus: "failed" }, now), false);
    assert.equal(canRemind({ ...base, deliveryStatus: "pending" }, now), false);
    assert.equal(canRemind({ ...base, tokenHash: null }, now), false);
  });

  test("at most once a day", () => {
    assert.equal(canRemind({ ...base, lastReminderAt: new Date(now.getTime() - REMINDER_INTERVAL_MS + 60_000) }, now), false);
    assert.equal(canRemind({ ...base, lastReminderAt: new Date(now.getTime() - REMINDER_INTERVAL_MS) }, now), true);
  });
});

describe("who is coming, by profession", () => {
  test("counts every answer; no answer is 'sans réponse', never 'non'", () => {
    const s = answerSummary([
      { profession: "medecin_generaliste", answer: "oui" },
      { profession: "infirmier", answer: null },
      { profession: "infirmier", answer: "peut_etre" },
      { profession: "pharmacien", answer: "non" },
    ]);
    assert.deepEqual(s.counts, { oui: 1, non: 1, peut_etre: 1, sans_reponse: 1 });
    assert.equal(s.total, 4);
  });

  test("one profession among the 'oui' is not multi-professional; two are", () => {
    const one = answerSummary([
      { profession: "medecin_generaliste", answer: "oui" },
      { profession: "medecin_generaliste", answer: "oui" },
      { profession: "infirmier", answer: "peut_etre" },
    ]);
    assert.deepEqual(one.professionsComing, ["Médecin généraliste"]);
    assert.equal(one.multiProfessional, false);
    const two = answerSummary([
      { profession: "medecin_generaliste", answer: "oui" },
      { profession: "infirmier", answer: "oui" },
    ]);
    assert.equal(two.multiProfessional, true);
  });

  test("rows sorted by 'oui'; free-text professions grouped whatever their case; unknown profession never counted", () => {
    const s = answerSummary([
      { profession: "Assistante sociale", answer: "oui" },
      { profession: "assistante sociale ", answer: "oui" },
      { profession: "infirmier", answer: "oui" },
      { profession: "", answer: "oui" },
      { profession: "pharmacien", answer: null },
    ]);
    assert.deepEqual(
      s.byProfession.map((r) => [r.label, r.oui, r.sans_reponse]),
      [
        ["Assistante sociale", 2, 0],
        ["Infirmier·ère", 1, 0],
        ["Profession non précisée", 1, 0],
        ["Pharmacien·ne", 0, 1],
      ],
    );
    assert.deepEqual(s.professionsComing, ["Assistante sociale", "Infirmier·ère"]);
  });
});

describe("the advice on the answers", () => {
  const START = new Date("2026-12-03T17:30:00Z");
  const BEFORE = new Date(START.getTime() - 86_400_000);
  const AFTER = new Date(START.getTime() + 7 * 86_400_000);
  const meeting = (status: MeetingStatus) => ({ status, startsAt: START, durationMinutes: 90 });
  const none = answerSummary([{ profession: "infirmier", answer: null }]);
  const one = answerSummary([{ profession: "infirmier", answer: "oui" }]);
  const two = answerSummary([
    { profession: "infirmier", answer: "oui" },
    { profession: "medecin_generaliste", answer: "oui" },
  ]);

  test("while answers are open: remind when there is no profession or one only among the « oui »", () => {
    const open = meeting("invitations_envoyees");
    assert.deepEqual(answerAdvice(none, open, BEFORE), {
      tone: "warning",
      title: "Aucune profession parmi les « oui » pour l'instant",
      text: "une équipe pluriprofessionnelle a besoin de plusieurs professions. Relancez les personnes sans réponse ou invitez d'autres professions.",
    });
    assert.equal(answerAdvice(one, open, BEFORE)?.title, "Une seule profession parmi les « oui »");
    assert.match(answerAdvice(one, open, BEFORE)!.text, /^Infirmier·ère : une équipe pluriprofessionnelle/);
    assert.deepEqual(answerAdvice(two, open, BEFORE), { tone: "success", title: "2 professions parmi les « oui »", text: "Infirmier·ère, Médecin généraliste : la rencontre réunit plusieurs professions." });
  });

  test("gone once the meeting is cancelled or held, whatever the answers and the clock", () => {
    for (const s of [none, one, two]) {
      for (const now of [BEFORE, AFTER]) {
        assert.equal(answerAdvice(s, meeting("annulee"), now), null);
        assert.equal(answerAdvice(s, meeting("tenue"), now), null);
      }
    }
  });

  test("gone too once it has started (nobody can be reminded any more), and for a draft (nobody asked yet)", () => {
    assert.equal(answerAdvice(none, meeting("invitations_envoyees"), START), null);
    assert.equal(answerAdvice(none, meeting("invitations_envoyees"), AFTER), null);
    assert.equal(answerAdvice(none, meeting("brouillon"), BEFORE), null);
  });
});
