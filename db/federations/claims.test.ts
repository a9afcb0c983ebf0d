import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import type Database from "better-sqlite3";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { communeClaims, federationMembers, historyEvents, users, workspaceMembers, workspaces } from "../schema";
import { FormError } from "@/lib/domain/errors";
import { MONTPELLIER, NOW, RODEZ, contexts, inspect, openWorkspace, setUpPeople, type People } from "../workspaces/test-fixtures";
import { claimableCommune, communeAccessOf, fileCommuneClaim, type Workspace } from "../workspaces";
import { claimReviewers, federationClaimDetail, federationClaims } from "./claims";
import { rejectClaim, transferMaireRole } from "./claim-decisions";
import type { Actor } from "../context";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, withFailingHistory } = inspect(sqlite);
const RENNES = "35238"; // Bretagne: AVECsanté Bretagne, no admin on Boussole

/** Every row the claim journeys write to: a refused one must leave it unchanged. */
const snapshot = (s: Database.Database) =>
  JSON.stringify(["workspace", "workspace_member", "commune_claim", "history_event"].map((t) => s.prepare(`select * from ${t} order by rowid`).all()));

let p: People;
let squatter: Actor;
let claimant: Actor;
let femasauraAdmin: Actor;
before(() => {
  p = setUpPeople(db);
  squatter = addUser(db, "squatteur@exemple.fr", "Sam Squatteur");
  claimant = addUser(db, "jeanne.martin@exemple.fr", "Jeanne Martin");
  femasauraAdmin = addUser(db, "admin@femasaura.fr", "Albane Admin");
  db.insert(federationMembers).values({ federationId: "femasaura", userId: femasauraAdmin.id, role: "admin" }).run();
});

const CLAIM = { code: MONTPELLIER, name: "Jeanne Martin", role: "Maire", phone: "04 67 00 00 00", message: "Élue en mars ; la mairie peut le confirmer." };

/** Montpellier opened by the squatter, and Jeanne Martin's claim on it. */
function claimed(): { ws: Workspace; claimId: number } {
  const ws = openWorkspace(db, MONTPELLIER, squatter);
  const { claim } = fileCommuneClaim(as.account(claimant), CLAIM);
  return { ws, claimId: claim.id };
}

const fecop = () => as.federation("fecop", p.fecopAdmin);
const claimRow = (id: number) => db.select().from(communeClaims).where(eq(communeClaims.id, id)).get()!;
const rolesOf = (ws: Workspace, userId: string) =>
  db.select({ role: workspaceMembers.role }).from(workspaceMembers).where(and(eq(workspaceMembers.workspaceId, ws.id), eq(workspaceMembers.userId, userId))).all().map((r) => r.role).sort();

function refused(fn: () => unknown, message: RegExp) {
  const before = snapshot(sqlite);
  assert.throws(fn, (e) => e instanceof FormError && message.test(e.message));
  assert.equal(snapshot(sqlite), before, "nothing written");
}

