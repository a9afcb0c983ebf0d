import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { desc, eq } from "drizzle-orm";
import { addUser, isolateEachTest, testContext, testDatabase } from "../test-support";
import type { Actor as Person, DataContext, WorkspaceRef } from "../context";
import { historyEvents, partnerContacts, responsibilities, workspaces } from "../schema";
import { workspaceChecklist } from "../checklist";
import { ConflictError, FieldError, FormError, NotFoundError } from "@/lib/domain/errors";
import type { Partner } from "@/lib/domain/enums";
import type { PartnerContactFields } from "@/lib/validation/roles";
import { throwsOf } from "../meetings/test-fixture";
import { createPartnerContact, deletePartnerContact, findPartnerContact, listPartnerContacts, listResponsibilities, partnerContactCounts, saveResponsibility, updatePartnerContact, PARTNERS_PAGE_SIZE } from ".";

const { db, sqlite } = testDatabase();
const NOW = new Date("2026-11-20T09:00:00.000Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
let maire: Person, referent: Person, maireLyon: Person;
let ws: WorkspaceRef, wsLyon: WorkspaceRef;
const as = (who: Person, now = NOW, where?: WorkspaceRef): DataContext => testContext(db, where ?? ws, who, now);

before(() => {
  maire = addUser(db, "maire@montpellier.fr", "Michaël Delafosse");
  referent = addUser(db, "referent@montpellier.fr", "Rose Référente");
  maireLyon = addUser(db, "maire@lyon.fr", "Grégory Doucet");
  const workspace = (communeCode: string, createdBy: string) =>
    db.insert(workspaces).values({ communeCode, mandateStart: "2026-03-22", createdBy }).returning({ id: workspaces.id, communeCode: workspaces.communeCode }).get();
  ws = workspace("34172", maire.id);
  wsLyon = workspace("69123", maireLyon.id);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

/** Every row "qui fait quoi" writes to, to prove that a refusal wrote nothing. */
const snapshot = () => JSON.stringify(["responsibility", "partner_contact", "history_event"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()));
const lastHistory = () => db.select().from(historyEvents).where(eq(historyEvents.workspaceId, ws.id)).orderBy(desc(historyEvents.id)).limit(1).get()!;
const contact = (over: Partial<PartnerContactFields> = {}): PartnerContactFields => ({
  actor: "ars",
  organisation: "Délégation départementale de l'Hérault",
  personName: "Anne Exemple",
  position: "Chargée de mission soins de proximité",
  email: "anne.exemple@exemple.fr",
  phone: "04 67 00 00 00",
  note: null,
  ...over,
});

describe("responsibilities", () => {
  test("written, then modified with version + 1; each save has its history; the same text writes nothing", () => {
    const first = saveResponsibility(as(referent), { actor: "commune", version: 0, text: "  Prêter la salle du conseil  " });
    assert.equal(first.changed, true);
    assert.equal(first.responsibility?.version, 1);
    assert.equal(first.responsibility?.text, "Prêter la salle du conseil");
    assert.equal(lastHistory().action, "responsibility.updated");
    assert.equal(lastHistory().summary, "Rose Référente a écrit le rôle de la commune dans « Qui fait quoi ».");

    const second = saveResponsibility(as(maire, later(5)), { actor: "commune", version: 1, text: "Prêter la salle du conseil et informer les habitants" });
    assert.equal(second.responsibility?.version, 2);
    assert.equal(lastHistory().summary, "Michaël Delafosse a modifié le rôle de la commune dans « Qui fait quoi ».");

    const untouched = snapshot();
    assert.equal(saveResponsibility(as(maire), { actor: "commune", version: 2, text: "Prêter la salle du conseil et informer les habitants" }).changed, false);
    assert.equal(snapshot(), untouched);

    const stored = listResponsibilities(as(maire)).get("commune")!;
    assert.equal(stored.version, 2);
    assert.equal(stored.updatedByName, "Michaël Delafosse");
    assert.equal(stored.updatedAt.getTime(), later(5).getTime());
  });

  test("actors are named in French in the history: des professionnel·les, du CCAS, de l'ARS, d'un autre partenaire", () => {
    const summaries = (["professionnels", "ccas", "ars", "autre_partenaire"] as const).map((actor) => {
      saveResponsibility(as(maire), { actor, version: 0, text: "Un rôle" });
      return lastHistory().summary;
    });
    assert.deepEqual(summaries, [
      "Michaël Delafosse a écrit le rôle des professionnel·les de santé dans « Qui fait quoi ».",
      "Michaël Delafosse a écrit le rôle du CCAS dans « Qui fait quoi ».",
      "Michaël Delafosse a écrit le rôle de l'ARS dans « Qui fait quoi ».",
      "Michaël Delafosse a écrit le rôle d'un autre partenaire dans « Qui fait quoi ».",
    ]);
  });

  test("a stale version is a ConflictError with the stored text, who and when; nothing written", () => {
    saveResponsibility(as(referent), { actor: "federation", version: 0, text: "Faciliter les premiers échanges" });
    saveResponsibility(as(maire, later(60)), { actor: "federation", version: 1, text: "Version du maire" });
    const untouched = snapshot();
    throwsOf(ConflictError, () => saveResponsibility(as(referent), { actor: "federation", version: 1, text: "Ma version" }), (e) => {
      assert.equal(e.conflict.version, 2);
      assert.equal(e.conflict.updatedBy, "Michaël Delafosse");
      assert.equal(e.conflict.updatedAt, "20 novembre 2026 à 11 h 00");
      assert.deepEqual(e.conflict.theirs, { text: "Version du maire" });
    });
    // Two people writing the first text at once: the second one saved over version 0 meets the first one's.
    throwsOf(ConflictError, () => saveResponsibility(as(referent), { actor: "federation", version: 0, text: "Autre" }));
    assert.equal(snapshot(), untouched);
  });

  test("a version that never existed, or an actor code that does not exist, is refused; nothing written", () => {
    const untouched = snapshot();
    throwsOf(FormError, () => saveResponsibility(as(maire), { actor: "cpam", version: 3, text: "Texte" }));
    throwsOf(FormError, () => saveResponsibility(as(maire), { actor: "mairie", version: 0, text: "Texte" }), (e) => assert.equal(e.message, "Cet acteur n'existe pas : rechargez la page."));
    throwsOf(FormError, () => saveResponsibility(as(maire), { actor: "__proto__", version: 0, text: "Texte" }));
    assert.equal(snapshot(), untouched);
  });

  test("each commune has its own: Lyon's text is not read in Montpellier, and is versioned on its own", () => {
    saveResponsibility(as(maireLyon, NOW, wsLyon), { actor: "commune", version: 0, text: "Rôle à Lyon" });
    assert.equal(listResponsibilities(as(maire)).size, 0);
    const mine = saveResponsibility(as(maire), { actor: "commune", version: 0, text: "Rôle à Montpellier" });
    assert.equal(mine.responsibility?.version, 1);
    assert.equal(db.select().from(responsibilities).all().length, 2);
  });

  test("the checklist's « rôle de chacun » ticks itself once the commune, the professionals and the federation have theirs", () => {
    const roles = () => workspaceChecklist(as(maire)).find((e) => e.code === "roles_de_chacun")!;
    saveResponsibility(as(maire), { actor: "commune", version: 0, text: "Prêter des salles" });
    saveResponsibility(as(maire), { actor: "federation", version: 0, text: "Faciliter" });
    assert.notEqual(roles().status, "fait");
    saveResponsibility(as(maire, later(10)), { actor: "professionnels", version: 0, text: "Écrire le projet de santé" });
    assert.equal(roles().status, "fait");
    assert.ok(roles().proof);
  });
});

describe("partner contacts", () => {
  test("added with version 1 and its history; edited with the changed fields named; deleted with its history", () => {
    const c = createPartnerContact(as(referent), { contact: contact() });
    assert.equal(c.workspaceId, ws.id);
    assert.equal(c.version, 1);
    assert.equal(lastHistory().action, "partner.created");
    assert.equal(lastHistory().summary, "Rose Référente a ajouté à l'annuaire des partenaires le contact Anne Exemple (Délégation départementale de l'Hérault) — L'ARS.");

    const { contact: edited, changed } = updatePartnerContact(as(maire, later(5)), { id: c.id, version: 1, contact: contact({ phone: "04 67 11 11 11", note: "Joignable le mardi" }) });
    assert.equal(edited.version, 2);
    assert.deepEqual(changed, ["téléphone", "note"]);
    assert.equal(lastHistory().summary, "Michaël Delafosse a modifié le contact Anne Exemple (Délégation départementale de l'Hérault) dans l'annuaire des partenaires (téléphone, note).");

    const untouched = snapshot();
    assert.deepEqual(updatePartnerContact(as(maire), { id: c.id, version: 2, contact: contact({ phone: "04 67 11 11 11", note: "Joignable le mardi" }) }).changed, []);
    assert.equal(snapshot(), untouched);

    deletePartnerContact(as(maire), { id: c.id, version: 2 });
    assert.equal(findPartnerContact(as(maire), { id: c.id }), undefined);
    assert.equal(lastHistory().action, "partner.deleted");
    assert.equal(lastHistory().summary, "Michaël Delafosse a supprimé de l'annuaire des partenaires le contact Anne Exemple (Délégation départementale de l'Hérault) — L'ARS.");
  });

  test("a stale version: editing is a ConflictError with the stored contact, deleting a refusal; nothing written", () => {
    const c = createPartnerContact(as(referent), { contact: contact() });
    updatePartnerContact(as(maire, later(60)), { id: c.id, version: 1, contact: contact({ position: "Directrice" }) });
    const untouched = snapshot();
    throwsOf(ConflictError, () => updatePartnerContact(as(referent), { id: c.id, version: 1, contact: contact({ note: "Ma note" }) }), (e) => {
      assert.equal(e.conflict.version, 2);
      assert.equal(e.conflict.updatedBy, "Michaël Delafosse");
      assert.equal(e.conflict.theirs.position, "Directrice");
      assert.equal(e.conflict.theirs.note, "");
    });
    throwsOf(FormError, () => deletePartnerContact(as(referent), { id: c.id, version: 1 }), (e) => assert.match(e.message, /^Michaël Delafosse a modifié ce contact le 20 novembre 2026 à 11 h 00/));
    assert.equal(snapshot(), untouched);
  });

  test("another commune's contact is not found, for reads and every write; nothing written", () => {
    const lyon = createPartnerContact(as(maireLyon, NOW, wsLyon), { contact: contact({ organisation: "Métropole de Lyon", actor: "intercommunalite" }) });
    const untouched = snapshot();
    assert.equal(findPartnerContact(as(maire), { id: lyon.id }), undefined);
    assert.equal(listPartnerContacts(as(maire)).total, 0);
    assert.equal(partnerContactCounts(as(maire)).size, 0);
    throwsOf(NotFoundError, () => updatePartnerContact(as(maire), { id: lyon.id, version: 1, contact: contact() }));
    throwsOf(NotFoundError, () => deletePartnerContact(as(maire), { id: lyon.id, version: 1 }));
    assert.equal(snapshot(), untouched);
    assert.equal(db.select().from(partnerContacts).where(eq(partnerContacts.id, lyon.id)).get()?.organisation, "Métropole de Lyon");
  });

  test("a partner code that is not a partner (the commune, an unknown code) is refused beside the field; nothing written", () => {
    const c = createPartnerContact(as(maire), { contact: contact() });
    const untouched = snapshot();
    for (const actor of ["commune", "professionnels", "federation", "mairie"]) {
      throwsOf(FieldError, () => createPartnerContact(as(maire), { contact: contact({ actor: actor as Partner }) }), (e) => assert.equal(e.field, "actor"));
      throwsOf(FieldError, () => updatePartnerContact(as(maire), { id: c.id, version: 1, contact: contact({ actor: actor as Partner }) }), (e) => assert.equal(e.field, "actor"));
    }
    assert.equal(snapshot(), untouched);
  });

  test("the directory is paged on the server and grouped by partner in the kit's order, then by organisation", () => {
    for (let i = 0; i < PARTNERS_PAGE_SIZE + 3; i++) createPartnerContact(as(maire), { contact: contact({ actor: i % 2 ? "cpam" : "ars", organisation: `Organisme ${String(i).padStart(2, "0")}` }) });
    createPartnerContact(as(maire), { contact: contact({ actor: "ccas", organisation: "CCAS" }) });
    const first = listPartnerContacts(as(maire));
    assert.equal(first.total, PARTNERS_PAGE_SIZE + 4);
    assert.equal(first.pages, 2);
    assert.equal(first.groups.reduce((n, g) => n + g.contacts.length, 0), PARTNERS_PAGE_SIZE);
    assert.deepEqual(first.groups.map((g) => g.actor), ["ars", "cpam"]);
    assert.equal(first.groups[0].contacts[0].organisation, "Organisme 00");
    const second = listPartnerContacts(as(maire), { page: 2 });
    assert.equal(second.groups.reduce((n, g) => n + g.contacts.length, 0), 4);
    assert.equal(second.groups.at(-1)?.actor, "ccas");
    // A page beyond the last shows the last.
    assert.equal(listPartnerContacts(as(maire), { page: 99 }).page, 2);
    assert.equal(partnerContactCounts(as(maire)).get("ccas"), 1);
  });
});

describe("the pages' reads", () => {
  test("a fixed number of queries, whatever the number of contacts or written roles", async () => {
    const { statementsOf } = await import("../next-steps/test-fixture");
    const reads = () =>
      statementsOf(sqlite, () => {
        listResponsibilities(as(maire));
        partnerContactCounts(as(maire));
        listPartnerContacts(as(maire), { page: 1 });
      });
    const few = reads();
    for (let i = 0; i < 120; i++) createPartnerContact(as(maire), { contact: contact({ organisation: `Organisme ${i}` }) });
    for (const actor of ["commune", "professionnels", "federation", "ars", "cpam"] as const) saveResponsibility(as(maire), { actor, version: 0, text: "Un rôle" });
    assert.equal(reads(), few);
    assert.equal(few, 4);
  });
});

describe("the demo's roles (db/seed-roles.ts)", () => {
  test("the commune's and the federation's roles are written, not the professionals': the checklist item stays open; three contacts", async () => {
    const { seedRoles } = await import("../seed-roles");
    const facilitatrice = addUser(db, "facilitatrice@fecop.fr", "Fanny Facilitatrice");
    seedRoles(db as unknown as Parameters<typeof seedRoles>[0], ws.id, { maire: maire.id, referent: referent.id, facilitatrice: facilitatrice.id });
    assert.deepEqual([...listResponsibilities(as(maire)).keys()].sort(), ["commune", "federation"]);
    assert.notEqual(workspaceChecklist(as(maire)).find((e) => e.code === "roles_de_chacun")?.status, "fait");
    const directory = listPartnerContacts(as(maire));
    assert.deepEqual(directory.groups.map((g) => g.actor), ["ars", "cpam", "intercommunalite"]);
    assert.ok(directory.groups.every((g) => g.contacts.every((c) => c.email?.endsWith("@exemple.fr"))));
    // The professionals' text, written by the app, ticks it.
    saveResponsibility(as(maire), { actor: "professionnels", version: 0, text: "Écrire le projet de santé" });
    assert.equal(workspaceChecklist(as(maire)).find((e) => e.code === "roles_de_chacun")?.status, "fait");
  });
});
