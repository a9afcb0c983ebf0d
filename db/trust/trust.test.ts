/**
 * The verified mandate and the limits: verification by a federation's acceptance and by the operator's command,
 * what an unverified workspace may not send, one unverified workspace per account, and each limit with its
 * retry time — a refusal writes nothing.
 */
import { after, before, beforeEach, afterEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { isolateEachTest, testDatabase } from "../test-support";
import { federationRequests, historyEvents, invitations, professionals, rateLimits, workspaces } from "../schema";
import { FieldError, FormError } from "@/lib/domain/errors";
import { requestFederation, acceptFederationRequest } from "../federations";
import { createWorkspace } from "../workspaces/create";
import { createProfessional, inviteProfessional } from "../inventory";
import { line as aLine } from "../inventory/test-fixtures";
import { LYON, MONTPELLIER, NOW, RODEZ, contexts, openWorkspace, setUpPeople, workspaceOf, type People } from "../workspaces/test-fixtures";
import { allowSignInLink, allowWorkspaceCreation, invitationAllowance, invitationsSent, signInLinkUsed, verifyWorkspaceByOperator, workspaceCreated } from ".";

const { db, sqlite } = testDatabase();
after(() => sqlite.close());
let p: People;
before(() => {
  p = setUpPeople(db);
});
isolateEachTest(sqlite);
const c = contexts(db);
const count = (table: typeof invitations | typeof historyEvents | typeof professionals) => db.select().from(table).all().length;

function throwsWith<T extends Error>(cls: new (...a: never[]) => T, fn: () => unknown, message: RegExp): T {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof cls, `attendu ${cls.name}, reçu ${String(caught)}`);
  assert.match((caught as Error).message, message);
  return caught as T;
}

async function rejectsWith<T extends Error>(cls: new (...a: never[]) => T, fn: () => Promise<unknown>, message: RegExp): Promise<T> {
  let caught: unknown;
  try {
    await fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof cls, `attendu ${cls.name}, reçu ${String(caught)}`);
  assert.match((caught as Error).message, message);
  return caught as T;
}

function requestFecop(code = MONTPELLIER) {
  const ws = openWorkspace(db, code, p.maire);
  requestFederation(c.commune(ws, p.maire), { federationId: "fecop", message: "Bonjour, aidez-nous." });
  const request = db.select().from(federationRequests).where(eq(federationRequests.workspaceId, ws.id)).get()!;
  return { ws, request };
}

