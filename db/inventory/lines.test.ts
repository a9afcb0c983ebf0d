import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { invitations, professionals } from "../schema";
import { isolateEachTest, testDatabase } from "../test-support";
import { communeAccess } from "@/lib/auth/access";
import { ConflictError, FieldError, FormError } from "@/lib/domain/errors";
import { createProfessional, deleteProfessional, updateProfessional } from "./lines";
import { inviteProfessional } from "./invitations";
import { professionalForEdit } from "./views";
import { MARVEJOLS, NOW, contextFor, joinedProfessional, lastHistory, line, minutesLater, setUpCommunes, snapshot, storedLine, withFailingHistory, type Setting } from "./test-fixtures";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
let s: Setting;
let as: ReturnType<typeof contextFor>;
before(() => {
  s = setUpCommunes(db);
  as = contextFor(db, s);
});
after(() => sqlite.close());

describe("professionals", () => {
  test("create: written with its history; a nearby commune must exist; a duplicate is refused on the name", () => {
    const created = createProfessional(as(s.referent), { line: line(), source: "commune" });
    assert.equal(created.version, 1);
    assert.equal(created.source, "commune");
    assert.equal(lastHistory(db, s.ws.id).summary, "Thomas Rouquette a ajouté Marie Pagès (infirmier·ère) à l'état des lieux.");

    const untouched = snapshot(sqlite);
    assert.throws(() => createProfessional(as(s.referent), { line: line({ name: "marie PAGES" }), source: "commune" }), (e) => e instanceof FieldError && e.field === "name" && /figure déjà/.test(e.message));
    assert.throws(
      () => createProfessional(as(s.referent), { line: line({ name: "Luc", practiceLocation: "proximite", practiceCommuneCode: "99999" }), source: "commune" }),
      (e) => e instanceof FieldError && e.field === "practiceCommuneCode",
    );
    assert.equal(snapshot(sqlite), untouched);
    // Anonymous lines are never duplicates; the same name in another commune is not either.
    createProfessional(as(s.referent), { line: line({ name: null }), source: "federation" });
    createProfessional(as(s.referent), { line: line({ name: null }), source: "federation" });
    createProfessional(as(s.other, s.otherWs), { line: line(), source: "commune" });
  });

  test("the line and its history are one transaction", () => {
    const untouched = snapshot(sqlite);
    withFailingHistory(sqlite, "inventory.professional_added", () => {
      assert.throws(() => createProfessional(as(s.referent), { line: line({ name: "Zoé Roux" }), source: "commune" }), /history down/);
    });
    assert.equal(snapshot(sqlite), untouched);
  });

  test("update with the current version: saved, version + 1, changed fields in the history", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Paul Astruc", profession: "masseur_kinesitherapeute" }), source: "commune" });
    const saved = updateProfessional(as(s.maire), { id: l.id, version: 1, line: line({ name: "Paul Astruc", profession: "masseur_kinesitherapeute", ageBracket: "62_plus", departure: "moins_2_ans" }), team: true })!;
    assert.equal(saved.as, "team");
    assert.equal(saved.line.version, 2);
    assert.equal(saved.line.updatedBy, s.maire.id);
    assert.equal(lastHistory(db, s.ws.id).summary, "Claire Fabre a modifié la fiche Paul Astruc (masseur·se-kinésithérapeute) (tranche d'âge, départ envisagé).");
  });

  test("a stale version is a ConflictError with what is stored now, and nothing is written", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Anne Conflit" }), source: "commune" });
    updateProfessional(as(s.maire), { id: l.id, version: 1, line: line({ name: "Anne Conflit", interest: "non" }), team: true });
    const untouched = snapshot(sqlite);
    assert.throws(
      () => updateProfessional(as(s.referent), { id: l.id, version: 1, line: line({ name: "Anne Conflit", interest: "peut_etre" }), team: true }),
      (e) => {
        assert.ok(e instanceof ConflictError);
        assert.equal(e.conflict.version, 2);
        assert.equal(e.conflict.updatedBy, "Claire Fabre");
        assert.equal(e.conflict.theirs.interest, "non");
        assert.equal(e.conflict.theirs.name, "Anne Conflit");
        return true;
      },
    );
    assert.equal(snapshot(sqlite), untouched);
  });

  test("a line of another commune is not found: null for reads, refused for writes", () => {
    const mine = createProfessional(as(s.referent), { line: line({ name: "Scoped Line" }), source: "commune" });
    const stranger = as(s.other, s.otherWs);
    assert.equal(professionalForEdit(stranger, { id: mine.id, team: true }), null);
    const untouched = snapshot(sqlite);
    assert.throws(() => updateProfessional(stranger, { id: mine.id, version: 1, line: line(), team: true }), FormError);
    assert.equal(deleteProfessional(stranger, { id: mine.id, version: 1 }), null);
    assert.equal(inviteProfessional(stranger, { id: mine.id, email: "x@y.fr" }), null);
    assert.equal(snapshot(sqlite), untouched);
  });

  test("delete: refused on a stale version; otherwise the line and its invitations go, with the history", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "À Supprimer" }), source: "commune" });
    inviteProfessional(as(s.referent), { id: l.id, email: "a.supprimer@idel.test" });
    updateProfessional(as(s.maire), { id: l.id, version: 2, line: line({ name: "À Supprimer", note: "x" }), team: true });
    assert.throws(() => deleteProfessional(as(s.referent), { id: l.id, version: 2 }), (e) => e instanceof FormError && /a modifié cette fiche/.test(e.message));
    assert.ok(deleteProfessional(as(s.referent), { id: l.id, version: 3 }));
    assert.equal(storedLine(db, l.id), undefined);
    assert.equal(db.select().from(invitations).where(eq(invitations.professionalId, l.id)).all().length, 0);
    assert.equal(lastHistory(db, s.ws.id).action, "inventory.professional_deleted");
  });
});

