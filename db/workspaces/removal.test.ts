import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { createInvitation } from "../invitations";
import { invitations, nextSteps, professionals, workspaceMembers } from "../schema";
import { FieldError, FormError } from "@/lib/domain/errors";
import type { Actor } from "../context";
import { communeAccessOf } from "./members";
import { designateAnotherReferent, removeWorkspaceMember, workspaceMember } from "./removal";
import { LYON, MONTPELLIER, NOW, contexts, inspect, openWorkspace, setUpPeople, workspaceOf, type People } from "./test-fixtures";
import type { Workspace } from "./create";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, snapshot, withFailingHistory } = inspect(sqlite);
let p: People;
let elise: Actor;
let paul: Actor;
before(() => {
  p = setUpPeople(db);
  elise = addUser(db, "elise@montpellier.fr", "Élise Élue");
  paul = addUser(db, "paul@cabinet.fr", "Paul Pharmacien");
});

function join(ws: Workspace, who: Actor, role: "maire" | "referent" | "professionnel" | "facilitateur") {
  return db
    .insert(workspaceMembers)
    .values({ workspaceId: ws.id, userId: who.id, role, capacity: role === "referent" ? "elu" : null, federationId: role === "facilitateur" ? "fecop" : null, createdAt: NOW })
    .returning()
    .get().id;
}
const memberIdOf = (ws: Workspace, who: Actor, role: string) =>
  db.select({ id: workspaceMembers.id }).from(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, ws.id), eq(workspaceMembers.userId, who.id), eq(workspaceMembers.role, role as "maire"))).get()!.id;
const remove = (ws: Workspace, memberId: number, actor = p.maire) => removeWorkspaceMember(as.commune(ws, actor), { memberId });
const rolesOf = (who: Actor, code: string) => communeAccessOf(as.base(), { userId: who.id, code })?.roles ?? null;

describe("removeWorkspaceMember", () => {
  test("a referent: access ends, invitations to that role for that address are revoked, those they sent stay, history written", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const id = join(ws, elise, "referent");
    assert.deepEqual(rolesOf(elise, MONTPELLIER), ["referent"]);
    const toHer = createInvitation(db, { kind: "referent", workspaceId: ws.id, email: elise.email, name: "Élise Élue", capacity: "elu", invitedBy: p.maire.id }, NOW).invitation;
    const byHer = createInvitation(db, { kind: "professionnel", workspaceId: ws.id, email: "infirmiere@cabinet.fr", name: "Iris", invitedBy: elise.id }, NOW).invitation;

    const removed = remove(ws, id);
    assert.equal(removed?.name, "Élise Élue");
    assert.equal(removed?.role, "referent");
    assert.equal(rolesOf(elise, MONTPELLIER), null, "the guard's query finds no role: the next request is a 404");
    const inv = (id: number) => db.select().from(invitations).where(eq(invitations.id, id)).get()!;
    assert.equal(inv(toHer.id).revokedAt?.getTime(), NOW.getTime());
    assert.equal(inv(byHer.id).revokedAt, null);
    assert.equal(count("history_event", "workspace_id = ? and action = 'workspace.member_removed' and actor_id = ? and created_at = ?", ws.id, p.maire.id, NOW.getTime()), 1);
    const summary = sqlite.prepare("select summary from history_event where action = 'workspace.member_removed'").pluck().get();
    assert.equal(summary, "Michaël Delafosse a retiré Élise Élue (référent·e santé (élu·e)) de l'espace de la commune.");
    assert.deepEqual(rolesOf(p.maire, MONTPELLIER), ["maire"]);
  });

  test("a professional's membership: the inventory line stays, no longer linked to the account", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const line = db
      .insert(professionals)
      .values({ workspaceId: ws.id, profession: "pharmacien", name: "Paul Pharmacien", practiceLocation: "commune", practiceForm: "isole", source: "professionnel", userId: paul.id, confirmedAt: NOW })
      .returning()
      .get();
    const id = join(ws, paul, "professionnel");
    const open = createInvitation(db, { kind: "professionnel", workspaceId: ws.id, email: paul.email, name: "Paul", professionalId: line.id, invitedBy: p.maire.id }, NOW).invitation;
    remove(ws, id);
    assert.equal(rolesOf(paul, MONTPELLIER), null);
    const after = db.select().from(professionals).where(eq(professionals.id, line.id)).get()!;
    assert.equal(after.userId, null);
    assert.equal(after.name, "Paul Pharmacien");
    assert.equal(after.version, line.version, "the line's fields are unchanged: nobody's open form conflicts");
    assert.ok(db.select().from(invitations).where(eq(invitations.id, open.id)).get()!.revokedAt);
  });

  test("a co-maire can be removed; the last maire cannot: French message, nothing written", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const coMaire = join(ws, elise, "maire");
    remove(ws, coMaire);
    assert.equal(rolesOf(elise, MONTPELLIER), null);
    const own = memberIdOf(ws, p.maire, "maire");
    const before = snapshot();
    assert.throws(
      () => remove(ws, own),
      (e) => e instanceof FormError && e.message === "Une commune garde toujours au moins un·e maire : Michaël Delafosse est le ou la seul·e maire de l'espace, son accès ne peut pas être retiré.",
    );
    assert.equal(snapshot(), before);
  });

  test("another commune's member is not found (null), a facilitator is the federation's to unassign: nothing written", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    const theirs = join(lyon, elise, "referent");
    const facilitator = join(ws, p.fecopFacilitator, "facilitateur");
    const before = snapshot();
    assert.equal(remove(ws, theirs), null);
    assert.equal(workspaceMember(as.commune(ws, p.maire), { memberId: theirs }), null);
    assert.equal(remove(ws, 999_999), null);
    assert.throws(() => remove(ws, facilitator), (e) => e instanceof FormError && /c'est la fédération qui peut/.test(e.message));
    assert.equal(snapshot(), before);
    assert.deepEqual(rolesOf(elise, LYON), ["referent"]);
  });

  test("the removal and its history are one transaction: a failed history write keeps the member", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const id = join(ws, elise, "referent");
    withFailingHistory("workspace.member_removed", () => assert.throws(() => remove(ws, id), /history down/));
    assert.deepEqual(rolesOf(elise, MONTPELLIER), ["referent"]);
  });

  test("the removed person's open next steps keep their owner: the same account, the same name", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const id = join(ws, elise, "referent");
    const step = db
      .insert(nextSteps)
      .values({ workspaceId: ws.id, title: "Appeler la pharmacie", ownerKind: "membre", ownerUserId: elise.id, ownerLabel: "Élise Élue", dueOn: "2026-05-01", createdAt: NOW, updatedAt: NOW })
      .returning()
      .get();
    remove(ws, id);
    const after = db.select().from(nextSteps).where(eq(nextSteps.id, step.id)).get()!;
    assert.equal(after.ownerUserId, elise.id);
    assert.equal(after.ownerLabel, "Élise Élue");
    assert.equal(after.status, "a_faire");
  });
});

