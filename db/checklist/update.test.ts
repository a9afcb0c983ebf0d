import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { addUser, isolateEachTest, testContext, testDatabase } from "../test-support";
import type { Actor, WorkspaceRef } from "../context";
import { checklistItems, historyEvents, workspaceMembers, workspaces } from "../schema";
import { ConflictError, FieldError, NotFoundError } from "@/lib/domain/errors";
import { throwsOf } from "../meetings/test-fixture";
import { statementsOf } from "../next-steps/test-fixture";
import { OWNER_OUTSIDE_TEAM, checklistOwnerOptions } from "./owners";
import { updateChecklistItem, type ChecklistItemInput } from "./update";
import { meetingPlaceOf, setMeetingPlace } from "./meeting-place";
import { checklistPage } from "./page";

const { db, sqlite } = testDatabase();
const NOW = new Date("2026-12-02T09:00:00.000Z");
const later = (min: number) => new Date(NOW.getTime() + min * 60_000);

let maire: Actor, referent: Actor, facilitatrice: Actor, pro: Actor, outsider: Actor, maireLyon: Actor;
let ws: WorkspaceRef, wsLyon: WorkspaceRef;

before(() => {
  maire = addUser(db, "maire@montpellier.fr", "Michaël Delafosse");
  referent = addUser(db, "referent@montpellier.fr", "Rose Référente");
  facilitatrice = addUser(db, "facilitatrice@fecop.fr", null);
  pro = addUser(db, "dr.pro@cabinet.fr", "Dr Paul Pro");
  outsider = addUser(db, "quelquun@ailleurs.fr", "Quelqu'un d'ailleurs");
  maireLyon = addUser(db, "maire@lyon.fr", "Grégory Doucet");
  const workspace = (communeCode: string, createdBy: string): WorkspaceRef =>
    db.insert(workspaces).values({ communeCode, mandateStart: "2026-03-22", createdBy }).returning({ id: workspaces.id, communeCode: workspaces.communeCode }).get();
  ws = workspace("34172", maire.id);
  wsLyon = workspace("69123", maireLyon.id);
  db.insert(workspaceMembers)
    .values([
      { workspaceId: ws.id, userId: maire.id, role: "maire", createdAt: later(-300) },
      { workspaceId: ws.id, userId: facilitatrice.id, role: "facilitateur", federationId: "fecop", createdAt: later(-200) },
      { workspaceId: ws.id, userId: referent.id, role: "referent", capacity: "elu", createdAt: later(-100) },
      { workspaceId: ws.id, userId: pro.id, role: "professionnel" },
      { workspaceId: wsLyon.id, userId: maireLyon.id, role: "maire" },
    ])
    .run();
});
after(() => sqlite.close());
isolateEachTest(sqlite);

const as = (actor: Actor, now = NOW, where: WorkspaceRef = ws) => testContext(db, where, actor, now);
const input = (over: Partial<ChecklistItemInput> = {}): ChecklistItemInput => ({ item: "valoriser_existant", version: 0, status: "en_cours", ownerId: referent.id, note: "", ...over });
const stored = (code: string, where: WorkspaceRef = ws) =>
  db.select().from(checklistItems).where(and(eq(checklistItems.workspaceId, where.id), eq(checklistItems.code, code))).get();
const history = (where: WorkspaceRef = ws) => db.select().from(historyEvents).where(eq(historyEvents.workspaceId, where.id)).all();
/** Every row these functions write to, to prove that a refusal wrote nothing. */
const snapshot = () => JSON.stringify(["checklist_item", "history_event", "workspace"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()));

