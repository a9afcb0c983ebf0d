import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { addDays, checklist, checklistProgress, dueNext, mandateDay, type ChecklistFacts, type ChecklistState } from "./rules";

const start = "2026-03-22";
const at = (iso: string) => new Date(`${iso}T10:00:00+02:00`);
const nothing: ChecklistFacts = {
  mandateStart: start,
  federationAccepted: null,
  referents: null,
  inventory: { professionals: 0, thirdLineAt: null },
  firstMeetingHeld: null,
  meetingPlace: null,
  nextSteps: { count: 0, firstAt: null },
  responsibilities: { actors: [], latestAt: null },
};
const state = (code: string, status: ChecklistState["status"]): ChecklistState => ({
  code,
  status,
  ownerId: null,
  ownerName: null,
  note: null,
  version: 1,
  updatedAt: at("2026-04-01"),
  updatedByName: "Claire Fabre",
});
const byCode = (entries: ReturnType<typeof checklist>) => new Map(entries.map((e) => [e.code, e]));

describe("mandateDay", () => {
  for (const [day, phase] of [
    [0, "30_jours"],
    [29, "30_jours"],
    [30, "30_60_jours"],
    [59, "30_60_jours"],
    [60, "60_100_jours"],
    [99, "60_100_jours"],
    [100, "au_dela"],
    [250, "au_dela"],
  ] as const) {
    test(`day ${day} is in phase ${phase}`, () => assert.deepEqual(mandateDay(start, addDays(start, day)), { day, phase }));
  }
  test("before the mandate begins: a negative day, the first phase", () => assert.deepEqual(mandateDay(start, "2026-03-20"), { day: -2, phase: "30_jours" }));
  test("a month boundary and a DST change count whole days", () => assert.equal(mandateDay("2026-03-28", "2026-04-02").day, 5));
});

