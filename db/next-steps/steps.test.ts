import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { isolateEachTest, testDatabase } from "../test-support";
import { historyEvents, nextSteps, workspaceMembers } from "../schema";
import { ConflictError, FieldError, FormError, NotFoundError } from "@/lib/domain/errors";
import { createNextStep, deleteNextStep, setNextStepStatus, updateNextStep } from "./steps";
import { nextStepFixture, throwsOf, NOW, DAY, type NextStepFixture } from "./test-fixture";

const { db, sqlite } = testDatabase();
let f: NextStepFixture;
before(() => {
  f = nextStepFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

const lastHistory = () => db.select().from(historyEvents).where(eq(historyEvents.workspaceId, f.ws.id)).all().at(-1)!;
const stored = (id: number) => db.select().from(nextSteps).where(eq(nextSteps.id, id)).get();
const later = (ms: number) => new Date(NOW.getTime() + ms);

/** A step of Montpellier, added by the référent without a meeting (the ARS by default). */
const add = (over: Parameters<NextStepFixture["fields"]>[0] = {}, meetingId: number | null = null, lead: string | null = null) =>
  createNextStep(f.as(f.referent), { meetingId, lead, step: f.fields(over) });

describe("adding a next step", () => {
  test("given to an actor: stored with its label, version 1, the clock of the context, and its history; nobody to e-mail", () => {
    const { step, notify, meeting } = add();
    assert.equal(step.workspaceId, f.ws.id);
    assert.equal(step.ownerKind, "acteur");
    assert.equal(step.ownerActor, "ars");
    assert.equal(step.ownerLabel, "L'ARS");
    assert.equal(step.status, "a_faire");
    assert.equal(step.version, 1);
    assert.equal(step.createdAt.getTime(), NOW.getTime());
    assert.equal(notify, null);
    assert.equal(meeting, null);
    const h = lastHistory();
    assert.equal(h.action, "next_step.created");
    assert.equal(h.summary, "Rose Référente a ajouté la prochaine étape « Rencontrer l'ARS au sujet du zonage », confiée à L'ARS, d'ici le 15 décembre 2026.");
    assert.equal(h.createdAt.getTime(), NOW.getTime());
  });

  test("given to a member: their account is to be e-mailed, unless they gave it to themselves", () => {
    const toMaire = add({ owner: { kind: "membre", userId: f.maire.id } });
    assert.equal(toMaire.step.ownerLabel, "Michaël Delafosse");
    assert.equal(toMaire.step.ownerUserId, f.maire.id);
    assert.deepEqual(toMaire.notify, { userId: f.maire.id, email: "maire@montpellier.fr", name: "Michaël Delafosse" });
    assert.equal(add({ owner: { kind: "membre", userId: f.referent.id } }).notify, null);
  });

  test("given to a line: named « Nom — Profession »; e-mailed when the professional has an account", () => {
    const joined = add({ owner: { kind: "professionnel", professionalId: f.joinedLine.id } });
    assert.equal(joined.step.ownerLabel, "Lucie Chabrol — Sage-femme");
    assert.equal(joined.notify?.email, "lucie.chabrol@sf.test");
    const plain = add({ owner: { kind: "professionnel", professionalId: f.named.id } });
    assert.equal(plain.step.ownerLabel, "Marie Pagès — Infirmier·ère");
    assert.equal(plain.notify, null);
  });

  test("from a meeting: given to one of its invitees, with the lead; due on the meeting's day is accepted", () => {
    const { step, meeting } = add({ owner: { kind: "invite", inviteeId: f.anne.id }, dueOn: "2026-11-30" }, f.meeting.id, "Un local partagé");
    assert.equal(step.meetingId, f.meeting.id);
    assert.equal(step.lead, "Un local partagé");
    assert.equal(step.ownerLabel, "Anne Martin — Médecin généraliste");
    assert.equal(step.ownerInviteeId, f.anne.id);
    assert.equal(meeting?.title, f.meeting.title);
    assert.match(lastHistory().summary, /\(suite de la réunion « Première rencontre avec les professionnels de santé »\)\.$/);
    // Without a meeting, a lead means nothing: it is not kept.
    assert.equal(add({}, null, "Une piste").step.lead, null);
  });

  test("a due date before the meeting's day (Paris) is refused beside the field; nothing written", () => {
    const untouched = f.snapshot();
    throwsOf(FieldError, () => add({ dueOn: "2026-11-29" }, f.meeting.id), (e) => {
      assert.equal(e.field, "dueOn");
      assert.equal(e.message, "La date prévue ne peut pas précéder la réunion du 30 novembre 2026 : choisissez ce jour-là ou un jour suivant.");
    });
    assert.equal(f.snapshot(), untouched);
  });

  test("an owner of another commune, an anonymous line or someone from elsewhere is refused beside the owner; nothing written", () => {
    const untouched = f.snapshot();
    for (const owner of [
      { kind: "membre", userId: f.maireLyon.id },
      { kind: "membre", userId: f.outsider.id },
      { kind: "membre", userId: "inconnu" },
      { kind: "invite", inviteeId: f.lyonInvitee.id },
      { kind: "professionnel", professionalId: f.lyonLine.id },
      { kind: "professionnel", professionalId: f.anonymous.id },
    ] as const) {
      throwsOf(FieldError, () => add({ owner }), (e) => assert.equal(e.field, "owner", JSON.stringify(owner)));
    }
    assert.equal(f.snapshot(), untouched);
  });

  test("another commune's meeting is not found; nothing written", () => {
    const untouched = f.snapshot();
    throwsOf(NotFoundError, () => add({}, f.lyonMeeting.id));
    throwsOf(NotFoundError, () => add({}, 999_999));
    assert.equal(f.snapshot(), untouched);
  });

  test("the step and its history are one transaction", () => {
    const untouched = f.snapshot();
    f.withFailingHistory("next_step.created", () => assert.throws(() => add(), /history down/));
    assert.equal(f.snapshot(), untouched);
  });
});

describe("editing a next step", () => {
  test("saved with version + 1, the changed fields in the history; a new owner with an account is to be e-mailed", () => {
    const { step } = add();
    const saved = updateNextStep(f.as(f.maire, later(DAY)), {
      nextStepId: step.id,
      version: 1,
      step: f.fields({ title: "Rencontrer l'ARS et la CPAM", owner: { kind: "membre", userId: f.referent.id }, dueOn: "2026-12-20" }),
    });
    assert.equal(saved.step.version, 2);
    assert.equal(saved.step.ownerKind, "membre");
    assert.equal(saved.step.ownerActor, null);
    assert.equal(saved.step.ownerLabel, "Rose Référente");
    assert.equal(saved.step.updatedAt.getTime(), later(DAY).getTime());
    assert.equal(saved.notify?.email, "referent@montpellier.fr");
    assert.equal(lastHistory().summary, "Michaël Delafosse a modifié la prochaine étape « Rencontrer l'ARS et la CPAM » (intitulé, responsable : Rose Référente, date prévue : 20 décembre 2026).");
  });

  test("the same owner is not e-mailed again; nothing changed writes nothing", () => {
    const { step } = add({ owner: { kind: "membre", userId: f.maire.id } });
    const same = updateNextStep(f.as(f.referent), { nextStepId: step.id, version: 1, step: f.fields({ owner: { kind: "membre", userId: f.maire.id }, details: "Avec le dossier" }) });
    assert.equal(same.notify, null);
    assert.deepEqual(same.changed, ["précisions"]);
    const untouched = f.snapshot();
    const nothing = updateNextStep(f.as(f.referent), { nextStepId: step.id, version: 2, step: f.fields({ owner: { kind: "membre", userId: f.maire.id }, details: "Avec le dossier" }) });
    assert.deepEqual(nothing.changed, []);
    assert.equal(f.snapshot(), untouched);
  });

  test("an owner who left the workspace stays the owner when other fields are edited", () => {
    const { step } = add({ owner: { kind: "membre", userId: f.pro.id } });
    db.delete(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, f.ws.id), eq(workspaceMembers.userId, f.pro.id))).run();
    const saved = updateNextStep(f.as(f.referent), { nextStepId: step.id, version: 1, step: f.fields({ owner: { kind: "membre", userId: f.pro.id }, title: "Autre intitulé" }) });
    assert.equal(saved.step.ownerUserId, f.pro.id);
    // …but cannot be chosen anew.
    throwsOf(FieldError, () => add({ owner: { kind: "membre", userId: f.pro.id } }), (e) => assert.equal(e.field, "owner"));
  });

  test("a stale version is a ConflictError with what is stored now, form-shaped; nothing written", () => {
    const { step } = add();
    updateNextStep(f.as(f.maire, later(60_000)), { nextStepId: step.id, version: 1, step: f.fields({ owner: { kind: "acteur", actor: "cpam" }, dueOn: "2026-12-18" }) });
    const untouched = f.snapshot();
    throwsOf(ConflictError, () => updateNextStep(f.as(f.referent), { nextStepId: step.id, version: 1, step: f.fields({ title: "Ma version" }) }), (e) => {
      assert.equal(e.conflict.version, 2);
      assert.equal(e.conflict.updatedBy, "Michaël Delafosse");
      assert.equal(e.conflict.updatedAt, "20 novembre 2026 à 10 h 01");
      assert.deepEqual(e.conflict.theirs, { title: "Rencontrer l'ARS au sujet du zonage", details: "", owner: "acteur:cpam", ownerLabel: "La CPAM", dueOn: "2026-12-18" });
    });
    assert.equal(f.snapshot(), untouched);
  });

  test("a step from a meeting cannot be moved before the meeting's day", () => {
    const { step } = add({ dueOn: "2026-12-01" }, f.meeting.id);
    throwsOf(FieldError, () => updateNextStep(f.as(f.referent), { nextStepId: step.id, version: 1, step: f.fields({ dueOn: "2026-11-01" }) }), (e) => assert.equal(e.field, "dueOn"));
  });

  test("another commune's step is not found, for every write; nothing written", () => {
    const untouched = f.snapshot();
    const id = f.lyonStep.id;
    throwsOf(NotFoundError, () => updateNextStep(f.as(f.referent), { nextStepId: id, version: 1, step: f.fields() }));
    throwsOf(NotFoundError, () => setNextStepStatus(f.as(f.referent), { nextStepId: id, version: 1, status: "fait", manage: true }));
    throwsOf(NotFoundError, () => deleteNextStep(f.as(f.referent), { nextStepId: id, version: 1 }));
    assert.equal(f.snapshot(), untouched);
    assert.equal(stored(id)?.status, "a_faire");
  });
});

