import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { DB } from "./client";
import { addUser, testDatabase } from "./test-support";
import { federationMembers, federationRequests, historyEvents, invitations, users, workspaceMembers, workspaces } from "./schema";
import { createWorkspace, designateReferent, requestFederation, resendReferentInvitation, revokeReferentInvitation, type Workspace } from "./workspaces";
import { acceptFederationRequest, declineFederationRequest } from "./federation-requests";
import { acceptInvitation, findInvitationByToken } from "./invitations";
import { FieldError, FormError } from "@/lib/domain/errors";

let db: DB;
let sqlite: Database.Database;

type Actor = { id: string; email: string; name: string | null };
const MONTPELLIER = "34172"; // Occitanie: fecop
const LYON = "69123"; // Auvergne-Rhône-Alpes: femasaura

let maire: Actor; // mayor of Montpellier
let maireLyon: Actor;
let fecopAdmin: Actor;
let fecopFacilitator: Actor;
let femasauraFacilitator: Actor;

function count(table: string, where = "1 = 1", ...params: unknown[]): number {
  return (sqlite.prepare(`select count(*) as n from ${table} where ${where}`).get(...params) as { n: number }).n;
}

/** Every row of the tables a workflow writes to, to prove that a refused action wrote nothing. */
function snapshot() {
  return JSON.stringify(
    ["user", "workspace", "workspace_member", "federation_request", "invitation", "history_event", "federation_member"].map((t) =>
      sqlite.prepare(`select * from ${t} order by rowid`).all(),
    ),
  );
}

function workspaceOf(code: string): Workspace {
  return db.select().from(workspaces).where(eq(workspaces.communeCode, code)).get()!;
}

function sha256hex(s: string) {
  return crypto.createHash("sha256").update(s, "utf8").digest("hex");
}

/** Makes the history write of `action` fail, to prove the change around it is rolled back with it. */
function withFailingHistory(action: string, fn: () => void) {
  sqlite.exec(
    `create temp trigger fail_history before insert on history_event when new.action = '${action}' begin select raise(abort, 'history down'); end;`,
  );
  try {
    fn();
  } finally {
    sqlite.exec("drop trigger fail_history");
  }
}

function throwsFieldError(fn: () => unknown, field: string, message?: RegExp) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof FieldError, String(e));
    assert.equal(e.field, field);
    if (message) assert.match(e.message, message);
    return true;
  });
}

before(() => {
  ({ db, sqlite } = testDatabase());

  maire = addUser(db, "maire@montpellier.fr", "Michaël Delafosse");
  maireLyon = addUser(db, "maire@lyon.fr", "Grégory Doucet");
  fecopAdmin = addUser(db, "admin@fecop.fr", "Anne Admin");
  fecopFacilitator = addUser(db, "facilitatrice@fecop.fr", "Fanny Facilitatrice");
  femasauraFacilitator = addUser(db, "facilitateur@femasaura.fr", "Félix Facilitateur");
  db.insert(federationMembers)
    .values([
      { federationId: "fecop", userId: fecopAdmin.id, role: "admin" },
      { federationId: "fecop", userId: fecopFacilitator.id, role: "facilitateur" },
      { federationId: "femasaura", userId: femasauraFacilitator.id, role: "facilitateur" },
    ])
    .run();
});
after(() => sqlite.close());

