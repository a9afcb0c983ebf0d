import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { DB } from "./client";
import { addUser, testDatabase } from "./test-support";
import { historyEvents, invitations, professionals, users, workspaceMembers, workspaces } from "./schema";
import {
  applyImport,
  createNote,
  createProfessional,
  deleteNote,
  deleteProfessional,
  inventoryView,
  inviteProfessional,
  previewImport,
  professionalForEdit,
  professionalsForExport,
  resendProfessionalInvitation,
  revokeProfessionalInvitation,
  updateNote,
  updateProfessional,
} from "./inventory";
import { acceptInvitation, findInvitationByToken } from "./invitations";
import { communeAccess } from "@/lib/auth/access";
import { ConflictError, FieldError, FormError } from "@/lib/domain/errors";
import { professionalsCsv } from "@/lib/inventory/csv-professionals";
import type { ProfessionalInput } from "@/lib/validation/inventory";

let db: DB;
let sqlite: Database.Database;
type Actor = { id: string; email: string; name: string | null };
let maire: Actor;
let referent: Actor;
let other: Actor;
let ws: { id: number; communeCode: string; departementCode: string };
let otherWs: { id: number; communeCode: string; departementCode: string };

const MARVEJOLS = "48092";
const MENDE = "48095";

function line(over: Partial<ProfessionalInput> = {}): ProfessionalInput {
  return {
    profession: "infirmier",
    professionOther: null,
    name: "Marie Pagès",
    practiceLocation: "commune",
    practiceCommuneCode: null,
    practiceForm: "cabinet_groupe",
    ageBracket: "40_54",
    departure: "aucun",
    interest: "oui",
    email: null,
    phone: null,
    note: null,
    ...over,
  };
}

/** Every row of the tables the inventory writes to. */
function snapshot() {
  return JSON.stringify(
    ["professional", "inventory_note", "invitation", "history_event", "workspace_member", "user"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()),
  );
}

function withFailingHistory(action: string, fn: () => void) {
  sqlite.exec(`create temp trigger fail_history before insert on history_event when new.action = '${action}' begin select raise(abort, 'history down'); end;`);
  try {
    fn();
  } finally {
    sqlite.exec("drop trigger fail_history");
  }
}

const lastHistory = (workspaceId: number) =>
  db.select().from(historyEvents).where(eq(historyEvents.workspaceId, workspaceId)).all().at(-1)!;

before(() => {
  ({ db, sqlite } = testDatabase());
  maire = addUser(db, "maire@marvejols.test", "Claire Fabre");
  referent = addUser(db, "referent@marvejols.test", "Thomas Rouquette");
  other = addUser(db, "maire@mende.test", "Autre Maire");
  const a = db.insert(workspaces).values({ communeCode: MARVEJOLS, mandateStart: "2026-03-22", createdBy: maire.id }).returning().get();
  const b = db.insert(workspaces).values({ communeCode: MENDE, mandateStart: "2026-03-22", createdBy: other.id }).returning().get();
  db.insert(workspaceMembers)
    .values([
      { workspaceId: a.id, userId: maire.id, role: "maire" },
      { workspaceId: a.id, userId: referent.id, role: "referent", capacity: "elu" },
      { workspaceId: b.id, userId: other.id, role: "maire" },
    ])
    .run();
  ws = { id: a.id, communeCode: MARVEJOLS, departementCode: "48" };
  otherWs = { id: b.id, communeCode: MENDE, departementCode: "48" };
});
after(() => sqlite.close());