describe("verification", () => {
  test("a new workspace is « à vérifier »", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    assert.equal(ws.verifiedAt, null);
  });

  test("accepting without the town-hall check is refused beside the box, nothing written; with it, verified by the admin, in the history", () => {
    const { ws, request } = requestFecop();
    const events = count(historyEvents);
    throwsWith(FieldError, () => acceptFederationRequest(c.federation("fecop", p.fecopAdmin), { requestId: request.id, facilitatorIds: [p.fecopFacilitator.id] }), /vérifiez auprès de la mairie de Montpellier/);
    assert.equal(count(historyEvents), events);
    assert.equal(db.select().from(federationRequests).where(eq(federationRequests.id, request.id)).get()!.status, "pending");
    assert.equal(workspaceOf(db, MONTPELLIER).verifiedAt, null);

    acceptFederationRequest(c.federation("fecop", p.fecopAdmin), { requestId: request.id, facilitatorIds: [p.fecopFacilitator.id], mandateChecked: true, mandateCheckHow: "appel à la mairie" });
    const after = workspaceOf(db, MONTPELLIER);
    assert.deepEqual([after.verifiedAt?.getTime(), after.verifiedBy, after.verifiedVia], [NOW.getTime(), p.fecopAdmin.id, "federation"]);
    const event = db.select().from(historyEvents).where(and(eq(historyEvents.workspaceId, ws.id), eq(historyEvents.action, "workspace.verified"))).get()!;
    assert.equal(event.actorId, p.fecopAdmin.id);
    assert.equal(event.createdAt.getTime(), NOW.getTime());
    assert.match(event.summary, /Anne Admin \(.+\) a vérifié auprès de la mairie que le maire de l'espace est bien maire de Montpellier \(appel à la mairie\)\./);
  });

  test("a workspace already verified is accepted without the step, and not verified twice", () => {
    const { ws, request } = requestFecop();
    verifyWorkspaceByOperator(c.base(), { code: MONTPELLIER });
    acceptFederationRequest(c.federation("fecop", p.fecopAdmin), { requestId: request.id, facilitatorIds: [p.fecopFacilitator.id] });
    const after = workspaceOf(db, MONTPELLIER);
    assert.equal(after.verifiedVia, "operateur");
    assert.equal(db.select().from(historyEvents).where(and(eq(historyEvents.workspaceId, ws.id), eq(historyEvents.action, "workspace.verified"))).all().length, 1);
  });

  test("the operator's command: verified (history, no person), already, unknown commune, no workspace", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const done = verifyWorkspaceByOperator(c.base(), { code: MONTPELLIER, how: "appel du 3 décembre" });
    assert.equal(done.outcome, "verified");
    const after = workspaceOf(db, MONTPELLIER);
    assert.deepEqual([after.verifiedAt?.getTime(), after.verifiedBy, after.verifiedVia], [NOW.getTime(), null, "operateur"]);
    const event = db.select().from(historyEvents).where(and(eq(historyEvents.workspaceId, ws.id), eq(historyEvents.action, "workspace.verified"))).get()!;
    assert.equal(event.summary, "L'équipe de Boussole a vérifié le mandat du maire de Montpellier (appel du 3 décembre).");
    assert.equal(verifyWorkspaceByOperator(c.base(), { code: MONTPELLIER }).outcome, "already");
    assert.equal(verifyWorkspaceByOperator(c.base(), { code: "99999" }).outcome, "unknown-commune");
    assert.equal(verifyWorkspaceByOperator(c.base(), { code: RODEZ }).outcome, "no-workspace");
  });

  test("one unverified workspace per account: a second is refused beside the commune field; once verified, allowed", () => {
    openWorkspace(db, MONTPELLIER, p.maire);
    const before = db.select().from(workspaces).all().length;
    throwsWith(FieldError, () => createWorkspace(c.account(p.maire), { communeCode: LYON, mandateStart: "2026-03-22" }), /déjà ouvert l'espace de Montpellier, qui n'est pas encore vérifié/);
    assert.equal(db.select().from(workspaces).all().length, before);
    verifyWorkspaceByOperator(c.base(), { code: MONTPELLIER });
    assert.equal(createWorkspace(c.account(p.maire), { communeCode: LYON, mandateStart: "2026-03-22" }).commune.code, LYON);
  });
});

describe("caps while unverified", () => {
  test("no professional invitation: a French refusal, nothing written", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const line = createProfessional(c.commune(ws, p.maire), { line: aLine({ name: "Dr Lise Roux" }), source: "commune" });
    const [inv, events] = [count(invitations), count(historyEvents)];
    throwsWith(FormError, () => inviteProfessional(c.commune(ws, p.maire), { id: line.id, email: "lise.roux@cabinet.test" }), /n'est pas encore vérifié : il ne peut pas inviter des professionnel·les/);
    assert.deepEqual([count(invitations), count(historyEvents)], [inv, events]);
    assert.equal(db.select().from(professionals).where(eq(professionals.id, line.id)).get()!.email, null);

    verifyWorkspaceByOperator(c.base(), { code: MONTPELLIER });
    assert.ok(inviteProfessional(c.commune(ws, p.maire), { id: line.id, email: "lise.roux@cabinet.test" }));
  });
});