describe("workspaces", () => {
  test("createWorkspace: the creator is maire, and the history says so", () => {
    const { workspace, commune } = createWorkspace(db, { communeCode: MONTPELLIER, mandateStart: "2026-03-22" }, maire);
    assert.equal(commune.name, "Montpellier");
    assert.equal(workspace.communeCode, MONTPELLIER);
    assert.equal(workspace.mandateStart, "2026-03-22");
    assert.equal(workspace.createdBy, maire.id);
    assert.equal(workspace.version, 1);

    const members = db.select().from(workspaceMembers).where(eq(workspaceMembers.workspaceId, workspace.id)).all();
    assert.deepEqual(
      members.map((m) => ({ userId: m.userId, role: m.role, capacity: m.capacity, federationId: m.federationId })),
      [{ userId: maire.id, role: "maire", capacity: null, federationId: null }],
    );
    const history = db.select().from(historyEvents).where(eq(historyEvents.workspaceId, workspace.id)).all();
    assert.equal(history.length, 1);
    assert.equal(history[0].action, "workspace.created");
    assert.equal(history[0].actorId, maire.id);
    assert.match(history[0].summary, /Michaël Delafosse a ouvert l'espace de Montpellier \(mandat commencé le 22 mars 2026\)/);

    createWorkspace(db, { communeCode: LYON, mandateStart: "2026-03-20" }, maireLyon);
  });

  test("a second workspace for the same commune is a FieldError on communeCode, nothing written", () => {
    const before = snapshot();
    throwsFieldError(
      () => createWorkspace(db, { communeCode: MONTPELLIER, mandateStart: "2026-03-23" }, maireLyon),
      "communeCode",
      /Un espace existe déjà pour Montpellier/,
    );
    assert.equal(snapshot(), before);
    assert.equal(count("workspace", "commune_code = ?", MONTPELLIER), 1);
  });

  test("an unknown commune is a FieldError on communeCode", () => {
    const before = snapshot();
    throwsFieldError(() => createWorkspace(db, { communeCode: "99999", mandateStart: "2026-03-23" }, maire), "communeCode", /liste officielle/);
    assert.equal(snapshot(), before);
  });

  test("the member and the history are in the workspace's transaction", () => {
    const before = snapshot();
    withFailingHistory("workspace.created", () => {
      assert.throws(() => createWorkspace(db, { communeCode: "12202", mandateStart: "2026-03-22" }, maire), /history down/);
    });
    assert.equal(snapshot(), before);
  });
});

describe("federation requests", () => {
  let requestId: number;

  test("requestFederation: a pending request and its history", () => {
    const ws = workspaceOf(MONTPELLIER);
    const { request, federation } = requestFederation(db, ws, { federationId: "fecop", message: "Nous souhaitons être accompagnés." }, maire);
    requestId = request.id;
    assert.equal(federation.id, "fecop");
    assert.equal(request.status, "pending");
    assert.equal(request.workspaceId, ws.id);
    assert.equal(request.requestedBy, maire.id);
    assert.equal(count("history_event", "workspace_id = ? and action = 'federation.requested'", ws.id), 1);
  });

  test("a second request while one is pending is a FormError, nothing written", () => {
    const before = snapshot();
    assert.throws(
      () => requestFederation(db, workspaceOf(MONTPELLIER), { federationId: "femasaura", message: "Et vous ?" }, maire),
      (e) => e instanceof FormError && /déjà en attente/.test(e.message),
    );
    assert.equal(snapshot(), before);
  });

  test("an unknown federation is a FieldError on federationId", () => {
    const before = snapshot();
    throwsFieldError(() => requestFederation(db, workspaceOf(LYON), { federationId: "nope", message: "?" }, maireLyon), "federationId");
    assert.equal(snapshot(), before);
  });

  test("another federation cannot accept or decline it: not found, nothing written", () => {
    const before = snapshot();
    assert.equal(acceptFederationRequest(db, "femasaura", requestId, [femasauraFacilitator.id], femasauraFacilitator), null);
    assert.equal(declineFederationRequest(db, "femasaura", requestId, "Hors de notre région.", femasauraFacilitator), null);
    assert.equal(acceptFederationRequest(db, "fecop", 999_999, [fecopFacilitator.id], fecopAdmin), null);
    assert.equal(snapshot(), before);
  });

  test("a facilitator who is not a member of the federation is a FieldError, nothing written", () => {
    const before = snapshot();
    throwsFieldError(
      () => acceptFederationRequest(db, "fecop", requestId, [femasauraFacilitator.id], fecopAdmin),
      "facilitatorIds",
      /parmi les membres de la fédération/,
    );
    throwsFieldError(
      () => acceptFederationRequest(db, "fecop", requestId, [fecopFacilitator.id, femasauraFacilitator.id], fecopAdmin),
      "facilitatorIds",
    );
    throwsFieldError(() => acceptFederationRequest(db, "fecop", requestId, ["no-such-user"], fecopAdmin), "facilitatorIds");
    assert.equal(snapshot(), before);
    assert.equal(db.select().from(federationRequests).where(eq(federationRequests.id, requestId)).get()?.status, "pending");
    assert.equal(count("workspace_member", "role = 'facilitateur'"), 0);
  });

  test("the acceptance and its history are one transaction", () => {
    const before = snapshot();
    withFailingHistory("federation.accepted", () => {
      assert.throws(() => acceptFederationRequest(db, "fecop", requestId, [fecopFacilitator.id], fecopAdmin), /history down/);
    });
    assert.equal(snapshot(), before);
  });

  test("acceptFederationRequest with one member of the federation: facilitator row, request accepted, history", () => {
    const ws = workspaceOf(MONTPELLIER);
    const result = acceptFederationRequest(db, "fecop", requestId, [fecopFacilitator.id], fecopAdmin);
    assert.ok(result);
    assert.deepEqual(
      result.facilitators.map((f) => f.id),
      [fecopFacilitator.id],
    );

    const request = db.select().from(federationRequests).where(eq(federationRequests.id, requestId)).get()!;
    assert.equal(request.status, "accepted");
    assert.equal(request.decidedBy, fecopAdmin.id);
    assert.ok(request.decidedAt);
    assert.equal(request.version, 2);

    const facilitators = db
      .select()
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, ws.id), eq(workspaceMembers.role, "facilitateur")))
      .all();
    assert.deepEqual(
      facilitators.map((m) => ({ userId: m.userId, federationId: m.federationId })),
      [{ userId: fecopFacilitator.id, federationId: "fecop" }],
    );

    const onWorkspace = db.select().from(historyEvents).where(and(eq(historyEvents.workspaceId, ws.id), eq(historyEvents.action, "federation.accepted"))).all();
    assert.equal(onWorkspace.length, 1);
    assert.equal(onWorkspace[0].actorId, fecopAdmin.id);
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
    const before = snapshot();
    assert.throws(
      () => acceptFederationRequest(db, "fecop", requestId, [fecopFacilitator.id], fecopAdmin),
      (e) => e instanceof FormError && /déjà reçu une réponse/.test(e.message),
    );
    assert.throws(() => declineFederationRequest(db, "fecop", requestId, "Trop tard.", fecopAdmin), FormError);
    assert.throws(
      () => requestFederation(db, workspaceOf(MONTPELLIER), { federationId: "fecop", message: "Encore ?" }, maire),
      (e) => e instanceof FormError && /accompagne déjà/.test(e.message),
    );
    assert.equal(snapshot(), before);
  });

  test("declineFederationRequest: declined with its reason and history; a new request may follow", () => {
    const ws = workspaceOf(LYON);
    const { request } = requestFederation(db, ws, { federationId: "femasaura", message: "Bonjour." }, maireLyon);
    const declined = declineFederationRequest(db, "femasaura", request.id, "Nous n'avons personne de disponible avant l'automne.", femasauraFacilitator);
    assert.ok(declined);
    const row = db.select().from(federationRequests).where(eq(federationRequests.id, request.id)).get()!;
    assert.equal(row.status, "declined");
    assert.equal(row.declineReason, "Nous n'avons personne de disponible avant l'automne.");
    assert.equal(row.decidedBy, femasauraFacilitator.id);
    assert.equal(count("history_event", "workspace_id = ? and action = 'federation.declined'", ws.id), 1);
    assert.equal(count("history_event", "federation_id = 'femasaura' and action = 'federation.declined'"), 1);
    assert.equal(count("workspace_member", "workspace_id = ? and role = 'facilitateur'", ws.id), 0);

    const again = requestFederation(db, ws, { federationId: "femasaura", message: "Et maintenant ?" }, maireLyon);
    assert.equal(again.request.status, "pending");
  });
});

