import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { federationMembers, federationRequests, invitations, users } from "../schema";
import { acceptInvitation, findInvitationByToken } from "../invitations";
import { LYON, MONTPELLIER, NOW, contexts, inspect, openWorkspace, setUpPeople, sha256hex, type People } from "../workspaces/test-fixtures";
import { requestFederation, withdrawFederationRequest } from "./requests";
import { acceptFederationRequest } from "./decisions";
import { federationOnBoussole } from "./founder";
import { nameFederationAdmin } from "./members";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, snapshot } = inspect(sqlite);
let p: People;
before(() => {
  p = setUpPeople(db);
});

const DAY = 24 * 3600_000;
const FEMASAURA = "secretariat@femasaura.fr"; // the directory address; the FemasAURA has a facilitator but no admin
const at = (days: number) => new Date(NOW.getTime() + days * DAY);

/** Lyon's mayor asks the FemasAURA, which has no admin on Boussole: the request and its founding link. */
function askFemasaura(now = NOW) {
  const ws = openWorkspace(db, LYON, p.maireLyon);
  const { request, founder } = requestFederation(contexts(db, now).commune(ws, p.maireLyon), { federationId: "femasaura", message: "Bonjour." });
  assert.ok(founder, "a founding link is issued");
  return { ws, request, founder };
}
const anonymous = (token: string, now = NOW) => acceptInvitation(contexts(db, now).base(), { token });

describe("issuing the founding link", () => {
  test("to a federation without admin: single-use invitation to the directory address, hashed, 7 days, sent by the mayor", () => {
    assert.equal(federationOnBoussole(as.base(), { federationId: "femasaura" }), false);
    const { request, founder } = askFemasaura();
    const inv = db.select().from(invitations).where(eq(invitations.id, founder.invitation.id)).get()!;
    assert.equal(inv.kind, "federation_founder");
    assert.equal(inv.federationId, "femasaura");
    assert.equal(inv.federationRequestId, request.id);
    assert.equal(inv.workspaceId, null, "not one of the commune's invitations");
    assert.equal(inv.email, FEMASAURA);
    assert.equal(founder.email, FEMASAURA);
    assert.equal(inv.invitedBy, p.maireLyon.id);
    assert.equal(inv.tokenHash, sha256hex(founder.token));
    assert.equal(count("invitation", "token_hash = ?", founder.token), 0, "the clear token is never stored");
    assert.deepEqual(inv.expiresAt, at(7));
    assert.equal(count("history_event", "federation_id = 'femasaura' and action = 'federation.founder_link_sent' and actor_id = ? and created_at = ?", p.maireLyon.id, NOW.getTime()), 1);
  });

  test("to a federation with an admin: no link, nothing but the request", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const { founder } = requestFederation(as.commune(ws, p.maire), { federationId: "fecop", message: "Bonjour." });
    assert.equal(founder, null);
    assert.equal(count("invitation", "kind = 'federation_founder'"), 0);
    assert.equal(count("history_event", "action = 'federation.founder_link_sent'"), 0);
    assert.equal(federationOnBoussole(as.base(), { federationId: "fecop" }), true);
  });

  test("a new request while a link is outstanding: a new link, the earlier one kept (same mailbox, its own request)", () => {
    const { ws, request, founder } = askFemasaura();
    withdrawFederationRequest(as.commune(ws, p.maireLyon), { requestId: request.id });
    const again = requestFederation(contexts(db, at(1)).commune(ws, p.maireLyon), { federationId: "femasaura", message: "Et maintenant ?" });
    assert.ok(again.founder);
    assert.notEqual(again.founder.token, founder.token);
    assert.equal(findInvitationByToken(contexts(db, at(1)).base(), { token: founder.token })?.state, "open");
    assert.equal(findInvitationByToken(contexts(db, at(1)).base(), { token: again.founder.token })?.state, "open");
  });
});

