import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { isolateEachTest, testDatabase, addUser } from "../test-support";
import { federationMembers, historyEvents, invitations, meetingInvitees, meetings, sessions, users, workspaceMembers } from "../schema";
import { FormError } from "@/lib/domain/errors";
import { workspaceHistory } from "../history";
import { createNote, notesView } from "../inventory";
import { displayName, findOrCreateUser, findUserByEmail } from "../users";
import { NOW, MONTPELLIER, contexts, inspect, openWorkspace, setUpPeople, type People } from "../workspaces/test-fixtures";
import { accountData, deleteOwnAccount, endAllSessions, openSessionCount, setOwnName } from "./index";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, snapshot } = inspect(sqlite);
let p: People;
before(() => {
  p = setUpPeople(db);
});

const DAY = 24 * 3600 * 1000;
function openSessions(userId: string, n: number) {
  for (let i = 0; i < n; i++) db.insert(sessions).values({ sessionToken: `${userId}-hash-${i}`, userId, expires: new Date(NOW.getTime() + DAY), createdAt: NOW }).run();
}

/** A commune with its maire and a referent who accepted, a note the referent wrote, an invitation and a meeting answer. */
function communeWithReferent() {
  const ws = openWorkspace(db, MONTPELLIER, p.maire);
  const referent = addUser(db, "claire.referente@montpellier.fr", "Claire Référente");
  db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: referent.id, role: "referent", capacity: "elu" }).run();
  db.insert(invitations)
    .values({ kind: "referent", workspaceId: ws.id, email: referent.email, name: referent.name!, capacity: "elu", tokenHash: "received-token-hash", expiresAt: NOW, invitedBy: p.maire.id, acceptedAt: NOW, acceptedBy: referent.id, createdAt: NOW })
    .run();
  db.insert(invitations)
    .values({ kind: "professionnel", workspaceId: ws.id, email: "medecin@montpellier.fr", name: "Paul Médecin", tokenHash: "sent-token-hash", expiresAt: NOW, invitedBy: referent.id, createdAt: NOW })
    .run();
  const meeting = db.insert(meetings).values({ workspaceId: ws.id, title: "Première rencontre", kind: "premiere", startsAt: NOW, durationMinutes: 90, place: "Mairie", icsUid: "uid-1", createdBy: referent.id }).returning().get();
  db.insert(meetingInvitees).values({ meetingId: meeting.id, name: "Claire Référente", profession: "autre", email: referent.email, tokenHash: "answer-token-hash", answer: "oui", comment: "Je viendrai", answeredAt: NOW }).run();
  db.insert(historyEvents).values({ workspaceId: ws.id, actorId: p.maire.id, action: "referent.invited", summary: `Michaël Delafosse a désigné Claire Référente (${referent.email}).`, createdAt: NOW }).run();
  createNote(as.commune(ws, referent), { theme: "besoins", text: "Les habitants manquent de médecins le samedi.", tags: [] });
  openSessions(referent.id, 2);
  return { ws, referent };
}

describe("names", () => {
  test("displayName: the name; never the address; « compte supprimé » for a deleted account", () => {
    assert.equal(displayName({ name: " Claire Bonnefous ", email: "c@b.fr" }), "Claire Bonnefous");
    assert.equal(displayName({ name: null, email: "c@b.fr" }), "un·e utilisateur·rice");
    assert.equal(displayName({ name: "", email: "c@b.fr" }), "un·e utilisateur·rice");
    assert.equal(displayName({ name: "Claire", email: "c@b.fr", deletedAt: NOW }), "compte supprimé");
    assert.equal(displayName({ name: null, email: "supprime-123@compte-supprime.invalid" }), "compte supprimé");
  });

  test("setOwnName: the name is the account's at once", () => {
    const u = addUser(db, "nouveau@mairie.fr");
    setOwnName(as.account(u), { name: "Camille Nouveau" });
    assert.equal(findUserByEmail(as.base(), { email: "nouveau@mairie.fr" })?.name, "Camille Nouveau");
  });
});

describe("se déconnecter partout", () => {
  test("every session of the account ends, nobody else's", () => {
    openSessions(p.maire.id, 3);
    openSessions(p.maireLyon.id, 1);
    assert.equal(openSessionCount(as.account(p.maire)), 3);
    assert.equal(endAllSessions(as.account(p.maire)), 3);
    assert.equal(count("session", "userId = ?", p.maire.id), 0);
    assert.equal(count("session", "userId = ?", p.maireLyon.id), 1);
  });
});