describe("changing a step's status", () => {
  test("the team changes any step; « fait » stamps the day, leaving it clears the stamp", () => {
    const { step } = add();
    const done = setNextStepStatus(f.as(f.facilitatrice, later(DAY)), { nextStepId: step.id, version: 1, status: "fait", manage: true });
    assert.equal(done.changed, true);
    assert.equal(done.step.status, "fait");
    assert.equal(done.step.version, 2);
    assert.equal(done.step.doneAt?.getTime(), later(DAY).getTime());
    assert.equal(lastHistory().summary, "Fanny Facilitatrice a passé la prochaine étape « Rencontrer l'ARS au sujet du zonage » de « À faire » à « Fait ».");
    const reopened = setNextStepStatus(f.as(f.maire), { nextStepId: step.id, version: 2, status: "en_cours", manage: true });
    assert.equal(reopened.step.doneAt, null);
  });

  test("the owner changes their own step, as a member or through their linked line", () => {
    const asMember = add({ owner: { kind: "membre", userId: f.pro.id } }).step;
    assert.equal(setNextStepStatus(f.as(f.pro), { nextStepId: asMember.id, version: 1, status: "en_cours", manage: false }).step.status, "en_cours");
    const asLine = add({ owner: { kind: "professionnel", professionalId: f.joinedLine.id } }).step;
    assert.equal(setNextStepStatus(f.as(f.pro), { nextStepId: asLine.id, version: 1, status: "fait", manage: false }).step.status, "fait");
  });

  test("a professional who does not own the step: not found, nothing written", () => {
    const others = [add().step, add({ owner: { kind: "membre", userId: f.maire.id } }).step, add({ owner: { kind: "professionnel", professionalId: f.named.id } }).step];
    const untouched = f.snapshot();
    for (const s of others) throwsOf(NotFoundError, () => setNextStepStatus(f.as(f.pro), { nextStepId: s.id, version: 1, status: "fait", manage: false }));
    assert.equal(f.snapshot(), untouched);
  });

  test("a stale version is refused with who changed it; the same status twice is not an error", () => {
    const { step } = add();
    setNextStepStatus(f.as(f.maire), { nextStepId: step.id, version: 1, status: "en_cours", manage: true });
    const untouched = f.snapshot();
    throwsOf(FormError, () => setNextStepStatus(f.as(f.referent), { nextStepId: step.id, version: 1, status: "fait", manage: true }), (e) =>
      assert.match(e.message, /^Michaël Delafosse a modifié cette prochaine étape le 20 novembre 2026 à 10 h 00/),
    );
    assert.equal(setNextStepStatus(f.as(f.referent), { nextStepId: step.id, version: 1, status: "en_cours", manage: true }).changed, false);
    assert.equal(f.snapshot(), untouched);
  });
});

describe("deleting a step", () => {
  test("deleted with its history; refused on a stale version", () => {
    const { step } = add();
    updateNextStep(f.as(f.maire), { nextStepId: step.id, version: 1, step: f.fields({ title: "Changée" }) });
    throwsOf(FormError, () => deleteNextStep(f.as(f.referent), { nextStepId: step.id, version: 1 }));
    assert.ok(stored(step.id));
    deleteNextStep(f.as(f.referent), { nextStepId: step.id, version: 2 });
    assert.equal(stored(step.id), undefined);
    assert.equal(lastHistory().summary, "Rose Référente a supprimé la prochaine étape « Changée » (confiée à L'ARS).");
  });
});