describe("filing a claim", () => {
  test("a pending claim, its history without the phone, and the Fécop's admins to tell", () => {
    const ws = openWorkspace(db, MONTPELLIER, squatter);
    const { claim, commune, reviewers } = fileCommuneClaim(as.account(claimant), CLAIM);
    assert.equal(claim.status, "pending");
    assert.equal(claim.workspaceId, ws.id);
    assert.equal(claim.claimantId, claimant.id);
    assert.equal(claim.phone, "04 67 00 00 00");
    assert.deepEqual(claim.createdAt, NOW);
    assert.equal(commune.name, "Montpellier");
    assert.deepEqual(reviewers.map((r) => [r.id, r.adminEmails]), [["fecop", ["admin@fecop.fr"]]]);
    const history = db.select().from(historyEvents).where(and(eq(historyEvents.workspaceId, ws.id), eq(historyEvents.action, "workspace.claim_filed"))).all();
    assert.equal(history.length, 1);
    assert.equal(history[0].actorId, claimant.id);
    assert.match(history[0].summary, /Jeanne Martin \(Maire\) revendique le rôle de maire de Montpellier/);
    assert.doesNotMatch(history[0].summary, /04 67|67 00/);
    // The squatter keeps the role until a federation admin decides.
    assert.deepEqual(rolesOf(ws, squatter.id), ["maire"]);
  });

  test("one pending claim per person and workspace; another person may claim too, and after a refusal one may claim again", () => {
    const { claimId } = claimed();
    refused(() => fileCommuneClaim(as.account(claimant), CLAIM), /déjà une revendication en attente pour Montpellier/);
    const other = addUser(db, "autre@exemple.fr", "Paul Autre");
    fileCommuneClaim(as.account(other), { ...CLAIM, name: "Paul Autre" });
    rejectClaim(fecop(), { claimId, version: 1, reason: "La mairie ne vous connaît pas." });
    assert.equal(fileCommuneClaim(as.account(claimant), CLAIM).claim.status, "pending");
    assert.equal(count("commune_claim", "claimant_id = ?", claimant.id), 2);
  });

  test("a commune without workspace: a French message to open it instead, nothing written", () => {
    refused(() => fileCommuneClaim(as.account(claimant), { ...CLAIM, code: RODEZ }), /Aucun espace n'existe encore pour Rodez : .*ouvrez-le vous-même/);
    assert.equal(claimableCommune(as.account(claimant), { code: RODEZ })?.hasWorkspace, false);
    assert.equal(claimableCommune(as.account(claimant), { code: "99999" }), null);
  });

  test("the commune's maire cannot claim it", () => {
    openWorkspace(db, MONTPELLIER, squatter);
    refused(() => fileCommuneClaim(as.account(squatter), CLAIM), /Vous êtes déjà maire de Montpellier/);
    assert.equal(claimableCommune(as.account(squatter), { code: MONTPELLIER })?.isMaire, true);
  });

  test("a region whose federation has no admin on Boussole: the federation is named, with no address to write to", () => {
    assert.deepEqual(claimReviewers(db, { regionCode: "53" }).map((r) => [r.id, r.adminEmails]), [["avecsante-bretagne", []]]);
    openWorkspace(db, RENNES, squatter);
    assert.deepEqual(fileCommuneClaim(as.account(claimant), { ...CLAIM, code: RENNES }).reviewers[0].adminEmails, []);
  });
});

describe("the federation examines", () => {
  test("the Fécop lists the pending claims of its regions and reads one; FemasAURA sees none of them", () => {
    const { claimId } = claimed();
    assert.deepEqual(federationClaims(fecop()).map((c) => [c.id, c.communeName, c.name]), [[claimId, "Montpellier", "Jeanne Martin"]]);
    const detail = federationClaimDetail(fecop(), { claimId })!;
    assert.deepEqual(detail.maires, ["Sam Squatteur"]);
    assert.equal(detail.claimantEmail, "jeanne.martin@exemple.fr");
    assert.equal(detail.phone, "04 67 00 00 00");
    const femasaura = as.federation("femasaura", femasauraAdmin);
    assert.deepEqual(federationClaims(femasaura), []);
    assert.equal(federationClaimDetail(femasaura, { claimId }), null);
  });

  test("transfer: the claimant becomes maire, the squatter loses that role only, the workspace is verified, other claims wait", () => {
    const { ws, claimId } = claimed();
    db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: squatter.id, role: "referent", capacity: "elu" }).run();
    const second = addUser(db, "second@exemple.fr", "Second Claimant");
    const other = fileCommuneClaim(as.account(second), { ...CLAIM, name: "Second Claimant" }).claim;
    const done = transferMaireRole(fecop(), { claimId, version: 1, note: "Appel à l'accueil de la mairie." })!;
    assert.deepEqual(done.claimant, { name: "Jeanne Martin", email: "jeanne.martin@exemple.fr" });
    assert.deepEqual(done.previous, [{ name: "Sam Squatteur", email: "squatteur@exemple.fr" }]);
    assert.deepEqual(rolesOf(ws, claimant.id), ["maire"]);
    assert.deepEqual(rolesOf(ws, squatter.id), ["referent"]);
    const stored = db.select().from(workspaces).where(eq(workspaces.id, ws.id)).get()!;
    assert.deepEqual([stored.verifiedVia, stored.verifiedBy, stored.verifiedAt], ["federation", p.fecopAdmin.id, NOW]);
    const claim = claimRow(claimId);
    assert.deepEqual([claim.status, claim.decidedBy, claim.version, claim.decisionNote], ["transferred", p.fecopAdmin.id, 2, "Appel à l'accueil de la mairie."]);
    assert.equal(claimRow(other.id).status, "pending");
    assert.equal(count("history_event", "workspace_id = ? and action = 'workspace.maire_transferred'", ws.id), 1);
    assert.equal(count("history_event", "federation_id = 'fecop' and action = 'workspace.maire_transferred'"), 1);
    assert.deepEqual(communeAccessOf(as.base(), { userId: claimant.id, code: MONTPELLIER })?.roles, ["maire"]);
    // An account without a name takes the one the federation checked; a named account keeps its own.
    const anonymous = addUser(db, "sans.nom@exemple.fr");
    const { claim: third } = fileCommuneClaim(as.account(anonymous), { ...CLAIM, name: "Lucie Sansnom" });
    transferMaireRole(fecop(), { claimId: third.id, version: 1, note: "" });
    assert.equal(db.select().from(users).where(eq(users.id, anonymous.id)).get()!.name, "Lucie Sansnom");
    assert.equal(db.select().from(users).where(eq(users.id, claimant.id)).get()!.name, "Jeanne Martin");
  });

  test("after the transfer, a previous maire with no other role has no access to the commune", () => {
    const { claimId } = claimed();
    transferMaireRole(fecop(), { claimId, version: 1, note: "" });
    assert.equal(communeAccessOf(as.base(), { userId: squatter.id, code: MONTPELLIER }), null);
  });

  test("refusal: the reason is kept for the claimant, the team's history does not carry it, nobody's role changes", () => {
    const { ws, claimId } = claimed();
    const done = rejectClaim(fecop(), { claimId, version: 1, reason: "La mairie nous indique un autre maire." })!;
    assert.equal(done.claimant.email, "jeanne.martin@exemple.fr");
    const claim = claimRow(claimId);
    assert.deepEqual([claim.status, claim.decisionNote, claim.version], ["rejected", "La mairie nous indique un autre maire.", 2]);
    assert.deepEqual(rolesOf(ws, squatter.id), ["maire"]);
    assert.deepEqual(rolesOf(ws, claimant.id), []);
    const event = db.select().from(historyEvents).where(and(eq(historyEvents.workspaceId, ws.id), eq(historyEvents.action, "workspace.claim_rejected"))).get()!;
    assert.doesNotMatch(event.summary, /autre maire/);
  });

  test("two admins cannot both decide: the second, on the version it read, is refused and writes nothing", () => {
    const { claimId } = claimed();
    const second = addUser(db, "admin2@fecop.fr", "Bruno Admin");
    db.insert(federationMembers).values({ federationId: "fecop", userId: second.id, role: "admin" }).run();
    transferMaireRole(fecop(), { claimId, version: 1, note: "" });
    refused(() => rejectClaim(as.federation("fecop", second), { claimId, version: 1, reason: "Non." }), /déjà reçu une réponse/);
    refused(() => transferMaireRole(as.federation("fecop", second), { claimId, version: 2, note: "" }), /déjà reçu une réponse/);
  });

  test("another federation's claim: not found, nothing written", () => {
    const { claimId } = claimed();
    const before = snapshot(sqlite);
    const femasaura = as.federation("femasaura", femasauraAdmin);
    assert.equal(transferMaireRole(femasaura, { claimId, version: 1, note: "" }), null);
    assert.equal(rejectClaim(femasaura, { claimId, version: 1, reason: "Non." }), null);
    assert.equal(snapshot(sqlite), before);
  });

  test("the transfer and its history are one: a failing history write leaves every role as it was", () => {
    const { claimId } = claimed();
    const before = snapshot(sqlite);
    withFailingHistory("workspace.maire_transferred", () => assert.throws(() => transferMaireRole(fecop(), { claimId, version: 1, note: "" }), /history down/));
    assert.equal(snapshot(sqlite), before);
  });
});