describe("télécharger mes données", () => {
  test("account, roles, invitations sent and received, answers, what they wrote; no token nor hash", () => {
    const { referent } = communeWithReferent();
    db.insert(federationMembers).values({ federationId: "fecop", userId: referent.id, role: "facilitateur" }).run();
    const before = snapshot();
    const data = accountData(as.account(referent))!;
    assert.equal(snapshot(), before, "the download writes nothing");
    assert.deepEqual(data.account, { id: referent.id, name: "Claire Référente", email: referent.email, emailVerifiedAt: null, createdAt: data.account.createdAt });
    assert.deepEqual(
      data.roles.communes.map((r) => [r.code, r.role, r.capacity]),
      [[MONTPELLIER, "referent", "elu"]],
    );
    assert.deepEqual(
      data.roles.federations.map((r) => [r.id, r.role]),
      [["fecop", "facilitateur"]],
    );
    assert.deepEqual(
      data.invitations.received.map((i) => [i.kind, i.commune]),
      [["referent", "Montpellier"]],
    );
    assert.deepEqual(
      data.invitations.sent.map((i) => [i.kind, i.email]),
      [["professionnel", "medecin@montpellier.fr"]],
    );
    assert.deepEqual(
      data.meetingAnswers.map((a) => [a.meeting, a.answer, a.comment]),
      [["Première rencontre", "oui", "Je viendrai"]],
    );
    assert.deepEqual(
      data.authored.inventoryNotes.map((n) => n.text),
      ["Les habitants manquent de médecins le samedi."],
    );
    assert.deepEqual(
      data.authored.meetings.map((m) => m.title),
      ["Première rencontre"],
    );
    assert.ok(data.authored.history.some((h) => h.action === "inventory.note_added"));
    assert.equal(data.sessions.length, 2);
    const json = JSON.stringify(data);
    for (const secret of ["token-hash", "-hash-0", "tokenHash", "sessionToken"]) assert.ok(!json.includes(secret), `the export holds « ${secret} »`);
    // Somebody else's data is not in it.
    assert.ok(!json.includes("maire@montpellier.fr"));
  });
});

describe("supprimer mon compte", () => {
  test("refused to the last maire of a workspace, in French, nothing written", () => {
    openWorkspace(db, MONTPELLIER, p.maire);
    const before = snapshot();
    assert.throws(
      () => deleteOwnAccount(as.account(p.maire)),
      (e) => e instanceof FormError && /seul·e maire de l'espace de Montpellier/.test(e.message) && /transférer le rôle de maire/.test(e.message),
    );
    assert.equal(snapshot(), before);
  });

  test("refused to the last admin of a federation; allowed once another admin is there", () => {
    assert.throws(
      () => deleteOwnAccount(as.account(p.fecopAdmin)),
      (e) => e instanceof FormError && /seul·e admin de la Fédération/.test(e.message) && /invitez d'abord un·e autre admin/.test(e.message),
    );
    assert.equal(count("federation_member", "user_id = ?", p.fecopAdmin.id), 1);
    db.insert(federationMembers).values({ federationId: "fecop", userId: p.fecopFacilitator.id, role: "admin" }).run();
    deleteOwnAccount(as.account(p.fecopAdmin));
    assert.equal(count("federation_member", "user_id = ?", p.fecopAdmin.id), 0);
    const event = db.select().from(historyEvents).where(eq(historyEvents.federationId, "fecop")).all().at(-1)!;
    assert.equal(event.action, "account.deleted");
  });

  test("roles, sessions, address and name go; history scrubbed; authored items stay under « compte supprimé »", () => {
    const { ws, referent } = communeWithReferent();
    openSessions(p.maire.id, 1);
    const result = deleteOwnAccount(as.account(referent));
    assert.deepEqual(result, { workspaces: 1, federations: 0 });

    const row = db.select().from(users).where(eq(users.id, referent.id)).get()!;
    assert.equal(row.name, null);
    assert.equal(row.email, `supprime-${referent.id}@compte-supprime.invalid`);
    assert.deepEqual(row.deletedAt, NOW);
    assert.equal(count("workspace_member", "user_id = ?", referent.id), 0);
    assert.equal(count("session", "userId = ?", referent.id), 0);
    assert.equal(count("session", "userId = ?", p.maire.id), 1, "nobody else is signed out");
    assert.equal(count("history_event", "summary like ?", "%claire.referente@montpellier.fr%"), 0, "no history keeps the address");
    assert.equal(count("invitation", "email = ?", "claire.referente@montpellier.fr"), 0);

    const history = workspaceHistory(as.commune(ws, p.maire));
    const deleted = history.find((h) => h.action === "account.deleted")!;
    assert.ok(deleted, "account.deleted recorded in the workspace");
    assert.ok(!deleted.summary.includes("@"));
    assert.equal(displayName({ name: deleted.actorName, email: deleted.actorEmail! }), "compte supprimé");
    assert.deepEqual(
      notesView(as.commune(ws, p.maire)).map((n) => [n.text, n.updatedByName]),
      [["Les habitants manquent de médecins le samedi.", "compte supprimé"]],
    );
  });

  test("a later sign-in with the same address makes a fresh account", () => {
    const { referent } = communeWithReferent();
    deleteOwnAccount(as.account(referent));
    const fresh = db.transaction((tx) => findOrCreateUser(tx, "claire.referente@montpellier.fr", null, NOW));
    assert.notEqual(fresh.id, referent.id);
    assert.equal(fresh.name, null);
    assert.equal(count("workspace_member", "user_id = ?", fresh.id), 0);
  });
});