describe("professionals", () => {
  test("create: written with its history; a nearby commune must exist; a duplicate is refused on the name", () => {
    const created = createProfessional(db, ws, { line: line(), source: "commune" }, referent);
    assert.equal(created.version, 1);
    assert.equal(created.source, "commune");
    assert.equal(lastHistory(ws.id).summary, "Thomas Rouquette a ajouté Marie Pagès (infirmier) à l'état des lieux.");

    const before = snapshot();
    assert.throws(() => createProfessional(db, ws, { line: line({ name: "marie PAGES" }), source: "commune" }, referent), (e) => e instanceof FieldError && e.field === "name" && /figure déjà/.test(e.message));
    assert.throws(
      () => createProfessional(db, ws, { line: line({ name: "Luc", practiceLocation: "proximite", practiceCommuneCode: "99999" }), source: "commune" }, referent),
      (e) => e instanceof FieldError && e.field === "practiceCommuneCode",
    );
    assert.equal(snapshot(), before);
    // Anonymous lines are never duplicates; the same name in another commune is not either.
    createProfessional(db, ws, { line: line({ name: null }), source: "federation" }, referent);
    createProfessional(db, ws, { line: line({ name: null }), source: "federation" }, referent);
    createProfessional(db, otherWs, { line: line(), source: "commune" }, other);
  });

  test("the line and its history are one transaction", () => {
    const before = snapshot();
    withFailingHistory("inventory.professional_added", () => {
      assert.throws(() => createProfessional(db, ws, { line: line({ name: "Zoé Roux" }), source: "commune" }, referent), /history down/);
    });
    assert.equal(snapshot(), before);
  });

  test("update with the current version: saved, version + 1, changed fields in the history", () => {
    const l = createProfessional(db, ws, { line: line({ name: "Paul Astruc", profession: "masseur_kinesitherapeute" }), source: "commune" }, referent);
    const saved = updateProfessional(db, ws, { id: l.id, version: 1, line: line({ name: "Paul Astruc", profession: "masseur_kinesitherapeute", ageBracket: "62_plus", departure: "moins_2_ans" }) }, maire, { team: true })!;
    assert.equal(saved.as, "team");
    assert.equal(saved.line.version, 2);
    assert.equal(saved.line.updatedBy, maire.id);
    assert.equal(lastHistory(ws.id).summary, "Claire Fabre a modifié la fiche Paul Astruc (masseur-kinésithérapeute) (tranche d'âge, départ envisagé).");
  });

  test("a stale version is a ConflictError with what is stored now, and nothing is written", () => {
    const l = createProfessional(db, ws, { line: line({ name: "Anne Conflit" }), source: "commune" }, referent);
    updateProfessional(db, ws, { id: l.id, version: 1, line: line({ name: "Anne Conflit", interest: "non" }) }, maire, { team: true });
    const before = snapshot();
    assert.throws(
      () => updateProfessional(db, ws, { id: l.id, version: 1, line: line({ name: "Anne Conflit", interest: "peut_etre" }) }, referent, { team: true }),
      (e) => {
        assert.ok(e instanceof ConflictError);
        assert.equal(e.conflict.version, 2);
        assert.equal(e.conflict.updatedBy, "Claire Fabre");
        assert.equal(e.conflict.theirs.interest, "non");
        assert.equal(e.conflict.theirs.name, "Anne Conflit");
        return true;
      },
    );
    assert.equal(snapshot(), before);
  });

  test("a line of another commune is not found: null for reads, refused for writes", () => {
    const mine = createProfessional(db, ws, { line: line({ name: "Scoped Line" }), source: "commune" }, referent);
    assert.equal(professionalForEdit(db, otherWs.id, mine.id, { userId: other.id, team: true }), null);
    const before = snapshot();
    assert.throws(() => updateProfessional(db, otherWs, { id: mine.id, version: 1, line: line() }, other, { team: true }), FormError);
    assert.equal(deleteProfessional(db, otherWs, { id: mine.id, version: 1 }, other), null);
    assert.equal(inviteProfessional(db, otherWs, { id: mine.id, email: "x@y.fr" }, other), null);
    assert.equal(snapshot(), before);
  });

  test("delete: refused on a stale version; otherwise the line and its invitations go, with the history", () => {
    const l = createProfessional(db, ws, { line: line({ name: "À Supprimer" }), source: "commune" }, referent);
    inviteProfessional(db, ws, { id: l.id, email: "a.supprimer@idel.test" }, referent);
    updateProfessional(db, ws, { id: l.id, version: 2, line: line({ name: "À Supprimer", note: "x" }) }, maire, { team: true });
    assert.throws(() => deleteProfessional(db, ws, { id: l.id, version: 2 }, referent), (e) => e instanceof FormError && /a modifié cette fiche/.test(e.message));
    assert.ok(deleteProfessional(db, ws, { id: l.id, version: 3 }, referent));
    assert.equal(db.select().from(professionals).where(eq(professionals.id, l.id)).get(), undefined);
    assert.equal(db.select().from(invitations).where(eq(invitations.professionalId, l.id)).all().length, 0);
    assert.equal(lastHistory(ws.id).action, "inventory.professional_deleted");
  });
});

