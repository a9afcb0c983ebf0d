import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { isolateEachTest, testDatabase } from "../test-support";
import { federationRequests, historyEvents, workspaceMembers } from "../schema";
import { FormError } from "@/lib/domain/errors";
import { LYON, MONTPELLIER, NOW, contexts, inspect, openWorkspace, setUpPeople, throwsFieldError, type People } from "../workspaces/test-fixtures";
import type { Workspace } from "../workspaces";
import { federationNotificationAddresses, requestFederation, withdrawFederationRequest } from "./requests";
import { acceptFederationRequest, declineFederationRequest } from "./decisions";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, snapshot, withFailingHistory } = inspect(sqlite);
let p: People;
before(() => {
  p = setUpPeople(db);
});

/** Montpellier's workspace with a request pending at the Fécop. */
function pendingAtFecop(): { ws: Workspace; requestId: number } {
  const ws = openWorkspace(db, MONTPELLIER, p.maire);
  const { request } = requestFederation(as.commune(ws, p.maire), { federationId: "fecop", message: "Nous souhaitons être accompagnés." });
  return { ws, requestId: request.id };
}

describe("the commune asks", () => {
  test("requestFederation: a pending request and its history, on the context's clock", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const { request, federation } = requestFederation(as.commune(ws, p.maire), { federationId: "fecop", message: "Nous souhaitons être accompagnés." });
    assert.equal(federation.id, "fecop");
    assert.equal(request.status, "pending");
    assert.equal(request.workspaceId, ws.id);
    assert.equal(request.requestedBy, p.maire.id);
    assert.deepEqual(request.requestedAt, NOW);
    assert.equal(count("history_event", "workspace_id = ? and action = 'federation.requested' and created_at = ?", ws.id, NOW.getTime()), 1);
  });

  test("a second request while one is pending is a FormError, nothing written", () => {
    const { ws } = pendingAtFecop();
    const before = snapshot();
    assert.throws(
      () => requestFederation(as.commune(ws, p.maire), { federationId: "femasaura", message: "Et vous ?" }),
      (e) => e instanceof FormError && /déjà en attente/.test(e.message),
    );
    assert.equal(snapshot(), before);
  });

  test("an unknown federation is a FieldError on federationId, nothing written", () => {
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    const before = snapshot();
    throwsFieldError(() => requestFederation(as.commune(lyon, p.maireLyon), { federationId: "nope", message: "?" }), "federationId");
    assert.equal(snapshot(), before);
  });

  test("withdrawFederationRequest: withdrawn with its history; another workspace's request is refused, nothing written", () => {
    const { ws, requestId } = pendingAtFecop();
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    const before = snapshot();
    assert.throws(() => withdrawFederationRequest(as.commune(lyon, p.maireLyon), { requestId }), FormError);
    assert.equal(snapshot(), before);

    withdrawFederationRequest(as.commune(ws, p.maire), { requestId });
    const row = db.select().from(federationRequests).where(eq(federationRequests.id, requestId)).get()!;
    assert.equal(row.status, "withdrawn");
    assert.deepEqual(row.decidedAt, NOW);
    assert.equal(count("history_event", "workspace_id = ? and action = 'federation.withdrawn'", ws.id), 1);
    assert.throws(() => acceptFederationRequest(as.federation("fecop", p.fecopAdmin), { requestId, facilitatorIds: [p.fecopFacilitator.id], mandateChecked: true }), /retiré/);
  });

  test("federationNotificationAddresses: the admins, or the federation's public address", () => {
    assert.deepEqual(federationNotificationAddresses(as.base(), { federationId: "fecop" }), ["admin@fecop.fr"]);
    assert.deepEqual(federationNotificationAddresses(as.base(), { federationId: "femasaura" }), ["secretariat@femasaura.fr"]);
    assert.deepEqual(federationNotificationAddresses(as.base(), { federationId: "nope" }), []);
  });
});

