import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { addUser, allowServerOnly, isolateEachTest, mailsWritten, testDatabase, withFailingOutbox } from "@/db/test-support";
import type { Actor } from "@/db/context";
import { federationMembers, workspaceMembers } from "@/db/schema";
import type { Workspace } from "@/db/workspaces";
import { MONTPELLIER, NOW, contexts, openWorkspace, setUpPeople, type People } from "@/db/workspaces/test-fixtures";

allowServerOnly();
const { removeFederationMemberAndTell, removeWorkspaceMemberAndTell, unassignFacilitatorAndTell } = await import("./removal-changes");

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
let p: People;
let elise: Actor;
before(() => {
  p = setUpPeople(db);
  elise = addUser(db, "elise@montpellier.fr", "Élise Élue");
});

/** Every row a removal and its e-mail write to. */
const snapshot = () =>
  JSON.stringify(["workspace_member", "federation_member", "invitation", "history_event", "mail"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()));
const written = () => mailsWritten(db).map((m) => [m.to, m.subject]);

function writesNothing(fn: () => unknown, error: RegExp) {
  const before = snapshot();
  assert.throws(fn, error);
  assert.equal(snapshot(), before);
}

function join(ws: Workspace, who: Actor, role: "maire" | "referent" | "facilitateur") {
  return db
    .insert(workspaceMembers)
    .values({ workspaceId: ws.id, userId: who.id, role, capacity: role === "referent" ? "elu" : null, federationId: role === "facilitateur" ? "fecop" : null, createdAt: NOW })
    .returning()
    .get().id;
}
const maireRow = (ws: Workspace) => db.select().from(workspaceMembers).all().find((r) => r.workspaceId === ws.id && r.userId === p.maire.id && r.role === "maire")!.id;
const federationRow = (userId: string) => db.select().from(federationMembers).all().find((r) => r.federationId === "fecop" && r.userId === userId)!.id;
const fecop = () => as.federation("fecop", p.fecopAdmin);

describe("the maire removes someone from the commune's workspace", () => {
  test("written with the e-mail telling the person, waiting for the worker", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const id = join(ws, elise, "referent");
    const removed = removeWorkspaceMemberAndTell(as.commune(ws, p.maire), { memberId: id, communeName: "Montpellier" });
    assert.equal(removed?.email, elise.email);
    assert.deepEqual(written(), [[elise.email, "Votre accès à l'espace de Montpellier sur Boussole est retiré"]]);
    assert.equal(mailsWritten(db)[0].status, "en_attente");
    assert.match(sqlite.prepare("select text from mail").pluck().get() as string, /Michaël Delafosse, maire de Montpellier, vous a retiré·e .* où vous étiez référent·e santé/);
  });

  test("refused (the last maire) or not a member: no e-mail; an outbox that cannot be written undoes the removal", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    writesNothing(() => removeWorkspaceMemberAndTell(as.commune(ws, p.maire), { memberId: maireRow(ws), communeName: "Montpellier" }), /au moins un·e maire/);
    const before = snapshot();
    assert.equal(removeWorkspaceMemberAndTell(as.commune(ws, p.maire), { memberId: 999_999, communeName: "Montpellier" }), null);
    assert.equal(snapshot(), before);
    const id = join(ws, elise, "referent");
    withFailingOutbox(sqlite, () => writesNothing(() => removeWorkspaceMemberAndTell(as.commune(ws, p.maire), { memberId: id, communeName: "Montpellier" }), /outbox down/));
    assert.equal(sqlite.prepare("select count(*) from workspace_member where id = ?").pluck().get(id), 1, "Élise keeps her access");
  });
});

describe("a federation's admin removes a member", () => {
  test("written with the e-mail telling the person, naming the communes they no longer accompany", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    join(ws, p.fecopFacilitator, "facilitateur");
    const removed = removeFederationMemberAndTell(fecop(), { memberId: federationRow(p.fecopFacilitator.id) });
    assert.deepEqual(removed?.communes, ["Montpellier"]);
    assert.equal(written().length, 1);
    assert.equal(written()[0][0], p.fecopFacilitator.email);
    assert.match(written()[0][1], /^Votre accès à l'espace de la .* sur Boussole est retiré$/);
    assert.match(sqlite.prepare("select text from mail").pluck().get() as string, /la commune de Montpellier/);
  });

  test("refused (the last admin) or another federation's: no e-mail; an outbox that cannot be written undoes the removal", () => {
    writesNothing(() => removeFederationMemberAndTell(fecop(), { memberId: federationRow(p.fecopAdmin.id) }), /au moins un·e admin/);
    const before = snapshot();
    assert.equal(removeFederationMemberAndTell(as.federation("femasaura", p.femasauraFacilitator), { memberId: federationRow(p.fecopFacilitator.id) }), null);
    assert.equal(snapshot(), before);
    withFailingOutbox(sqlite, () => writesNothing(() => removeFederationMemberAndTell(fecop(), { memberId: federationRow(p.fecopFacilitator.id) }), /outbox down/));
  });
});

describe("a federation's admin ends a facilitator's accompaniment of one commune", () => {
  test("written with the e-mail telling the facilitator", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    join(ws, p.fecopFacilitator, "facilitateur");
    unassignFacilitatorAndTell(fecop(), { communeCode: MONTPELLIER, userId: p.fecopFacilitator.id });
    assert.deepEqual(written(), [[p.fecopFacilitator.email, "Vous n'accompagnez plus Montpellier"]]);
  });

  test("no such accompaniment: no e-mail; an outbox that cannot be written undoes the unassignment", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const before = snapshot();
    assert.equal(unassignFacilitatorAndTell(fecop(), { communeCode: MONTPELLIER, userId: p.fecopFacilitator.id }), null);
    assert.equal(snapshot(), before);
    join(ws, p.fecopFacilitator, "facilitateur");
    withFailingOutbox(sqlite, () => writesNothing(() => unassignFacilitatorAndTell(fecop(), { communeCode: MONTPELLIER, userId: p.fecopFacilitator.id }), /outbox down/));
  });
});
