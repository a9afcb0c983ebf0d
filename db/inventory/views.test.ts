import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { practiceCommuneChoices } from "./communes";
import { createProfessional } from "./lines";
import { inviteProfessional } from "./invitations";
import { createNote } from "./notes";
import { locatedIn } from "./shared";
import { inventoryView, noteForEdit, professionalForEdit, professionalsForExport } from "./views";
import { MONTRODAT, NOW, contextFor, joinedProfessional, line, minutesLater, setUpCommunes, type Setting } from "./test-fixtures";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
let s: Setting;
let as: ReturnType<typeof contextFor>;
before(() => {
  s = setUpCommunes(db);
  as = contextFor(db, s);
});
after(() => sqlite.close());

describe("who sees what", () => {
  test("the professional sees their own private fields, and nobody else's", () => {
    createProfessional(as(s.referent), { line: line({ name: "Marie Pagès", ageBracket: "55_61", email: "marie@idel.test", note: "privée" }), source: "commune" });
    const pending = createProfessional(as(s.referent), { line: line({ name: "Nina Invitée", profession: "pharmacien" }), source: "commune" });
    inviteProfessional(as(s.referent), { id: pending.id, email: "nina@idel.test" });
    const { line: mine, pro } = joinedProfessional(db, s);

    const { lines } = inventoryView(as(pro), { team: false });
    const own = lines.find((l) => l.id === mine.id)!;
    assert.equal(own.isOwn, true);
    assert.equal(own.ageBracket, "moins_40");
    assert.equal(own.email, "lucie.chabrol@idel.test");
    const others = lines.filter((l) => l.id !== mine.id);
    assert.equal(others.length, 2);
    for (const o of others) {
      assert.deepEqual([o.ageBracket, o.departure, o.email, o.phone, o.note, o.invitation, o.linkedAccount], [null, null, null, null, null, null, null]);
    }
    const teamView = inventoryView(as(s.referent), { team: true }).lines;
    assert.equal(teamView.find((l) => l.id === mine.id)!.linkedAccount, "Lucie Chabrol (lucie.chabrol@idel.test)");
    assert.equal(teamView.find((l) => l.id === pending.id)!.invitation?.email, "nina@idel.test");
  });

  test("lines in the list's order of professions, then by name; notes in the order they were written, known tags only", () => {
    createProfessional(as(s.referent), { line: line({ name: "Zoé Roux", profession: "infirmier" }), source: "commune" });
    createProfessional(as(s.referent), { line: line({ name: "Ana Lopez", profession: "infirmier" }), source: "commune" });
    createProfessional(as(s.referent), { line: line({ name: "Dr Causse", profession: "medecin_generaliste" }), source: "commune" });
    createNote(as(s.referent), { theme: "besoins", text: "Première", tags: ["delais", "inconnu"] });
    createNote(as(s.maire), { theme: "offres", text: "Seconde", tags: [] });
    const view = inventoryView(as(s.maire), { team: true });
    assert.deepEqual(view.lines.map((l) => l.name), ["Dr Causse", "Ana Lopez", "Zoé Roux"]);
    assert.deepEqual(view.notes.map((n) => [n.text, n.tags, n.updatedByName]), [["Première", ["delais"], "Thomas Rouquette"], ["Seconde", [], "Claire Fabre"]]);
    assert.deepEqual(professionalsForExport(as(s.maire)).map((l) => l.name), ["Dr Causse", "Ana Lopez", "Zoé Roux"]);
  });
});

describe("edit pages", () => {
  test("a line's form values: the anonymous box, the nearby commune as « Name (code) »", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: null, practiceLocation: "proximite", practiceCommuneCode: MONTRODAT, phone: "0466000000" }), source: "federation" });
    const found = professionalForEdit(as(s.maire), { id: l.id, team: true })!;
    assert.equal(found.view.practiceCommuneName, "Montrodat");
    assert.deepEqual(found.values, {
      profession: "infirmier",
      professionOther: "",
      anonymous: "on",
      name: "",
      practiceLocation: "proximite",
      practiceCommuneCode: MONTRODAT,
      practiceCommuneLabel: `Montrodat (${MONTRODAT})`,
      practiceForm: "cabinet_groupe",
      ageBracket: "40_54",
      departure: "aucun",
      interest: "oui",
      email: "",
      phone: "0466000000",
      note: "",
      source: "federation",
    });
  });

  test("another commune's line or note is not found", () => {
    const l = createProfessional(as(s.referent), { line: line(), source: "commune" });
    const n = createNote(as(s.referent), { theme: "besoins", text: "Délais", tags: [] });
    const stranger = as(s.other, s.otherWs);
    assert.equal(professionalForEdit(stranger, { id: l.id, team: true }), null);
    assert.equal(noteForEdit(stranger, { id: n.id }), null);
    assert.equal(noteForEdit(as(s.maire), { id: n.id })?.text, "Délais");
  });
});

describe("the injected clock", () => {
  test("an invitation's state is read at ctx.now: open within its days, expired after", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Nina Invitée" }), source: "commune" });
    inviteProfessional(as(s.referent), { id: l.id, email: "nina@idel.test" });
    assert.equal(professionalForEdit(as(s.maire), { id: l.id, team: true })!.view.invitation?.state, "open");
    const eightDaysLater = minutesLater(8 * 24 * 60);
    assert.equal(professionalForEdit(as(s.maire, s.ws, eightDaysLater), { id: l.id, team: true })!.view.invitation?.state, "expired");
    assert.equal(inventoryView(as(s.maire, s.ws, eightDaysLater), { team: true }).lines[0].invitation?.state, "expired");
  });

  test("the pages show the time a line was saved: the injected clock's", () => {
    const l = createProfessional(as(s.referent), { line: line(), source: "commune" });
    assert.equal(professionalForEdit(as(s.maire), { id: l.id, team: true })!.view.updatedAt.getTime(), NOW.getTime());
  });
});

describe("the nearby commune search", () => {
  test("communes of the workspace's département come first, eight at most", () => {
    const lozere = practiceCommuneChoices(as(s.maire), { query: "bourg" });
    assert.equal(lozere.length, 8);
    assert.deepEqual(lozere[0], { code: "48099", name: "Bourgs sur Colagne", postalCodes: lozere[0].postalCodes, departement: "Lozère (48)" });
    const ain = practiceCommuneChoices(locatedIn(as(s.maire), "01"), { query: "bourg" });
    assert.deepEqual(ain.slice(0, 2).map((c) => c.departement), ["Ain (01)", "Ain (01)"]);
  });
});
