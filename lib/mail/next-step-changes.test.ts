import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { allowServerOnly, isolateEachTest, mailsWritten, testDatabase, withFailingOutbox } from "@/db/test-support";
import { createNextStep } from "@/db/next-steps";
import { nextStepFixture, type NextStepFixture } from "@/db/next-steps/test-fixture";

allowServerOnly();
const { createNextStepAndTell, updateNextStepAndTell } = await import("./next-step-changes");

const { db, sqlite } = testDatabase();
let f: NextStepFixture;
/** The fixture's meeting invitations, delivered: what the tests write comes after them. */
let setUp: number;
before(() => {
  f = nextStepFixture(db, sqlite);
  setUp = mailsWritten(db).length;
});
after(() => sqlite.close());
isolateEachTest(sqlite);

const MONTPELLIER = { code: "34172", name: "Montpellier" };
/** Every row a step and its e-mail write to. */
const snapshot = () => JSON.stringify(["next_step", "history_event", "mail"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()));
const mailsOfTest = () => mailsWritten(db).slice(setUp);
const written = () => mailsOfTest().map((m) => [m.to, m.subject]);

function writesNothing(fn: () => unknown, error: RegExp) {
  const before = snapshot();
  assert.throws(fn, error);
  assert.equal(snapshot(), before);
}

describe("adding a next step", () => {
  test("given to a member: written with the e-mail telling them, waiting for the worker", () => {
    const saved = createNextStepAndTell(f.as(f.referent), { meetingId: null, lead: null, step: f.fields({ owner: { kind: "membre", userId: f.maire.id } }) }, MONTPELLIER);
    assert.equal(saved.told, true);
    assert.deepEqual(written(), [[f.maire.email, "Prochaine étape pour vous : Rencontrer l'ARS au sujet du zonage — Montpellier, d'ici le 15 décembre 2026"]]);
    assert.equal(mailsOfTest()[0].status, "en_attente");
    assert.match(sqlite.prepare("select text from mail order by id desc").pluck().get() as string, /Rose Référente vous a confié une prochaine étape pour Montpellier/);
  });

  test("given to an actor, or by its owner to themselves: no e-mail", () => {
    assert.equal(createNextStepAndTell(f.as(f.referent), { meetingId: null, lead: null, step: f.fields() }, MONTPELLIER).told, false);
    assert.equal(createNextStepAndTell(f.as(f.referent), { meetingId: null, lead: null, step: f.fields({ owner: { kind: "membre", userId: f.referent.id } }) }, MONTPELLIER).told, false);
    assert.deepEqual(written(), []);
  });

  test("refused (a meeting of another commune) writes no e-mail; an outbox that cannot be written leaves no step", () => {
    const step = f.fields({ owner: { kind: "membre", userId: f.maire.id } });
    writesNothing(() => createNextStepAndTell(f.as(f.referent), { meetingId: f.lyonMeeting.id, lead: null, step }, MONTPELLIER), /Cette réunion n'existe pas/);
    withFailingOutbox(sqlite, () => writesNothing(() => createNextStepAndTell(f.as(f.referent), { meetingId: null, lead: null, step }, MONTPELLIER), /outbox down/));
  });
});

describe("editing a next step", () => {
  const actorStep = () => createNextStep(f.as(f.referent), { meetingId: null, lead: null, step: f.fields() }).step;

  test("given to someone else: written with the e-mail telling the new owner; other edits e-mail nobody", () => {
    const step = actorStep();
    const edited = updateNextStepAndTell(f.as(f.referent), { nextStepId: step.id, version: 1, step: f.fields({ title: "Rencontrer l'ARS en janvier" }) }, MONTPELLIER);
    assert.deepEqual([edited.told, written()], [false, []]);
    const handed = updateNextStepAndTell(f.as(f.referent), { nextStepId: step.id, version: 2, step: f.fields({ title: "Rencontrer l'ARS en janvier", owner: { kind: "membre", userId: f.maire.id } }) }, MONTPELLIER);
    assert.equal(handed.told, true);
    assert.deepEqual(written(), [[f.maire.email, "Prochaine étape pour vous : Rencontrer l'ARS en janvier — Montpellier, d'ici le 15 décembre 2026"]]);
    assert.match(sqlite.prepare("select text from mail order by id desc").pluck().get() as string, /vous confie désormais une prochaine étape/);
  });

  test("a stale version writes no e-mail; an outbox that cannot be written undoes the edit", () => {
    const step = actorStep();
    const handOver = (version: number) => updateNextStepAndTell(f.as(f.referent), { nextStepId: step.id, version, step: f.fields({ owner: { kind: "membre", userId: f.maire.id } }) }, MONTPELLIER);
    writesNothing(() => handOver(7), /modifié cette fiche pendant que vous l.éditiez/);
    withFailingOutbox(sqlite, () => writesNothing(() => handOver(1), /outbox down/));
    assert.equal(handOver(1).told, true, "the step was unchanged: the edit goes through once the outbox is back");
    assert.equal(written().length, 1);
  });
});