describe("using the founding link", () => {
  test("opening it (the page's read) changes nothing", () => {
    const { founder } = askFemasaura();
    const before = snapshot();
    const view = findInvitationByToken(as.base(), { token: founder.token });
    assert.equal(view?.state, "open");
    assert.deepEqual(view?.founder, { communeName: "Lyon", hasAdmin: false });
    assert.equal(view?.roleLabel, "admin de la Fédération des Maisons de Santé en Auvergne et Rhône Alpes sur Boussole");
    assert.equal(snapshot(), before);
  });

  test("the holder of the mailbox becomes the first admin, lands on the request and can answer it", () => {
    const { request, founder } = askFemasaura();
    const result = anonymous(founder.token, at(2));
    assert.ok(result.ok);
    assert.equal(result.redirectTo, `/federation/femasaura?demande=${request.id}#demande-choisie`);
    const account = db.select().from(users).where(eq(users.email, FEMASAURA)).get()!;
    assert.equal(account.id, result.userId);
    assert.equal(account.name, null, "a shared mailbox is not a person's name: asked at sign-in");
    assert.deepEqual(
      db.select({ role: federationMembers.role }).from(federationMembers).where(and(eq(federationMembers.federationId, "femasaura"), eq(federationMembers.userId, account.id))).all(),
      [{ role: "admin" }],
    );
    assert.equal(count("history_event", "federation_id = 'femasaura' and action = 'federation.founder_joined' and actor_id = ? and created_at = ?", account.id, at(2).getTime()), 1);
    assert.equal(federationOnBoussole(as.base(), { federationId: "femasaura" }), true);

    const admin = { id: account.id, email: account.email, name: account.name };
    acceptFederationRequest(contexts(db, at(2)).federation("femasaura", admin), { requestId: request.id, facilitatorIds: [p.femasauraFacilitator.id], mandateChecked: true });
    assert.equal(db.select().from(federationRequests).where(eq(federationRequests.id, request.id)).get()?.status, "accepted");
  });

  test("used twice: refused as already accepted, nothing written", () => {
    const { founder } = askFemasaura();
    assert.ok(anonymous(founder.token).ok);
    const before = snapshot();
    assert.deepEqual(anonymous(founder.token), { ok: false, reason: "accepted" });
    const account = db.select().from(users).where(eq(users.email, FEMASAURA)).get()!;
    assert.deepEqual(acceptInvitation(as.account(account), { token: founder.token }), { ok: false, reason: "accepted" });
    assert.equal(snapshot(), before);
    assert.equal(count("federation_member", "federation_id = 'femasaura' and role = 'admin'"), 1);
  });

  test("after 7 days: expired, nothing written", () => {
    const { founder } = askFemasaura();
    const before = snapshot();
    assert.deepEqual(anonymous(founder.token, at(7)), { ok: false, reason: "expired" });
    assert.equal(findInvitationByToken(contexts(db, at(7)).base(), { token: founder.token })?.state, "expired");
    assert.equal(snapshot(), before);
    assert.ok(anonymous(founder.token, new Date(at(7).getTime() - 1)).ok, "valid until the last millisecond");
  });

  test("another signed-in account cannot take the federation: wrong-account, nothing written; the directory address's own account can", () => {
    const { founder } = askFemasaura();
    const before = snapshot();
    for (const someone of [p.maireLyon, p.femasauraFacilitator, p.fecopAdmin]) {
      assert.deepEqual(acceptInvitation(as.account(someone), { token: founder.token }), { ok: false, reason: "wrong-account" });
    }
    assert.equal(snapshot(), before);
    assert.equal(count("federation_member", "federation_id = 'femasaura' and role = 'admin'"), 0);
    const owner = addUser(db, FEMASAURA, "Sophie Secrétariat");
    const result = acceptInvitation(as.account(owner), { token: founder.token });
    assert.deepEqual(result, { ok: true, userId: owner.id, redirectTo: `/federation/femasaura?demande=${founder.invitation.federationRequestId}#demande-choisie` });
    assert.equal(count("user", "email = ?", FEMASAURA), 1);
  });

  test("the federation meanwhile got an admin: every outstanding link is refused, nothing written, and no new one is issued", () => {
    const { founder } = askFemasaura();
    nameFederationAdmin(as.base(), { federationId: "femasaura", email: "presidente@femasaura.fr", name: "Paule Présidente" });
    const before = snapshot();
    assert.deepEqual(anonymous(founder.token), { ok: false, reason: "federation-has-admin" });
    assert.equal(findInvitationByToken(as.base(), { token: founder.token })?.founder?.hasAdmin, true);
    assert.equal(snapshot(), before);
    assert.equal(count("user", "email = ?", FEMASAURA), 0);

    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    assert.equal(requestFederation(as.commune(ws, p.maire), { federationId: "femasaura", message: "Bonjour." }).founder, null);
  });

  test("two links outstanding: the first used makes the other useless", () => {
    const { ws, request, founder } = askFemasaura();
    withdrawFederationRequest(as.commune(ws, p.maireLyon), { requestId: request.id });
    const again = requestFederation(as.commune(ws, p.maireLyon), { federationId: "femasaura", message: "Et maintenant ?" });
    assert.ok(again.founder);
    const result = anonymous(again.founder.token);
    assert.ok(result.ok);
    assert.equal(result.redirectTo, `/federation/femasaura?demande=${again.request.id}#demande-choisie`);
    const before = snapshot();
    assert.deepEqual(anonymous(founder.token), { ok: false, reason: "federation-has-admin" });
    assert.equal(snapshot(), before);
  });
});