describe("a professional's own line", () => {
  test("saving their own line confirms it; another line is not found for them", () => {
    const someoneElse = createProfessional(as(s.referent), { line: line({ name: "Marie Pagès" }), source: "commune" });
    const { line: mine, pro } = joinedProfessional(db, s);
    const saved = updateProfessional(as(pro), { id: mine.id, version: mine.version, line: line({ name: "Lucie Chabrol", ageBracket: "moins_40", interest: "peut_etre", email: mine.email }), team: false })!;
    assert.equal(saved.as, "owner");
    assert.equal(saved.line.source, "professionnel");
    assert.ok(saved.line.confirmedAt);
    assert.equal(lastHistory(db, s.ws.id).summary, "Lucie Chabrol a vérifié et confirmé sa fiche, en modifiant : intérêt pour travailler ensemble.");
    const untouched = snapshot(sqlite);
    assert.equal(updateProfessional(as(pro), { id: someoneElse.id, version: someoneElse.version, line: line(), team: false }), null);
    assert.equal(professionalForEdit(as(pro), { id: someoneElse.id, team: false }), null);
    assert.equal(snapshot(sqlite), untouched);
  });

  test("the team cannot take the confirmation back", () => {
    const { line: mine, pro } = joinedProfessional(db, s);
    const confirmed = updateProfessional(as(pro), { id: mine.id, version: mine.version, line: line({ name: "Lucie Chabrol", ageBracket: "moins_40", email: mine.email }), team: false })!;
    assert.equal(confirmed.line.source, "professionnel");
    const saved = updateProfessional(as(s.referent), { id: mine.id, version: confirmed.line.version, source: "commune", line: line({ name: "Lucie Chabrol", note: "vue en réunion" }), team: true })!;
    assert.equal(saved.line.source, "professionnel");
  });

  test("deleting the line removes the professional's access to the workspace", () => {
    const { line: mine, pro } = joinedProfessional(db, s);
    assert.deepEqual(communeAccess(db, pro.id, MARVEJOLS)?.roles, ["professionnel"]);
    deleteProfessional(as(s.maire), { id: mine.id, version: mine.version });
    assert.equal(communeAccess(db, pro.id, MARVEJOLS), null);
    assert.match(lastHistory(db, s.ws.id).summary, /son accès professionnel à l'espace est retiré/);
  });
});

describe("the injected clock", () => {
  test("a new line is stamped with ctx.now, and so is its history event", () => {
    const created = createProfessional(as(s.referent), { line: line({ name: "Horodatée" }), source: "commune" });
    assert.equal(created.createdAt.getTime(), NOW.getTime());
    assert.equal(created.updatedAt.getTime(), NOW.getTime());
    assert.equal(lastHistory(db, s.ws.id).createdAt.getTime(), NOW.getTime());
  });

  test("a save sets updatedAt (and the owner's confirmedAt) to ctx.now; createdAt stays", () => {
    const created = createProfessional(as(s.referent), { line: line({ name: "Horodatée" }), source: "commune" });
    const saved = updateProfessional(as(s.maire, s.ws, minutesLater(5)), { id: created.id, version: 1, line: line({ name: "Horodatée", note: "plus tard" }), team: true })!;
    assert.equal(saved.line.updatedAt.getTime(), minutesLater(5).getTime());
    assert.equal(saved.line.createdAt.getTime(), NOW.getTime());
    assert.equal(lastHistory(db, s.ws.id).createdAt.getTime(), minutesLater(5).getTime());

    const { line: mine, pro } = joinedProfessional(db, s);
    const confirmed = updateProfessional(as(pro, s.ws, minutesLater(30)), { id: mine.id, version: mine.version, line: line({ name: "Lucie Chabrol", ageBracket: "moins_40", email: mine.email }), team: false })!;
    assert.equal(confirmed.line.confirmedAt?.getTime(), minutesLater(30).getTime());
    assert.equal(confirmed.line.updatedAt.getTime(), minutesLater(30).getTime());
  });

  test("a deletion's history event is at ctx.now", () => {
    const created = createProfessional(as(s.referent), { line: line({ name: "Horodatée" }), source: "commune" });
    deleteProfessional(as(s.maire, s.ws, minutesLater(60)), { id: created.id, version: 1 });
    const event = lastHistory(db, s.ws.id);
    assert.equal(event.action, "inventory.professional_deleted");
    assert.equal(event.createdAt.getTime(), minutesLater(60).getTime());
    assert.equal(db.select().from(professionals).where(eq(professionals.id, created.id)).get(), undefined);
  });
});