describe("referent invitations", () => {
  const people = [
    { capacity: "elu" as const, name: "Élise Élue", email: "elise@montpellier.fr" },
    { capacity: "agent" as const, name: "Arnaud Agent", email: "arnaud@montpellier.fr" },
  ];
  const tokens: Record<string, string> = {};
  const invitationIds: Record<string, number> = {};

  test("designateReferent (binôme): two invitations; only the SHA-256 of each token is stored", () => {
    const ws = workspaceOf(MONTPELLIER);
    const created = designateReferent(db, ws, { kind: "binome", people }, maire);
    assert.equal(created.length, 2);
    for (const { invitation, token } of created) {
      tokens[invitation.capacity!] = token;
      invitationIds[invitation.capacity!] = invitation.id;
      assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    }
    const rows = db.select().from(invitations).where(eq(invitations.workspaceId, ws.id)).all();
    assert.deepEqual(
      rows.map((r) => [r.kind, r.capacity, r.email, r.name, r.invitedBy]).sort(),
      [
        ["referent", "agent", "arnaud@montpellier.fr", "Arnaud Agent", maire.id],
        ["referent", "elu", "elise@montpellier.fr", "Élise Élue", maire.id],
      ],
    );
    for (const r of rows) {
      const token = tokens[r.capacity!];
      assert.notEqual(r.tokenHash, token);
      assert.equal(r.tokenHash, sha256hex(token));
      assert.equal(r.acceptedAt, null);
      assert.equal(r.revokedAt, null);
      assert.ok(r.expiresAt.getTime() > Date.now() + 6 * 24 * 3600_000, "expires in 7 days");
    }
    // The clear token appears nowhere in the database.
    const dump = JSON.stringify(sqlite.prepare("select * from invitation").all()) + JSON.stringify(sqlite.prepare("select * from history_event").all());
    for (const token of Object.values(tokens)) assert.equal(dump.includes(token), false);

    assert.equal(workspaceOf(MONTPELLIER).referentKind, "binome");
    assert.equal(count("history_event", "workspace_id = ? and action = 'referent.invited'", ws.id), 1);

    const view = findInvitationByToken(db, tokens.elu);
    assert.equal(view?.state, "open");
    assert.equal(view?.communeCode, MONTPELLIER);
    assert.equal(view?.roleLabel, "référent·e santé (élu·e) de la commune de Montpellier");
  });

  test("malformed or unknown tokens are invalid, and nothing is written", () => {
    const before = snapshot();
    for (const token of ["", "abc", "../../etc/passwd", "x".repeat(42), "x".repeat(44), `${"a".repeat(42)}=`, "'; drop table invitation; --"]) {
      assert.deepEqual(acceptInvitation(db, token, null), { ok: false, reason: "invalid" }, JSON.stringify(token));
      assert.equal(findInvitationByToken(db, token), null);
    }
    assert.deepEqual(acceptInvitation(db, "A".repeat(43), null), { ok: false, reason: "invalid" }); // well-formed, unknown
    assert.deepEqual(acceptInvitation(db, sha256hex(tokens.elu).slice(0, 43), null), { ok: false, reason: "invalid" });
    assert.equal(snapshot(), before);
  });

  test("a signed-in user with another address is refused: wrong-account, nothing written", () => {
    const before = snapshot();
    assert.deepEqual(acceptInvitation(db, tokens.elu, { id: maire.id, email: maire.email }), { ok: false, reason: "wrong-account" });
    assert.equal(snapshot(), before);
    assert.equal(count("user", "email = ?", people[0].email), 0);
  });

  test("acceptInvitation: the account is created, the referent member added with its capacity, the invitation used", () => {
    const ws = workspaceOf(MONTPELLIER);
    const result = acceptInvitation(db, tokens.elu, null);
    assert.equal(result.ok, true);
    assert.ok(result.ok);
    assert.equal(result.redirectTo, `/communes/${MONTPELLIER}`);

    const user = db.select().from(users).where(eq(users.email, "elise@montpellier.fr")).get();
    assert.ok(user);
    assert.equal(user.id, result.userId);
    assert.equal(user.name, "Élise Élue");
    assert.ok(user.emailVerified, "the link proved the address");

    const member = db
      .select()
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, ws.id), eq(workspaceMembers.userId, user.id)))
      .all();
    assert.deepEqual(
      member.map((m) => [m.role, m.capacity]),
      [["referent", "elu"]],
    );
    const inv = db.select().from(invitations).where(eq(invitations.id, invitationIds.elu)).get()!;
    assert.ok(inv.acceptedAt);
    assert.equal(inv.acceptedBy, user.id);
    assert.equal(count("history_event", "workspace_id = ? and action = 'referent.accepted' and actor_id = ?", ws.id, user.id), 1);
    assert.equal(findInvitationByToken(db, tokens.elu)?.state, "accepted");
  });

  test("the same link a second time: accepted, no second member", () => {
    const before = snapshot();
    assert.deepEqual(acceptInvitation(db, tokens.elu, null), { ok: false, reason: "accepted" });
    const elise = db.select().from(users).where(eq(users.email, "elise@montpellier.fr")).get()!;
    assert.deepEqual(acceptInvitation(db, tokens.elu, { id: elise.id, email: elise.email }), { ok: false, reason: "accepted" });
    assert.equal(snapshot(), before);
    assert.equal(count("workspace_member", "user_id = ?", elise.id), 1);
  });

  test("an accepted invitation can be neither resent nor revoked", () => {
    const ws = workspaceOf(MONTPELLIER);
    assert.throws(() => resendReferentInvitation(db, ws, invitationIds.elu, maire), FormError);
    assert.throws(() => revokeReferentInvitation(db, ws, invitationIds.elu, maire), FormError);
  });

  test("resend or revoke an invitation of ANOTHER workspace: not found, nothing written", () => {
    const lyon = workspaceOf(LYON);
    const before = snapshot();
    assert.equal(resendReferentInvitation(db, lyon, invitationIds.agent, maireLyon), null);
    assert.equal(revokeReferentInvitation(db, lyon, invitationIds.agent, maireLyon), null);
    assert.equal(resendReferentInvitation(db, lyon, 999_999, maireLyon), null);
    assert.equal(snapshot(), before);
    assert.equal(findInvitationByToken(db, tokens.agent)?.state, "open");
  });

  test("resendReferentInvitation: a new hash; the old link is invalid, the new one works", () => {
    const ws = workspaceOf(MONTPELLIER);
    const oldHash = db.select().from(invitations).where(eq(invitations.id, invitationIds.agent)).get()!.tokenHash;
    const resent = resendReferentInvitation(db, ws, invitationIds.agent, maire);
    assert.ok(resent);
    assert.notEqual(resent.token, tokens.agent);
    const row = db.select().from(invitations).where(eq(invitations.id, invitationIds.agent)).get()!;
    assert.notEqual(row.tokenHash, oldHash);
    assert.equal(row.tokenHash, sha256hex(resent.token));
    assert.equal(count("history_event", "workspace_id = ? and action = 'referent.resent'", ws.id), 1);

    assert.deepEqual(acceptInvitation(db, tokens.agent, null), { ok: false, reason: "invalid" });
    assert.equal(findInvitationByToken(db, tokens.agent), null);

    const result = acceptInvitation(db, resent.token, null);
    assert.equal(result.ok, true);
    assert.deepEqual(
      db
        .select({ role: workspaceMembers.role, capacity: workspaceMembers.capacity })
        .from(workspaceMembers)
        .innerJoin(users, eq(users.id, workspaceMembers.userId))
        .where(and(eq(workspaceMembers.workspaceId, ws.id), eq(users.email, "arnaud@montpellier.fr")))
        .all(),
      [{ role: "referent", capacity: "agent" }],
    );
  });

  test("an existing referent cannot be designated again", () => {
    const before = snapshot();
    throwsFieldError(
      () => designateReferent(db, workspaceOf(MONTPELLIER), { kind: "elu", people: [people[0]] }, maire),
      "eluEmail",
      /déjà référent·e santé/,
    );
    assert.equal(snapshot(), before);
  });

  test("an expired invitation: expired, nothing written; a resend gives it 7 more days", () => {
    const lyon = workspaceOf(LYON);
    const [{ invitation, token }] = designateReferent(
      db,
      lyon,
      { kind: "agent", people: [{ capacity: "agent", name: "Léa Lyon", email: "lea@lyon.fr" }] },
      maireLyon,
    );
    db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, invitation.id)).run();
    const before = snapshot();
    assert.deepEqual(acceptInvitation(db, token, null), { ok: false, reason: "expired" });
    assert.equal(findInvitationByToken(db, token)?.state, "expired");
    assert.equal(snapshot(), before);
    assert.equal(count("user", "email = 'lea@lyon.fr'"), 0);

    const resent = resendReferentInvitation(db, lyon, invitation.id, maireLyon);
    assert.ok(resent);
    assert.equal(findInvitationByToken(db, resent.token)?.state, "open");
    assert.deepEqual(acceptInvitation(db, token, null), { ok: false, reason: "invalid" });
    invitationIds.lea = invitation.id;
    tokens.lea = resent.token;
  });

  test("a revoked invitation: revoked, nothing written", () => {
    const lyon = workspaceOf(LYON);
    const revoked = revokeReferentInvitation(db, lyon, invitationIds.lea, maireLyon);
    assert.ok(revoked);
    assert.equal(count("history_event", "workspace_id = ? and action = 'referent.revoked'", lyon.id), 1);
    const before = snapshot();
    assert.deepEqual(acceptInvitation(db, tokens.lea, null), { ok: false, reason: "revoked" });
    assert.equal(findInvitationByToken(db, tokens.lea)?.state, "revoked");
    assert.equal(snapshot(), before);
    assert.throws(() => resendReferentInvitation(db, lyon, invitationIds.lea, maireLyon), FormError);
    assert.throws(() => revokeReferentInvitation(db, lyon, invitationIds.lea, maireLyon), FormError);
  });

  test("a new designation revokes the open invitations of the previous one", () => {
    const lyon = workspaceOf(LYON);
    const [first] = designateReferent(db, lyon, { kind: "elu", people: [{ capacity: "elu", name: "Paul Premier", email: "paul@lyon.fr" }] }, maireLyon);
    const [second] = designateReferent(
      db,
      workspaceOf(LYON),
      { kind: "elu", people: [{ capacity: "elu", name: "Sophie Seconde", email: "sophie@lyon.fr" }] },
      maireLyon,
    );
    assert.deepEqual(acceptInvitation(db, first.token, null), { ok: false, reason: "revoked" });
    assert.equal(acceptInvitation(db, second.token, null).ok, true);
    assert.equal(workspaceOf(LYON).referentKind, "elu");
  });

  test("a signed-in user whose address matches accepts with their own account; a missing name is filled in", () => {
    const ws = workspaceOf(MONTPELLIER);
    const existing = addUser(db, "nina@montpellier.fr", null);
    const [{ token }] = designateReferent(db, ws, { kind: "agent", people: [{ capacity: "agent", name: "Nina Nouvelle", email: existing.email }] }, maire);
    const result = acceptInvitation(db, token, { id: existing.id, email: existing.email });
    assert.deepEqual(result, { ok: true, userId: existing.id, redirectTo: `/communes/${MONTPELLIER}` });
    assert.equal(count("user", "email = ?", existing.email), 1);
    assert.equal(db.select().from(users).where(eq(users.id, existing.id)).get()?.name, "Nina Nouvelle");
  });

  test("the designation and its history are one transaction", () => {
    const before = snapshot();
    withFailingHistory("referent.invited", () => {
      assert.throws(
        () => designateReferent(db, workspaceOf(LYON), { kind: "elu", people: [{ capacity: "elu", name: "Zoé Zéro", email: "zoe@lyon.fr" }] }, maireLyon),
        /history down/,
      );
    });
    assert.equal(snapshot(), before);
  });
});