describe("limits", () => {
  beforeEach(() => mock.timers.enable({ apis: ["Date"], now: NOW.getTime() }));
  afterEach(() => mock.timers.reset());
  // NOW is 10:00 in Paris (summer time).

  test("sign-in links: the 4th to one address within 15 minutes is refused with the time to retry; a used link gives its point back", async () => {
    const ctx = c.base();
    for (let i = 0; i < 3; i++) await allowSignInLink(ctx, { email: "Marie@Mairie.test", ip: null });
    const e = await rejectsWith(FieldError, () => allowSignInLink(ctx, { email: "marie@mairie.test", ip: null }), /Trois liens de connexion .+ Réessayez après 10 h 15\.$/);
    assert.equal(e.field, "email");
    await allowSignInLink(ctx, { email: "autre@mairie.test", ip: null }); // another address is not concerned
    // Links used by their owner give their point back: 3 links, 2 used, 2 more may go.
    for (let i = 0; i < 2; i++) await allowSignInLink(ctx, { email: "luc@mairie.test", ip: null });
    await signInLinkUsed(ctx, { email: "luc@mairie.test" });
    await signInLinkUsed(ctx, { email: "luc@mairie.test" });
    for (let i = 0; i < 3; i++) await allowSignInLink(ctx, { email: "luc@mairie.test", ip: null });
    await rejectsWith(FieldError, () => allowSignInLink(ctx, { email: "luc@mairie.test", ip: null }), /Réessayez après 10 h 15\.$/);
    mock.timers.tick(15 * 60_000 + 1);
    await allowSignInLink({ db, now: new Date() }, { email: "marie@mairie.test", ip: null });
  });

  test("sign-in links: 20 per client address per hour; a refused address spends nothing of the e-mail's allowance", async () => {
    const ctx = c.base();
    for (let i = 0; i < 20; i++) await allowSignInLink(ctx, { email: `p${i}@mairie.test`, ip: "198.51.100.7" });
    await rejectsWith(FieldError, () => allowSignInLink(ctx, { email: "victime@mairie.test", ip: "198.51.100.7" }), /depuis cette connexion internet en une heure\. Réessayez après 11 h 00\.$/);
    const stored = db.select().from(rateLimits).all().filter((r) => r.key.includes("victime"));
    assert.deepEqual(stored, []);
    await allowSignInLink(ctx, { email: "victime@mairie.test", ip: "198.51.100.8" });
  });

  test("workspace creation: 3 per account per day, then « demain »", async () => {
    const ctx = c.account(p.maire);
    for (let i = 0; i < 3; i++) {
      await allowWorkspaceCreation(ctx);
      await workspaceCreated(ctx);
    }
    const e = await rejectsWith(FieldError, () => allowWorkspaceCreation(ctx), /au plus 3 espaces par jour\. Réessayez demain après 10 h 00\.$/);
    assert.equal(e.field, "communeCode");
    await allowWorkspaceCreation(c.account(p.maireLyon));
  });

  test("invitations: 50 per workspace per day; over it, refused with the time to retry and nothing written", async () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    verifyWorkspaceByOperator(c.base(), { code: MONTPELLIER });
    const ctx = c.commune(ws, p.maire);
    assert.equal((await invitationAllowance(ctx)).remaining, 50);
    await invitationsSent(ctx, 49);
    const line = createProfessional(ctx, { line: aLine({ name: "Paul Blanc" }), source: "commune" });
    assert.ok(inviteProfessional(ctx, { id: line.id, email: "paul@infirmier.test", allowance: await invitationAllowance(ctx) }));
    await invitationsSent(ctx, 1);
    const [inv, events] = [count(invitations), count(historyEvents)];
    throwsWith(
      FormError,
      () => inviteProfessional(ctx, { id: line.id, email: "paul@infirmier.test", allowance: { remaining: 0, retryAt: new Date(NOW.getTime() + 24 * 3600_000) } }),
      /au plus 50 invitations par jour et ce nombre est atteint\. Rien n'a été envoyé\. Réessayez demain après 10 h 00\.$/,
    );
    const allowance = await invitationAllowance(ctx);
    assert.equal(allowance.remaining, 0);
    throwsWith(FormError, () => inviteProfessional(ctx, { id: line.id, email: "paul@infirmier.test", allowance }), /Réessayez demain après 10 h 00\./);
    assert.deepEqual([count(invitations), count(historyEvents)], [inv, events]);
  });
});
