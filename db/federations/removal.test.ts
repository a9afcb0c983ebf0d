import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { createInvitation } from "../invitations";
import { federationMembers, invitations, nextSteps, workspaceMembers } from "../schema";
import { communeAccessOf } from "../workspaces";
import { FormError } from "@/lib/domain/errors";
import { LYON, MONTPELLIER, NOW, contexts, inspect, openWorkspace, setUpPeople, type People } from "../workspaces/test-fixtures";
import type { Workspace } from "../workspaces/create";
import { federationRolesOf } from "./members";
import { federationMembership, removeFederationMember, unassignFacilitator } from "./removal";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, snapshot, withFailingHistory } = inspect(sqlite);
let p: People;
before(() => {
  p = setUpPeople(db);
});

const rowOf = (federationId: string, userId: string, role: "admin" | "facilitateur") =>
  db.select().from(federationMembers).all().find((r) => r.federationId === federationId && r.userId === userId && r.role === role)!.id;
function assign(ws: Workspace, userId: string, federationId = "fecop") {
  db.insert(workspaceMembers).values({ workspaceId: ws.id, userId, role: "facilitateur", federationId, createdAt: NOW }).run();
}
const fecop = () => as.federation("fecop", p.fecopAdmin);
const communeRoles = (userId: string, code: string) => communeAccessOf(as.base(), { userId, code })?.roles ?? null;

describe("removeFederationMember", () => {
  test("a facilitator leaves the federation and the communes they accompanied for it; invitations to that role are revoked", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    assign(ws, p.fecopFacilitator.id);
    const toThem = createInvitation(db, { kind: "federation_member", federationId: "fecop", email: p.fecopFacilitator.email, name: "Fanny", federationRole: "facilitateur", invitedBy: p.fecopAdmin.id }, NOW).invitation;
    const byThem = createInvitation(db, { kind: "federation_member", federationId: "fecop", email: "nouvelle@fecop.fr", name: "Nina", federationRole: "facilitateur", invitedBy: p.fecopFacilitator.id }, NOW).invitation;
    const id = rowOf("fecop", p.fecopFacilitator.id, "facilitateur");
    assert.deepEqual(federationMembership(fecop(), { memberId: id })?.communes, ["Montpellier"]);

    const removed = removeFederationMember(fecop(), { memberId: id });
    assert.deepEqual(removed?.communes, ["Montpellier"]);
    assert.equal(removed?.federationName.startsWith("Fédération"), true);
    assert.deepEqual(federationRolesOf(as.base(), { userId: p.fecopFacilitator.id, federationId: "fecop" }), []);
    assert.equal(communeRoles(p.fecopFacilitator.id, MONTPELLIER), null);
    const inv = (id: number) => db.select().from(invitations).where(eq(invitations.id, id)).get()!;
    assert.equal(inv(toThem.id).revokedAt?.getTime(), NOW.getTime());
    assert.equal(inv(byThem.id).revokedAt, null);
    assert.equal(count("history_event", "federation_id = 'fecop' and action = 'federation.member_removed' and created_at = ?", NOW.getTime()), 1);
    assert.equal(count("history_event", "workspace_id = ? and action = 'federation.facilitator_unassigned'", ws.id), 1);
    assert.equal(count("history_event", "federation_id = 'fecop' and action = 'federation.facilitator_unassigned'"), 1);
  });

  test("one role of two: the other stays, and so do the communes", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    db.insert(federationMembers).values({ federationId: "fecop", userId: p.fecopFacilitator.id, role: "admin" }).run();
    assign(ws, p.fecopFacilitator.id);
    const adminRow = rowOf("fecop", p.fecopFacilitator.id, "admin");
    assert.deepEqual(federationMembership(fecop(), { memberId: adminRow })?.communes, []);
    removeFederationMember(fecop(), { memberId: adminRow });
    assert.deepEqual(federationRolesOf(as.base(), { userId: p.fecopFacilitator.id, federationId: "fecop" }), ["facilitateur"]);
    assert.deepEqual(communeRoles(p.fecopFacilitator.id, MONTPELLIER), ["facilitateur"]);
  });

  test("the last admin stays: French message, nothing written; a second admin makes it possible", () => {
    const id = rowOf("fecop", p.fecopAdmin.id, "admin");
    const before = snapshot();
    assert.throws(
      () => removeFederationMember(fecop(), { memberId: id }),
      (e) => e instanceof FormError && e.message.startsWith("Une fédération garde toujours au moins un·e admin : Anne Admin est le ou la seul·e admin"),
    );
    assert.equal(snapshot(), before);
    const other = addUser(db, "second@fecop.fr", "Sam Second");
    db.insert(federationMembers).values({ federationId: "fecop", userId: other.id, role: "admin" }).run();
    assert.ok(removeFederationMember(fecop(), { memberId: id }));
    assert.deepEqual(federationRolesOf(as.base(), { userId: p.fecopAdmin.id, federationId: "fecop" }), []);
  });

  test("another federation's member is not found: null, nothing written", () => {
    const theirs = rowOf("femasaura", p.femasauraFacilitator.id, "facilitateur");
    const before = snapshot();
    assert.equal(removeFederationMember(fecop(), { memberId: theirs }), null);
    assert.equal(federationMembership(fecop(), { memberId: theirs }), null);
    assert.equal(snapshot(), before);
  });

  test("the removal and its history are one transaction", () => {
    const id = rowOf("fecop", p.fecopFacilitator.id, "facilitateur");
    withFailingHistory("federation.member_removed", () => assert.throws(() => removeFederationMember(fecop(), { memberId: id }), /history down/));
    assert.deepEqual(federationRolesOf(as.base(), { userId: p.fecopFacilitator.id, federationId: "fecop" }), ["facilitateur"]);
  });
});