describe("checklistOwnerOptions", () => {
  test("the team only (maire, référent·e, facilitateur·rice), in that order; no professional, nobody from elsewhere", () => {
    assert.deepEqual(checklistOwnerOptions(as(maire)), [
      { value: maire.id, label: "Michaël Delafosse — Maire" },
      { value: referent.id, label: "Rose Référente — Référent·e santé" },
      { value: facilitatrice.id, label: "un·e utilisateur·rice — Facilitateur·rice" },
    ]);
    assert.deepEqual(checklistOwnerOptions(as(maireLyon, NOW, wsLyon)), [{ value: maireLyon.id, label: "Grégory Doucet — Maire" }]);
  });

  test("someone holding two roles is offered once, with both", () => {
    db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: maire.id, role: "referent", capacity: "elu" }).run();
    assert.equal(checklistOwnerOptions(as(maire))[0].label, "Michaël Delafosse — Maire, Référent·e santé");
    assert.equal(checklistOwnerOptions(as(maire)).length, 3);
  });
});

describe("updateChecklistItem", () => {
  test("first touch: the row is created at version 1, with who and when, and a French history line", () => {
    const saved = updateChecklistItem(as(maire), input({ note: "  Article dans le bulletin de janvier  " }));
    assert.deepEqual(saved.changed, ["statut : « À faire » → « En cours »", "confié à Rose Référente", "note ajoutée"]);
    const row = stored("valoriser_existant")!;
    assert.equal(row.status, "en_cours");
    assert.equal(row.ownerId, referent.id);
    assert.equal(row.note, "Article dans le bulletin de janvier");
    assert.equal(row.version, 1);
    assert.equal(row.updatedBy, maire.id);
    assert.equal(row.updatedAt.getTime(), NOW.getTime());
    const h = history().at(-1)!;
    assert.equal(h.action, "checklist.item_updated");
    assert.equal(
      h.summary,
      "Michaël Delafosse a mis à jour « Valoriser l'existant et informer les habitants de la démarche » dans la check-list des 100 jours (statut : « À faire » → « En cours », confié à Rose Référente, note ajoutée).",
    );
    assert.equal(h.createdAt.getTime(), NOW.getTime());
  });

  test("next saves move the version on; removing the owner and the note is said so", () => {
    updateChecklistItem(as(maire), input({ note: "Une note" }));
    const saved = updateChecklistItem(as(referent, later(5)), input({ version: 1, status: "fait", ownerId: null, note: "" }));
    assert.deepEqual(saved.changed, ["statut : « En cours » → « Fait »", "plus personne n'en est chargé", "note retirée"]);
    const row = stored("valoriser_existant")!;
    assert.deepEqual([row.version, row.status, row.ownerId, row.note, row.updatedBy], [2, "fait", null, null, referent.id]);
  });

  test("nothing changed: nothing written, not even the history", () => {
    updateChecklistItem(as(maire), input());
    const before = snapshot();
    assert.deepEqual(updateChecklistItem(as(referent, later(5)), input({ version: 1 })).changed, []);
    // Untouched and left as it is: no row is created.
    assert.deepEqual(updateChecklistItem(as(referent), input({ item: "communiquer_habitants", status: "a_faire", ownerId: null })).changed, []);
    assert.equal(snapshot(), before);
  });

  test("a stale version: a conflict carrying the stored version, nothing written", () => {
    updateChecklistItem(as(maire), input({ note: "Celle du maire" }));
    updateChecklistItem(as(maire, later(1)), input({ version: 1, status: "fait", note: "Celle du maire" }));
    const before = snapshot();
    throwsOf(ConflictError, () => updateChecklistItem(as(referent, later(2)), input({ version: 1, note: "La mienne" })), (e) => {
      assert.deepEqual(e.conflict.theirs, { status: "fait", owner: referent.id, ownerLabel: "Rose Référente", note: "Celle du maire" });
      assert.equal(e.conflict.version, 2);
      assert.equal(e.conflict.updatedBy, "Michaël Delafosse");
    });
    // Two people touching the item for the first time: the second one's version 0 is stale too.
    throwsOf(ConflictError, () => updateChecklistItem(as(referent), input({ version: 0 })));
    assert.equal(snapshot(), before);
  });

  test("an owner outside the team is refused beside the field: a professional, someone from elsewhere, an unknown id", () => {
    const before = snapshot();
    for (const ownerId of [pro.id, outsider.id, maireLyon.id, "inconnu"]) {
      throwsOf(FieldError, () => updateChecklistItem(as(maire), input({ ownerId })), (e) => {
        assert.equal(e.field, "owner");
        assert.equal(e.message, OWNER_OUTSIDE_TEAM);
      });
    }
    assert.equal(snapshot(), before);
  });

  test("the same owner as stored is kept, even once they left the team", () => {
    updateChecklistItem(as(maire), input());
    db.delete(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, ws.id), eq(workspaceMembers.userId, referent.id))).run();
    assert.deepEqual(updateChecklistItem(as(maire, later(1)), input({ version: 1, note: "Toujours Rose" })).changed, ["note ajoutée"]);
    assert.equal(stored("valoriser_existant")!.ownerId, referent.id);
  });

  test("an unknown item or status: clear errors, nothing written", () => {
    const before = snapshot();
    throwsOf(NotFoundError, () => updateChecklistItem(as(maire), input({ item: "inventer_un_item" })), (e) => assert.match(e.message, /n'existe pas/));
    throwsOf(NotFoundError, () => updateChecklistItem(as(maire), input({ item: "__proto__" })));
    throwsOf(FieldError, () => updateChecklistItem(as(maire), input({ status: "termine" })), (e) => {
      assert.equal(e.field, "status");
      assert.match(e.message, /Choisissez un statut/);
    });
    assert.equal(snapshot(), before);
  });

  test("tenant: Lyon's item is not Montpellier's — its version is not found here, and neither side sees the other's", () => {
    updateChecklistItem(as(maireLyon, NOW, wsLyon), input({ ownerId: maireLyon.id }));
    updateChecklistItem(as(maireLyon, later(1), wsLyon), input({ version: 1, ownerId: maireLyon.id, status: "fait" }));
    const before = snapshot();
    // Montpellier never touched this item: a form claiming Lyon's version 2 finds nothing to update.
    throwsOf(NotFoundError, () => updateChecklistItem(as(maire), input({ version: 2 })));
    assert.equal(snapshot(), before);
    // Montpellier's own first save creates its own row; Lyon's stays as it was.
    updateChecklistItem(as(maire), input());
    assert.equal(stored("valoriser_existant")!.status, "en_cours");
    assert.equal(stored("valoriser_existant", wsLyon)!.status, "fait");
    assert.equal(stored("valoriser_existant", wsLyon)!.version, 2);
    assert.equal(checklistPage(as(maire)).entries.find((e) => e.code === "valoriser_existant")!.state?.ownerName, "Rose Référente");
    assert.equal(checklistPage(as(maireLyon, NOW, wsLyon)).entries.find((e) => e.code === "valoriser_existant")!.state?.ownerName, "Grégory Doucet");
    assert.equal(history(wsLyon).length, 2);
  });

  test("an automatic item already done keeps « fait » from the facts; its owner and note are saved", () => {
    db.update(workspaces).set({ meetingPlace: "Salle des fêtes", meetingPlaceSetAt: later(-60) }).where(eq(workspaces.id, ws.id)).run();
    updateChecklistItem(as(maire), input({ item: "lieu_de_rencontre", status: "a_faire", ownerId: maire.id, note: "Clés à l'accueil" }));
    const entry = checklistPage(as(maire)).entries.find((e) => e.code === "lieu_de_rencontre")!;
    assert.equal(entry.status, "fait");
    assert.match(entry.proof!.text, /Salle des fêtes/);
    assert.equal(entry.state?.ownerName, "Michaël Delafosse");
    assert.equal(entry.state?.note, "Clés à l'accueil");
  });
});

