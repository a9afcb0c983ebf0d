import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type Database from "better-sqlite3";
import { addUser, allowServerOnly, isolateEachTest, mailsWritten, testDatabase, withFailingOutbox } from "@/db/test-support";
import type { Actor } from "@/db/context";
import { fileCommuneClaim, type Workspace } from "@/db/workspaces";
import { MONTPELLIER, contexts, openWorkspace, setUpPeople, type People } from "@/db/workspaces/test-fixtures";

allowServerOnly();
const { fileClaimAndTell, rejectClaimAndTell, transferClaimAndTell } = await import("./claim-changes");

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const OPERATOR = "operateur@boussole.test";
const CLAIM = { code: MONTPELLIER, name: "Jeanne Martin", role: "Maire", phone: "04 67 00 00 00", message: "Élue en mars ; la mairie peut le confirmer." };

/** Every row the claims and their e-mails write to. */
const snapshot = (s: Database.Database) =>
  JSON.stringify(["workspace", "workspace_member", "commune_claim", "history_event", "mail", "user"].map((t) => s.prepare(`select * from ${t} order by rowid`).all()));
const written = () => mailsWritten(db).map((m) => [m.to, m.subject]);

let p: People;
let squatter: Actor;
let claimant: Actor;
before(() => {
  p = setUpPeople(db);
  squatter = addUser(db, "squatteur@exemple.fr", "Sam Squatteur");
  claimant = addUser(db, "jeanne.martin@exemple.fr", "Jeanne Martin");
});

const fecop = () => as.federation("fecop", p.fecopAdmin);
/** Montpellier opened by the squatter, and Jeanne Martin's claim on it (filed without e-mails: the setting, not the act). */
function claimed(): { ws: Workspace; claimId: number } {
  const ws = openWorkspace(db, MONTPELLIER, squatter);
  return { ws, claimId: fileCommuneClaim(as.account(claimant), CLAIM).claim.id };
}

/** Whatever `fn` throws, nothing it wrote stays: neither the change nor a mail. */
function writesNothing(fn: () => unknown, error: RegExp) {
  const before = snapshot(sqlite);
  assert.throws(fn, error);
  assert.equal(snapshot(sqlite), before);
}

describe("filing a claim", () => {
  test("written with one e-mail per admin of the region's federation and one to the Boussole team, all waiting for the worker", () => {
    openWorkspace(db, MONTPELLIER, squatter);
    const { claim, reviewing } = fileClaimAndTell(as.account(claimant), CLAIM, { operator: OPERATOR });
    assert.deepEqual(reviewing.map((f) => f.id), ["fecop"]);
    assert.deepEqual(written(), [
      ["admin@fecop.fr", "Revendication du rôle de maire : Montpellier"],
      [OPERATOR, "Revendication du rôle de maire : Montpellier (34172)"],
    ]);
    assert.ok(mailsWritten(db).every((m) => m.status === "en_attente"));
    assert.equal(mailsWritten(db)[1].sensitive, true, "the team's copy carries the phone number");
    assert.equal(sqlite.prepare("select count(*) from commune_claim where id = ?").pluck().get(claim.id), 1);
  });

  test("without an operator address, only the federation's admins", () => {
    openWorkspace(db, MONTPELLIER, squatter);
    fileClaimAndTell(as.account(claimant), CLAIM, { operator: undefined });
    assert.deepEqual(written(), [["admin@fecop.fr", "Revendication du rôle de maire : Montpellier"]]);
  });

  test("a refused claim writes no e-mail; an outbox that cannot be written leaves no claim", () => {
    openWorkspace(db, MONTPELLIER, squatter);
    fileCommuneClaim(as.account(claimant), CLAIM);
    writesNothing(() => fileClaimAndTell(as.account(claimant), CLAIM, { operator: OPERATOR }), /déjà une revendication en attente/);
    const other = addUser(db, "autre@exemple.fr", "Paul Autre");
    withFailingOutbox(sqlite, () => writesNothing(() => fileClaimAndTell(as.account(other), { ...CLAIM, name: "Paul Autre" }, { operator: OPERATOR }), /outbox down/));
  });
});

describe("the federation's answer", () => {
  test("a transfer is written with an e-mail to the new maire and one to the maire who loses the role", () => {
    const { claimId } = claimed();
    const done = transferClaimAndTell(fecop(), { claimId, version: 1, note: "" })!;
    assert.equal(done.claimant.email, claimant.email);
    assert.deepEqual(written(), [
      [claimant.email, "Vous êtes maire de Montpellier sur Boussole"],
      [squatter.email, "Votre rôle de maire de Montpellier sur Boussole"],
    ]);
  });

  test("a transfer refused (answered meanwhile) or not the federation's writes no e-mail; an outbox that cannot be written undoes the transfer", () => {
    const { claimId } = claimed();
    writesNothing(() => transferClaimAndTell(fecop(), { claimId, version: 2, note: "" }), /déjà reçu une réponse/);
    const before = snapshot(sqlite);
    assert.equal(transferClaimAndTell(as.federation("femasaura", p.femasauraFacilitator), { claimId, version: 1, note: "" }), null);
    assert.equal(snapshot(sqlite), before);
    withFailingOutbox(sqlite, () => writesNothing(() => transferClaimAndTell(fecop(), { claimId, version: 1, note: "" }), /outbox down/));
  });

  test("a refusal is written with the reason's e-mail to the claimant", () => {
    const { claimId } = claimed();
    rejectClaimAndTell(fecop(), { claimId, version: 1, reason: "La mairie ne vous connaît pas." });
    assert.deepEqual(written(), [[claimant.email, "Votre revendication du rôle de maire de Montpellier"]]);
  });

  test("a refusal refused (answered meanwhile) writes no e-mail; an outbox that cannot be written undoes the refusal", () => {
    const { claimId } = claimed();
    writesNothing(() => rejectClaimAndTell(fecop(), { claimId, version: 2, reason: "Non." }), /déjà reçu une réponse/);
    withFailingOutbox(sqlite, () => writesNothing(() => rejectClaimAndTell(fecop(), { claimId, version: 1, reason: "Non." }), /outbox down/));
    rejectClaimAndTell(fecop(), { claimId, version: 1, reason: "Non." });
    assert.equal(written().length, 1, "the claim was still pending: the refusal goes through once the outbox is back");
  });
});