describe("unassignFacilitator", () => {
  test("the facilitator's row for this federation goes; history on the workspace and the federation; next steps keep their owner", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    assign(ws, p.fecopFacilitator.id);
    const step = db
      .insert(nextSteps)
      .values({ workspaceId: ws.id, title: "Réunir les infirmières", ownerKind: "membre", ownerUserId: p.fecopFacilitator.id, ownerLabel: "Fanny Facilitatrice", dueOn: "2026-05-01", createdAt: NOW, updatedAt: NOW })
      .returning()
      .get();
    const done = unassignFacilitator(fecop(), { communeCode: MONTPELLIER, userId: p.fecopFacilitator.id });
    assert.equal(done?.communeName, "Montpellier");
    assert.equal(done?.name, "Fanny Facilitatrice");
    assert.equal(communeRoles(p.fecopFacilitator.id, MONTPELLIER), null);
    assert.deepEqual(federationRolesOf(as.base(), { userId: p.fecopFacilitator.id, federationId: "fecop" }), ["facilitateur"], "still a member of the federation");
    const summary = "Anne Admin a retiré Fanny Facilitatrice de l'accompagnement de Montpellier pour la fédération.";
    assert.equal(count("history_event", "workspace_id = ? and action = 'federation.facilitator_unassigned' and summary = ?", ws.id, summary), 1);
    assert.equal(count("history_event", "federation_id = 'fecop' and action = 'federation.facilitator_unassigned' and summary = ?", summary), 1);
    const after = db.select().from(nextSteps).where(eq(nextSteps.id, step.id)).get()!;
    assert.deepEqual([after.ownerUserId, after.ownerLabel], [p.fecopFacilitator.id, "Fanny Facilitatrice"]);
  });

  test("another federation's facilitator, another commune, or someone not assigned: null, nothing written", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    assign(lyon, p.femasauraFacilitator.id, "femasaura");
    assign(ws, p.femasauraFacilitator.id, "femasaura");
    const before = snapshot();
    assert.equal(unassignFacilitator(fecop(), { communeCode: LYON, userId: p.femasauraFacilitator.id }), null);
    assert.equal(unassignFacilitator(fecop(), { communeCode: MONTPELLIER, userId: p.femasauraFacilitator.id }), null);
    assert.equal(unassignFacilitator(fecop(), { communeCode: MONTPELLIER, userId: p.fecopFacilitator.id }), null);
    assert.equal(unassignFacilitator(fecop(), { communeCode: "99999", userId: p.fecopFacilitator.id }), null);
    assert.equal(snapshot(), before);
  });
});