describe("checklist", () => {
  test("due dates from the mandate's start: day 30, 60 and 100", () => {
    const e = byCode(checklist(nothing, [], start));
    assert.equal(e.get("contacter_federation")?.dueDate, "2026-04-21");
    assert.equal(e.get("premiere_rencontre")?.dueDate, "2026-05-21");
    assert.equal(e.get("communiquer_habitants")?.dueDate, "2026-06-30");
  });

  test("nothing happened: everything to do, nothing overdue on day 30, the first phase overdue on day 31", () => {
    assert.ok(checklist(nothing, [], addDays(start, 30)).every((e) => e.status === "a_faire" && !e.overdue && e.proof === null));
    const late = checklist(nothing, [], addDays(start, 31));
    assert.deepEqual(
      late.filter((e) => e.overdue).map((e) => e.code),
      ["contacter_federation", "designer_referent_sante", "etat_des_lieux"],
    );
    assert.equal(late[0].daysLeft, -1);
  });

  test("after day 100 every open item is overdue; done and 'sans objet' never are", () => {
    const entries = checklist(nothing, [state("valoriser_existant", "fait"), state("associer_partenaires", "sans_objet"), state("communiquer_habitants", "en_cours")], addDays(start, 101));
    const e = byCode(entries);
    assert.equal(e.get("valoriser_existant")?.overdue, false);
    assert.equal(e.get("associer_partenaires")?.overdue, false);
    assert.equal(e.get("communiquer_habitants")?.overdue, true);
    assert.equal(entries.filter((x) => x.overdue).length, 9);
  });

  test("each automatic item ticks itself from its fact, with the event as proof", () => {
    const facts: ChecklistFacts = {
      ...nothing,
      federationAccepted: { federationName: "Fécop", at: at("2026-04-07") },
      referents: { names: ["Thomas Rouquette"], firstAt: at("2026-04-02") },
      inventory: { professionals: 12, thirdLineAt: at("2026-04-10") },
      firstMeetingHeld: { meetingId: 2, title: "Rencontre de lancement", at: at("2026-05-05") },
      meetingPlace: { place: "Salle du conseil", at: at("2026-05-06") },
      nextSteps: { count: 5, firstAt: at("2026-05-07") },
      responsibilities: { actors: ["commune", "professionnels", "federation", "ars"], latestAt: at("2026-05-09") },
    };
    const e = byCode(checklist(facts, [], addDays(start, 50)));
    assert.equal(e.get("contacter_federation")?.proof?.text, "Demande acceptée par la Fécop le 7 avril 2026");
    assert.equal(e.get("designer_referent_sante")?.proof?.text, "Référent·e désigné·e : Thomas Rouquette (depuis le 2 avril 2026)");
    assert.equal(e.get("etat_des_lieux")?.proof?.text, "12 professionnels recensés, partagés avec la Fécop");
    assert.deepEqual(e.get("etat_des_lieux")?.proof?.at, at("2026-04-10"));
    assert.equal(e.get("premiere_rencontre")?.proof?.text, "« Rencontre de lancement » tenue le 5 mai 2026");
    assert.equal(e.get("lieu_de_rencontre")?.proof?.text, "Lieu proposé : Salle du conseil (enregistré le 6 mai 2026)");
    assert.equal(e.get("premieres_etapes")?.proof?.text, "5 prochaines étapes définies");
    assert.match(e.get("roles_de_chacun")?.proof?.text ?? "", /4 acteurs/);
    for (const code of ["contacter_federation", "designer_referent_sante", "etat_des_lieux", "premiere_rencontre", "lieu_de_rencontre", "premieres_etapes", "roles_de_chacun"]) {
      assert.equal(e.get(code as never)?.status, "fait", code);
      assert.equal(e.get(code as never)?.automatic, true, code);
    }
    for (const code of ["valoriser_existant", "structurer_demarche", "associer_partenaires", "communiquer_habitants"]) {
      assert.equal(e.get(code as never)?.automatic, false, code);
      assert.equal(e.get(code as never)?.status, "a_faire", code);
    }
  });

  test("a fact overrides the hand-set status; without it the hand-set status stands", () => {
    const ticked = byCode(checklist({ ...nothing, federationAccepted: { federationName: "Fécop", at: at("2026-04-07") } }, [state("contacter_federation", "en_cours")], start));
    assert.equal(ticked.get("contacter_federation")?.status, "fait");
    assert.equal(ticked.get("contacter_federation")?.state?.status, "en_cours");
    const hand = byCode(checklist(nothing, [state("contacter_federation", "en_cours")], start));
    assert.equal(hand.get("contacter_federation")?.status, "en_cours");
  });

  test("the inventory counts from 3 lines and only once shared with an accepting federation", () => {
    const two = { ...nothing, inventory: { professionals: 2, thirdLineAt: null }, federationAccepted: { federationName: "Fécop", at: at("2026-04-07") } };
    assert.equal(byCode(checklist(two, [], start)).get("etat_des_lieux")?.status, "a_faire");
    const notShared = { ...nothing, inventory: { professionals: 3, thirdLineAt: at("2026-04-01") } };
    assert.equal(byCode(checklist(notShared, [], start)).get("etat_des_lieux")?.status, "a_faire");
    const shared = { ...notShared, federationAccepted: { federationName: "Fécop", at: at("2026-04-07") } };
    const e = byCode(checklist(shared, [], start)).get("etat_des_lieux");
    assert.equal(e?.status, "fait");
    assert.deepEqual(e?.proof?.at, at("2026-04-07"), "shared on acceptance, after the third line");
  });

  test("roles need the commune, the professionals and the federation", () => {
    const partial = { ...nothing, responsibilities: { actors: ["commune", "federation", "ars"] as const, latestAt: at("2026-05-09") } };
    assert.equal(byCode(checklist({ ...partial, responsibilities: { ...partial.responsibilities, actors: [...partial.responsibilities.actors] } }, [], start)).get("roles_de_chacun")?.status, "a_faire");
  });
});

describe("progress and what is due next", () => {
  test("per phase, 'sans objet' counts as closed; the most urgent open items first", () => {
    const facts = { ...nothing, referents: { names: ["Thomas Rouquette"], firstAt: at("2026-04-02") } };
    const entries = checklist(facts, [state("contacter_federation", "sans_objet"), state("premiere_rencontre", "en_cours")], addDays(start, 35));
    const p = checklistProgress(entries);
    assert.deepEqual(
      p.phases.map((x) => [x.code, x.done, x.total, x.overdue]),
      [
        ["30_jours", 2, 3, 1],
        ["30_60_jours", 0, 4, 0],
        ["60_100_jours", 0, 4, 0],
      ],
    );
    assert.deepEqual([p.done, p.total, p.overdue], [2, 11, 1]);
    assert.deepEqual(
      dueNext(entries).map((e) => e.code),
      ["etat_des_lieux", "premiere_rencontre", "lieu_de_rencontre"],
    );
  });
});
