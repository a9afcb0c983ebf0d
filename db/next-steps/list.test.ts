import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { listNextSteps, nextStepForEdit, nextStepsOfMeeting } from "./list";
import { createNextStep, setNextStepStatus } from "./steps";
import { nextStepFixture, statementsOf, NOW, type NextStepFixture } from "./test-fixture";

const { db, sqlite } = testDatabase();
let f: NextStepFixture;
before(() => {
  f = nextStepFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

type Over = Parameters<NextStepFixture["fields"]>[0];
const add = (title: string, over: Over = {}, meetingId: number | null = null) =>
  createNextStep(f.as(f.maire), { meetingId, lead: null, step: f.fields({ title, ...over }) }).step;
const done = (id: number, status: "fait" | "en_cours" | "abandonne" = "fait") => setNextStepStatus(f.as(f.maire), { nextStepId: id, version: 1, status, manage: true });
const titles = (l: { rows: { title: string }[] }) => l.rows.map((r) => r.title);

describe("the commune's next steps", () => {
  test("the viewer's own first, then open before closed, then by due date; another commune's never", () => {
    const mine = { owner: { kind: "membre", userId: f.referent.id } } as const;
    add("Autre, le 1er décembre", { dueOn: "2026-12-01" });
    add("À moi, le 20 décembre", { ...mine, dueOn: "2026-12-20" });
    done(add("À moi, faite", { ...mine, dueOn: "2026-11-25" }).id);
    add("À Lucie par sa fiche", { owner: { kind: "professionnel", professionalId: f.joinedLine.id }, dueOn: "2026-11-22" });
    done(add("Autre, abandonnée", { dueOn: "2026-11-01" }).id, "abandonne");
    add("Autre, le 21 novembre", { dueOn: "2026-11-21" });

    const forReferent = listNextSteps(f.as(f.referent), { viewerId: f.referent.id });
    assert.deepEqual(titles(forReferent), ["À moi, le 20 décembre", "À moi, faite", "Autre, le 21 novembre", "À Lucie par sa fiche", "Autre, le 1er décembre", "Autre, abandonnée"]);
    assert.deepEqual(forReferent.rows.map((r) => r.mine), [true, true, false, false, false, false]);
    assert.equal(forReferent.total, 6);
    assert.ok(!titles(forReferent).includes("Étape de Lyon"));

    // Lucie's line is linked to her account: the step given to the line is hers.
    const forLucie = listNextSteps(f.as(f.pro), { viewerId: f.pro.id });
    assert.equal(forLucie.rows[0].title, "À Lucie par sa fiche");
    assert.equal(forLucie.rows[0].mine, true);
  });

  test("overdue: open and due before today in Paris, changing at midnight in Paris", () => {
    add("Due hier", { dueOn: "2026-11-19" });
    add("Due aujourd'hui", { dueOn: "2026-11-20" });
    done(add("Faite, due hier", { dueOn: "2026-11-19" }).id);
    // NOW is 10:00 in Paris on the 20th.
    const morning = listNextSteps(f.as(f.referent), { viewerId: f.referent.id, overdue: true });
    assert.deepEqual(titles(morning), ["Due hier"]);
    assert.equal(morning.overdueCount, 1);
    assert.equal(morning.total, 1);
    assert.deepEqual(listNextSteps(f.as(f.referent), { viewerId: f.referent.id }).rows.map((r) => [r.title, r.overdue]), [
      ["Due hier", true],
      ["Due aujourd'hui", false],
      ["Faite, due hier", false],
    ]);
    // 23:59:59 in Paris: still the 20th. 00:00 in Paris (23:00 UTC): the 21st, « Due aujourd'hui » is overdue.
    const lastSecond = new Date("2026-11-20T22:59:59Z");
    assert.equal(listNextSteps(f.as(f.referent, lastSecond), { viewerId: f.referent.id }).overdueCount, 1);
    const midnight = new Date("2026-11-20T23:00:00Z");
    assert.deepEqual(titles(listNextSteps(f.as(f.referent, midnight), { viewerId: f.referent.id, overdue: true })), ["Due hier", "Due aujourd'hui"]);
  });

  test("filters: mine, an owner, a status; the counts label the filters under the owner filter alone", () => {
    const mine = { owner: { kind: "membre", userId: f.referent.id } } as const;
    add("À moi", mine);
    done(add("À moi, faite", mine).id);
    done(add("ARS en cours").id, "en_cours");
    add("CPAM", { owner: { kind: "acteur", actor: "cpam" } });

    assert.deepEqual(titles(listNextSteps(f.as(f.referent), { viewerId: f.referent.id, owner: "moi" })), ["À moi", "À moi, faite"]);
    const ars = listNextSteps(f.as(f.referent), { viewerId: f.referent.id, owner: "acteur:ars" });
    assert.deepEqual(titles(ars), ["ARS en cours"]);
    assert.deepEqual(ars.counts, { a_faire: 0, en_cours: 1, fait: 0, abandonne: 0 });

    const open = listNextSteps(f.as(f.referent), { viewerId: f.referent.id, status: "a_faire" });
    assert.deepEqual(titles(open), ["À moi", "CPAM"]);
    assert.equal(open.total, 2);
    assert.deepEqual(open.counts, { a_faire: 2, en_cours: 1, fait: 1, abandonne: 0 });

    assert.deepEqual(open.owners, [
      { value: "acteur:cpam", label: "La CPAM" },
      { value: "acteur:ars", label: "L'ARS" },
      { value: `membre:${f.referent.id}`, label: "Rose Référente" },
    ].sort((a, b) => a.label.localeCompare(b.label, "fr")));
    // A value that names nobody filters nothing.
    assert.equal(listNextSteps(f.as(f.referent), { viewerId: f.referent.id, owner: "n'importe quoi" }).total, 4);
  });

  test("rows carry their meeting, to link back to its synthesis", () => {
    add("Suite de la réunion", { dueOn: "2026-12-01" }, f.meeting.id);
    const [row] = listNextSteps(f.as(f.referent), { viewerId: f.referent.id }).rows;
    assert.deepEqual(row.meeting, { id: f.meeting.id, title: f.meeting.title, startsAt: f.meeting.startsAt });
  });

  test("50 a page on the server, the page kept within bounds, in the same number of queries for 3 or 120 steps", () => {
    for (let i = 0; i < 3; i++) add(`Étape ${i}`);
    const few = statementsOf(sqlite, () => listNextSteps(f.as(f.referent), { viewerId: f.referent.id }));
    for (let i = 3; i < 120; i++) add(`Étape ${i}`, { dueOn: `2027-01-${String((i % 28) + 1).padStart(2, "0")}` });
    const many = statementsOf(sqlite, () => listNextSteps(f.as(f.referent), { viewerId: f.referent.id, page: 2 }));
    assert.equal(many, few);
    assert.ok(many <= 3, `${many} queries`);

    const second = listNextSteps(f.as(f.referent), { viewerId: f.referent.id, page: 2 });
    assert.equal(second.rows.length, 50);
    assert.equal(second.pages, 3);
    assert.equal(second.total, 120);
    const third = listNextSteps(f.as(f.referent), { viewerId: f.referent.id, page: 3 });
    assert.equal(third.rows.length, 20);
    assert.equal(listNextSteps(f.as(f.referent), { viewerId: f.referent.id, page: 99 }).page, 3);
    assert.equal(listNextSteps(f.as(f.referent), { viewerId: f.referent.id, page: 0 }).page, 1);
    const everyId = [1, 2, 3].flatMap((page) => listNextSteps(f.as(f.referent), { viewerId: f.referent.id, page }).rows.map((r) => r.id));
    assert.equal(new Set(everyId).size, 120);
  });
});

describe("one meeting's steps, one step to edit", () => {
  test("the meeting's steps by due date, with owner, status and lead; another commune's meeting has none here", () => {
    createNextStep(f.as(f.maire), { meetingId: f.meeting.id, lead: "Un local", step: f.fields({ title: "Deux", dueOn: "2026-12-10" }) });
    createNextStep(f.as(f.maire), { meetingId: f.meeting.id, lead: null, step: f.fields({ title: "Un", dueOn: "2026-12-01", owner: { kind: "invite", inviteeId: f.anne.id } }) });
    add("Sans réunion");
    const steps = nextStepsOfMeeting(f.as(f.referent), { meetingId: f.meeting.id });
    assert.deepEqual(steps.map((s) => [s.title, s.ownerLabel, s.dueOn, s.status, s.lead]), [
      ["Un", "Anne Martin — Médecin généraliste", "2026-12-01", "a_faire", null],
      ["Deux", "L'ARS", "2026-12-10", "a_faire", "Un local"],
    ]);
    assert.deepEqual(nextStepsOfMeeting(f.as(f.maireLyon, NOW, f.wsLyon), { meetingId: f.meeting.id }), []);
  });

  test("a step for its edit page: form values and meeting; another commune's is null", () => {
    const s = createNextStep(f.as(f.maire), { meetingId: f.meeting.id, lead: null, step: f.fields({ dueOn: "2026-12-01" }) }).step;
    const edit = nextStepForEdit(f.as(f.referent), { nextStepId: s.id })!;
    assert.deepEqual(edit.values, { title: "Rencontrer l'ARS au sujet du zonage", details: "", owner: "acteur:ars", ownerLabel: "L'ARS", dueOn: "2026-12-01" });
    assert.equal(edit.meeting?.id, f.meeting.id);
    assert.equal(edit.updatedByName, "Michaël Delafosse");
    assert.equal(nextStepForEdit(f.as(f.referent), { nextStepId: f.lyonStep.id }), null);
  });
});