describe("the federation answers", () => {
  test("another federation cannot accept or decline it: not found, nothing written", () => {
    const { requestId } = pendingAtFecop();
    const before = snapshot();
    const femasaura = as.federation("femasaura", p.femasauraFacilitator);
    assert.equal(acceptFederationRequest(femasaura, { requestId, facilitatorIds: [p.femasauraFacilitator.id], mandateChecked: true }), null);
    assert.equal(declineFederationRequest(femasaura, { requestId, reason: "Hors de notre région." }), null);
    assert.equal(acceptFederationRequest(as.federation("fecop", p.fecopAdmin), { requestId: 999_999, facilitatorIds: [p.fecopFacilitator.id], mandateChecked: true }), null);
    assert.equal(snapshot(), before);
  });

  test("a facilitator who is not a member of the federation is a FieldError, nothing written", () => {
    const { requestId } = pendingAtFecop();
    const fecop = as.federation("fecop", p.fecopAdmin);
    const before = snapshot();
    throwsFieldError(() => acceptFederationRequest(fecop, { requestId, facilitatorIds: [p.femasauraFacilitator.id], mandateChecked: true }), "facilitatorIds", /parmi les membres de la fédération/);
    throwsFieldError(() => acceptFederationRequest(fecop, { requestId, facilitatorIds: [p.fecopFacilitator.id, p.femasauraFacilitator.id], mandateChecked: true }), "facilitatorIds");
    throwsFieldError(() => acceptFederationRequest(fecop, { requestId, facilitatorIds: ["no-such-user"], mandateChecked: true }), "facilitatorIds");
    assert.equal(snapshot(), before);
    assert.equal(db.select().from(federationRequests).where(eq(federationRequests.id, requestId)).get()?.status, "pending");
    assert.equal(count("workspace_member", "role = 'facilitateur'"), 0);
  });

  test("the acceptance and its history are one transaction", () => {
    const { requestId } = pendingAtFecop();
    const before = snapshot();
    withFailingHistory("federation.accepted", () => {
      assert.throws(() => acceptFederationRequest(as.federation("fecop", p.fecopAdmin), { requestId, facilitatorIds: [p.fecopFacilitator.id], mandateChecked: true }), /history down/);
    });
    assert.equal(snapshot(), before);
  });

  test("acceptFederationRequest with one member of the federation: facilitator row, request accepted, history", () => {
    const { ws, requestId } = pendingAtFecop();
    const result = acceptFederationRequest(as.federation("fecop", p.fecopAdmin), { requestId, facilitatorIds: [p.fecopFacilitator.id], mandateChecked: true });
    assert.ok(result);
    assert.deepEqual(
      result.facilitators.map((f) => f.id),
      [p.fecopFacilitator.id],
    );
    assert.equal(result.requesterEmail, p.maire.email, "the mayor to tell");

    const request = db.select().from(federationRequests).where(eq(federationRequests.id, requestId)).get()!;
    assert.equal(request.status, "accepted");
    assert.equal(request.decidedBy, p.fecopAdmin.id);
    assert.deepEqual(request.decidedAt, NOW);
    assert.equal(request.version, 2);

    const facilitators = db
      .select()
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, ws.id), eq(workspaceMembers.role, "facilitateur")))
      .all();
    assert.deepEqual(
      facilitators.map((m) => ({ userId: m.userId, federationId: m.federationId })),
      [{ userId: p.fecopFacilitator.id, federationId: "fecop" }],
    );

    const onWorkspace = db.select().from(historyEvents).where(and(eq(historyEvents.workspaceId, ws.id), eq(historyEvents.action, "federation.accepted"))).all();
    assert.equal(onWorkspace.length, 1);
    assert.equal(onWorkspace[0].actorId, p.fecopAdmin.id);
    assert.deepEqual(onWorkspace[0].createdAt, NOW);
    assert.match(onWorkspace[0].summary, /Fanny Facilitatrice/);
    const onFederation = db
      .select()
      .from(historyEvents)
      .where(and(eq(historyEvents.federationId, "fecop"), eq(historyEvents.action, "federation.accepted")))
      .all();
    assert.equal(onFederation.length, 1);
    assert.match(onFederation[0].summary, /Demande de Montpellier acceptée/);
  });

  test("once accepted: no second answer, no second request", () => {
    const { ws, requestId } = pendingAtFecop();
    const fecop = as.federation("fecop", p.fecopAdmin);
    acceptFederationRequest(fecop, { requestId, facilitatorIds: [p.fecopFacilitator.id], mandateChecked: true });
    const before = snapshot();
    assert.throws(
      () => acceptFederationRequest(fecop, { requestId, facilitatorIds: [p.fecopFacilitator.id], mandateChecked: true }),
      (e) => e instanceof FormError && /déjà reçu une réponse/.test(e.message),
    );
    assert.throws(() => declineFederationRequest(fecop, { requestId, reason: "Trop tard." }), FormError);
    assert.throws(
      () => requestFederation(as.commune(ws, p.maire), { federationId: "fecop", message: "Encore ?" }),
      (e) => e instanceof FormError && /accompagne déjà/.test(e.message),
    );
    assert.equal(snapshot(), before);
  });

  test("declineFederationRequest: declined with its reason and history; a new request may follow", () => {
    const ws = openWorkspace(db, LYON, p.maireLyon);
    const { request } = requestFederation(as.commune(ws, p.maireLyon), { federationId: "femasaura", message: "Bonjour." });
    const declined = declineFederationRequest(as.federation("femasaura", p.femasauraFacilitator), {
      requestId: request.id,
      reason: "Nous n'avons personne de disponible avant l'automne.",
    });
    assert.ok(declined);
    assert.equal(declined.requesterEmail, p.maireLyon.email);
    const row = db.select().from(federationRequests).where(eq(federationRequests.id, request.id)).get()!;
    assert.equal(row.status, "declined");
    assert.equal(row.declineReason, "Nous n'avons personne de disponible avant l'automne.");
    assert.equal(row.decidedBy, p.femasauraFacilitator.id);
    assert.equal(count("history_event", "workspace_id = ? and action = 'federation.declined'", ws.id), 1);
    assert.equal(count("history_event", "federation_id = 'femasaura' and action = 'federation.declined'"), 1);
    assert.equal(count("workspace_member", "workspace_id = ? and role = 'facilitateur'", ws.id), 0);

    const again = requestFederation(as.commune(ws, p.maireLyon), { federationId: "femasaura", message: "Et maintenant ?" });
    assert.equal(again.request.status, "pending");
  });
});