describe("setMeetingPlace", () => {
  test("recorded: the place and its time are stored, the item ticks itself, the history says it", () => {
    const r = setMeetingPlace(as(referent), { place: "  Salle du conseil municipal,\nle premier mardi du mois ", seen: 0 });
    assert.deepEqual(r, { place: "Salle du conseil municipal, le premier mardi du mois", changed: true });
    assert.deepEqual(meetingPlaceOf(as(referent)), { place: "Salle du conseil municipal, le premier mardi du mois", setAt: NOW });
    const h = history().at(-1)!;
    assert.equal(h.action, "workspace.meeting_place_set");
    assert.equal(h.summary, "Rose Référente a enregistré le lieu de rencontre régulier proposé aux professionnels : « Salle du conseil municipal, le premier mardi du mois ».");
    const entry = checklistPage(as(referent)).entries.find((e) => e.code === "lieu_de_rencontre")!;
    assert.equal(entry.status, "fait");
    assert.equal(entry.proof?.text, "Lieu proposé : Salle du conseil municipal, le premier mardi du mois (enregistré le 2 décembre 2026)");
    // The workspace's own version (the referent's designation) is left alone.
    assert.equal(db.select({ v: workspaces.version }).from(workspaces).where(eq(workspaces.id, ws.id)).get()!.v, 1);
  });

  test("changed later, from the version seen; the old place is in the history", () => {
    setMeetingPlace(as(referent), { place: "Salle des fêtes", seen: 0 });
    setMeetingPlace(as(maire, later(10)), { place: "Maison des associations", seen: NOW.getTime() });
    assert.equal(history().at(-1)!.summary, "Michaël Delafosse a changé le lieu de rencontre régulier proposé aux professionnels : « Maison des associations » (auparavant « Salle des fêtes »).");
    assert.deepEqual(meetingPlaceOf(as(maire)), { place: "Maison des associations", setAt: later(10) });
  });

  test("a stale version is a conflict naming who set it; too short or unchanged writes nothing", () => {
    setMeetingPlace(as(referent), { place: "Salle des fêtes", seen: 0 });
    const before = snapshot();
    throwsOf(ConflictError, () => setMeetingPlace(as(maire, later(1)), { place: "Mairie annexe", seen: 0 }), (e) => {
      assert.deepEqual(e.conflict.theirs, { meetingPlace: "Salle des fêtes" });
      assert.equal(e.conflict.version, NOW.getTime());
      assert.equal(e.conflict.updatedBy, "Rose Référente");
    });
    throwsOf(FieldError, () => setMeetingPlace(as(maire), { place: " \u202E ", seen: NOW.getTime() }), (e) => assert.equal(e.field, "meetingPlace"));
    assert.deepEqual(setMeetingPlace(as(maire, later(2)), { place: "Salle des fêtes", seen: NOW.getTime() }), { place: "Salle des fêtes", changed: false });
    assert.equal(snapshot(), before);
  });

  test("tenant: Lyon's place is its own", () => {
    setMeetingPlace(as(maireLyon, NOW, wsLyon), { place: "Hôtel de ville de Lyon", seen: 0 });
    assert.deepEqual(meetingPlaceOf(as(maire)), { place: null, setAt: null });
    assert.equal(checklistPage(as(maire)).entries.find((e) => e.code === "lieu_de_rencontre")!.status, "a_faire");
  });
});

describe("checklistPage", () => {
  test("a fixed number of queries, however many items were set by hand", () => {
    const before = statementsOf(sqlite, () => checklistPage(as(maire)));
    for (const item of ["valoriser_existant", "structurer_demarche", "associer_partenaires", "communiquer_habitants"]) updateChecklistItem(as(maire), input({ item }));
    assert.equal(statementsOf(sqlite, () => assert.equal(checklistPage(as(maire)).entries.filter((e) => e.state).length, 4)), before);
    assert.equal(before, 9);
  });
});