describe("a professional confirms their own line", () => {
  let lineId = 0;
  let token = "";
  let pro: Actor;

  test("the invitation sets the line's e-mail when it had none, and revokes an earlier one", () => {
    const l = createProfessional(db, ws, { line: line({ name: "Lucie Chabrol", ageBracket: "moins_40" }), source: "commune" }, referent);
    lineId = l.id;
    const first = inviteProfessional(db, ws, { id: l.id, email: "lucie@idel.test" }, referent)!;
    const second = inviteProfessional(db, ws, { id: l.id, email: "lucie.chabrol@idel.test" }, referent)!;
    token = second.token;
    assert.ok(db.select().from(invitations).where(eq(invitations.id, first.invitation.id)).get()!.revokedAt);
    const stored = db.select().from(professionals).where(eq(professionals.id, l.id)).get()!;
    assert.equal(stored.email, "lucie@idel.test");
    assert.equal(stored.version, 2);
    const view = findInvitationByToken(db, token)!;
    assert.equal(view.roleLabel, "membre de l'espace santé de Marvejols, en tant que professionnel·le de santé");
  });

  test("accepting creates the account, the role, and links the line (its version unchanged)", () => {
    const result = acceptInvitation(db, token, null);
    assert.ok(result.ok);
    assert.equal(result.redirectTo, `/communes/${MARVEJOLS}/etat-des-lieux/professionnels/${lineId}?bienvenue=1`);
    const u = db.select().from(users).where(eq(users.email, "lucie.chabrol@idel.test")).get()!;
    pro = { id: u.id, email: u.email, name: u.name };
    assert.deepEqual(communeAccess(db, u.id, MARVEJOLS)?.roles, ["professionnel"]);
    const stored = db.select().from(professionals).where(eq(professionals.id, lineId)).get()!;
    assert.equal(stored.userId, u.id);
    assert.equal(stored.version, 2);
    assert.equal(lastHistory(ws.id).action, "inventory.professional_joined");
  });

  test("the professional sees their own private fields, and nobody else's", () => {
    const { lines } = inventoryView(db, ws.id, { userId: pro.id, team: false });
    const mine = lines.find((l) => l.id === lineId)!;
    assert.equal(mine.isOwn, true);
    assert.equal(mine.ageBracket, "moins_40");
    assert.equal(mine.email, "lucie@idel.test");
    const others = lines.filter((l) => l.id !== lineId);
    assert.ok(others.length > 0);
    for (const o of others) {
      assert.deepEqual([o.ageBracket, o.departure, o.email, o.phone, o.note, o.invitation, o.linkedAccount], [null, null, null, null, null, null, null]);
    }
    const teamView = inventoryView(db, ws.id, { userId: referent.id, team: true }).lines.find((l) => l.id === lineId)!;
    assert.equal(teamView.linkedAccount, "Lucie Chabrol (lucie.chabrol@idel.test)");
  });

  test("saving their own line confirms it; another line is not found for them", () => {
    const saved = updateProfessional(db, ws, { id: lineId, version: 2, line: line({ name: "Lucie Chabrol", ageBracket: "moins_40", interest: "peut_etre", email: "lucie@idel.test" }) }, pro, { team: false })!;
    assert.equal(saved.as, "owner");
    assert.equal(saved.line.source, "professionnel");
    assert.ok(saved.line.confirmedAt);
    assert.equal(lastHistory(ws.id).summary, "Lucie Chabrol a vérifié et confirmé sa fiche, en modifiant : intérêt pour travailler ensemble.");
    const someoneElse = db.select().from(professionals).where(eq(professionals.workspaceId, ws.id)).all().find((l) => l.id !== lineId)!;
    const before = snapshot();
    assert.equal(updateProfessional(db, ws, { id: someoneElse.id, version: someoneElse.version, line: line() }, pro, { team: false }), null);
    assert.equal(professionalForEdit(db, ws.id, someoneElse.id, { userId: pro.id, team: false }), null);
    assert.equal(snapshot(), before);
  });

  test("the team cannot take the confirmation back", () => {
    const current = db.select().from(professionals).where(eq(professionals.id, lineId)).get()!;
    const saved = updateProfessional(db, ws, { id: lineId, version: current.version, source: "commune", line: line({ name: "Lucie Chabrol", note: "vue en réunion" }) }, referent, { team: true })!;
    assert.equal(saved.line.source, "professionnel");
  });

  test("deleting the line removes the professional's access to the workspace", () => {
    const current = db.select().from(professionals).where(eq(professionals.id, lineId)).get()!;
    deleteProfessional(db, ws, { id: lineId, version: current.version }, maire);
    assert.equal(communeAccess(db, pro.id, MARVEJOLS), null);
    assert.match(lastHistory(ws.id).summary, /son accès professionnel à l'espace est retiré/);
  });
});

describe("professional invitations: resend and revoke", () => {
  test("resend renews the link (the old one stops working); revoke closes it; another commune gets null", () => {
    const l = createProfessional(db, ws, { line: line({ name: "Nina Resend", email: "nina@idel.test" }), source: "commune" }, referent);
    const { invitation, token } = inviteProfessional(db, ws, { id: l.id, email: "nina@idel.test" }, referent)!;
    assert.equal(resendProfessionalInvitation(db, otherWs, invitation.id, other), null);
    assert.equal(revokeProfessionalInvitation(db, otherWs, invitation.id, other), null);
    const renewed = resendProfessionalInvitation(db, ws, invitation.id, maire)!;
    assert.equal(renewed.line.name, "Nina Resend");
    assert.equal(findInvitationByToken(db, token), null);
    assert.ok(findInvitationByToken(db, renewed.token));
    revokeProfessionalInvitation(db, ws, invitation.id, maire);
    assert.equal(findInvitationByToken(db, renewed.token)!.state, "revoked");
    assert.deepEqual(acceptInvitation(db, renewed.token, null), { ok: false, reason: "revoked" });
    assert.throws(() => revokeProfessionalInvitation(db, ws, invitation.id, maire), (e) => e instanceof FormError && /retirée/.test(e.message));
  });

  test("an invitation whose line was deleted cannot be accepted (the deletion removes it)", () => {
    const l = createProfessional(db, ws, { line: line({ name: "Olga Gone" }), source: "commune" }, referent);
    const { token } = inviteProfessional(db, ws, { id: l.id, email: "olga@idel.test" }, referent)!;
    const current = db.select().from(professionals).where(eq(professionals.id, l.id)).get()!;
    deleteProfessional(db, ws, { id: l.id, version: current.version }, referent);
    assert.deepEqual(acceptInvitation(db, token, null), { ok: false, reason: "invalid" });
    assert.equal(db.select().from(users).where(eq(users.email, "olga@idel.test")).get(), undefined);
  });
});

describe("notes", () => {
  test("create, update with versions, conflict, delete — each with its history", () => {
    const n = createNote(db, ws, { theme: "besoins", text: "Délais de rendez-vous", tags: ["delais"] }, referent);
    const updated = updateNote(db, ws, { id: n.id, version: 1, theme: "besoins", text: "Délais de trois semaines", tags: ["delais", "sans_medecin_traitant"] }, maire);
    assert.equal(updated.version, 2);
    assert.deepEqual(updated.tags, ["sans_medecin_traitant", "delais"]);
    const before = snapshot();
    assert.throws(
      () => updateNote(db, ws, { id: n.id, version: 1, theme: "besoins", text: "Autre", tags: [] }, referent),
      (e) => e instanceof ConflictError && e.conflict.theirs.text === "Délais de trois semaines" && e.conflict.theirs.tags === "sans_medecin_traitant\ndelais",
    );
    assert.throws(() => updateNote(db, otherWs, { id: n.id, version: 2, theme: "besoins", text: "x", tags: [] }, other), FormError);
    assert.equal(deleteNote(db, otherWs, { id: n.id, version: 2 }, other), null);
    assert.equal(snapshot(), before);
    assert.ok(deleteNote(db, ws, { id: n.id, version: 2 }, referent));
    assert.equal(lastHistory(ws.id).action, "inventory.note_deleted");
  });
});

describe("CSV import", () => {
  let importWs: { id: number; communeCode: string; departementCode: string };
  before(() => {
    const w = db.insert(workspaces).values({ communeCode: "48103", mandateStart: "2026-03-22", createdBy: maire.id }).returning().get();
    importWs = { id: w.id, communeCode: "48103", departementCode: "48" };
  });

  const csv = (...rows: string[]) => ["Profession;Nom;Forme d'exercice;Commune d'exercice;E-mail", ...rows].join("\r\n");

  test("a file with errors writes nothing, and says which line and why", () => {
    const before = snapshot();
    const result = applyImport(
      db,
      importWs,
      csv("Infirmier;Zoé Roux;isolé;;", "Ostéo;Luc Blanc;isolé;;", "Infirmière;zoe roux;isolé;;", "Pharmacien;Ana Lopez;isolé;Marvejols;ana@", "Kiné;Paul Roux;isolé;Saint-Martin;"),
      { fileName: "pros.csv", defaultSource: "commune" },
      referent,
    );
    assert.ok(result.ok);
    assert.equal(result.value.written, false);
    const rows = result.value.plan.rows;
    assert.deepEqual(rows.map((r) => r.action), ["create", "error", "error", "error", "error"]);
    assert.match(rows[1].errors[0], /^Profession inconnue : « Ostéo »/);
    assert.deepEqual(rows[2].errors, ["Doublon : même profession et même nom qu'à la ligne 2."]);
    assert.deepEqual(rows[3].errors, ["E-mail : Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr."]);
    assert.match(rows[4].errors[0], /^Commune d'exercice : plusieurs communes s'appellent « Saint-Martin »/);
    assert.equal(snapshot(), before);
  });

  test("a clean file is written in one go, with one history event; communes by name prefer the département", () => {
    const result = applyImport(db, importWs, csv("Infirmier;Zoé Roux;isolé;;zoe@idel.test", "Pharmacien;Ana Lopez;isolé;Marvejols;"), { fileName: "pros.csv", defaultSource: "federation" }, referent);
    assert.ok(result.ok && result.value.written);
    const lines = professionalsForExport(db, importWs.id);
    assert.deepEqual(
      lines.map((l) => [l.name, l.practiceLocation, l.practiceCommuneCode, l.source]),
      [
        ["Ana Lopez", "proximite", MARVEJOLS, "federation"],
        ["Zoé Roux", "commune", null, "federation"],
      ],
    );
    assert.match(lastHistory(importWs.id).summary, /^Thomas Rouquette a importé le fichier « pros\.csv » dans l'état des lieux — 2 fiches ajoutées : Zoé Roux \(infirmier\), Ana Lopez \(pharmacien\)\.$/);
  });

  test("export then import: identical rows are « unchanged », an edited row updates its line, a stale one is refused", () => {
    const exported = professionalsCsv(professionalsForExport(db, importWs.id)).slice(1);
    const same = previewImport(db, importWs, exported, "commune");
    assert.ok(same.ok);
    assert.deepEqual(same.value.counts, { create: 0, update: 0, unchanged: 2, error: 0 });

    const edited = exported.replace(";Pas encore sollicité·e;zoe@idel.test", ";Oui;zoe@idel.test");
    const applied = applyImport(db, importWs, edited, { fileName: "export.csv", defaultSource: "commune" }, referent);
    assert.ok(applied.ok && applied.value.written);
    assert.deepEqual(applied.value.plan.counts, { create: 0, update: 1, unchanged: 1, error: 0 });
    const zoe = professionalsForExport(db, importWs.id).find((l) => l.name === "Zoé Roux")!;
    assert.equal(zoe.interest, "oui");
    assert.equal(zoe.version, 2);

    // The same edited file again: the row is now identical. A different edit on the old version is refused.
    const stale = edited.replace(";Oui;zoe@idel.test", ";Non;zoe@idel.test");
    const refused = previewImport(db, importWs, stale, "commune");
    assert.ok(refused.ok);
    assert.match(refused.value.rows.find((r) => r.name === "Zoé Roux")!.errors[0], /^Cette fiche a été modifiée dans Boussole depuis votre export/);
  });

  test("structure errors are refusals of the whole file", () => {
    const r = previewImport(db, importWs, "Profession,Nom\nInfirmier,Zoé\n", "commune");
    assert.equal(r.ok, false);
  });
});