describe("designateAnotherReferent", () => {
  const arnaud = { capacity: "agent" as const, name: "Arnaud Agent", email: "arnaud@montpellier.fr" };
  const designate = (ws: Workspace, replace: boolean | undefined, people = [arnaud]) => {
    const current = workspaceOf(db, ws.communeCode);
    return designateAnotherReferent(as.commune(current, p.maire), { kind: "agent", people, version: current.version, replace });
  };

  test("replacing: the current referent is removed at once, the new invitation sent, both in the history", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    join(ws, elise, "referent");
    const { created, removed } = designate(ws, true);
    assert.deepEqual(removed.map((r) => r.email), [elise.email]);
    assert.equal(created.length, 1);
    assert.equal(rolesOf(elise, MONTPELLIER), null);
    const summary = sqlite.prepare("select summary from history_event where action = 'workspace.member_removed'").pluck().get();
    assert.equal(summary, "Michaël Delafosse a retiré Élise Élue (référent·e santé (élu·e)) de l'espace de la commune : Arnaud Agent est désigné·e à sa place.");
    assert.equal(count("history_event", "action = 'referent.invited'"), 1);
  });

  test("adding: the current referent stays; without a choice, a message beside it and nothing written", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    join(ws, elise, "referent");
    const before = snapshot();
    assert.throws(
      () => designate(ws, undefined),
      (e) => e instanceof FieldError && e.field === "replace" && e.message === "Dites si la nouvelle désignation remplace Élise Élue ou s'y ajoute.",
    );
    assert.equal(snapshot(), before);
    const { removed } = designate(ws, false);
    assert.deepEqual(removed, []);
    assert.deepEqual(rolesOf(elise, MONTPELLIER), ["referent"]);
  });

  test("replacing someone by themself is refused beside the address; with no referent yet, no choice is asked", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    assert.equal(designate(ws, undefined).removed.length, 0);
    const ws2 = workspaceOf(db, MONTPELLIER);
    join(ws2, elise, "referent");
    const before = snapshot();
    assert.throws(
      () => designate(ws2, true, [{ capacity: "agent", name: "Élise", email: elise.email }]),
      (e) => e instanceof FieldError && e.field === "agentEmail",
    );
    assert.equal(snapshot(), before);
  });
});
