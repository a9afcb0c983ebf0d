import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { allowServerOnly, isolateEachTest, mailsWritten, testDatabase, withFailingOutbox } from "@/db/test-support";
import { requestFederation } from "@/db/federations";
import { mails } from "@/db/schema";
import { MONTPELLIER, contexts, openWorkspace, setUpPeople, type People } from "@/db/workspaces/test-fixtures";

allowServerOnly();
const { acceptRequestAndTell, declineRequestAndTell } = await import("./federation-changes");

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
let p: People;
before(() => {
  p = setUpPeople(db);
});

/** Every row an answer and its e-mails write to. */
const snapshot = () =>
  JSON.stringify(["workspace", "workspace_member", "federation_request", "history_event", "mail"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()));
const written = () => mailsWritten(db).map((m) => [m.to, m.subject]);
const fecop = () => as.federation("fecop", p.fecopAdmin);
const FECOP = "Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires";

/** Montpellier's workspace with a request pending at the Fécop (asked without e-mails: the setting, not the act). */
function pendingAtFecop() {
  const ws = openWorkspace(db, MONTPELLIER, p.maire);
  return requestFederation(as.commune(ws, p.maire), { federationId: "fecop", message: "Nous souhaitons être accompagnés." }).request.id;
}

function writesNothing(fn: () => unknown, error: RegExp) {
  const before = snapshot();
  assert.throws(fn, error);
  assert.equal(snapshot(), before);
}

const accept = (requestId: number) => ({ requestId, facilitatorIds: [p.fecopFacilitator.id], mandateChecked: true, mandateCheckHow: "Appel à la mairie" });

describe("accepting a request", () => {
  test("written with an e-mail to the mayor who asked and one to each facilitator, waiting for the worker", () => {
    const requestId = pendingAtFecop();
    const done = acceptRequestAndTell(fecop(), accept(requestId))!;
    assert.deepEqual(done.facilitators.map((f) => f.email), [p.fecopFacilitator.email]);
    assert.deepEqual(written(), [
      [p.maire.email, `La ${FECOP} accompagne Montpellier`],
      [p.fecopFacilitator.email, "Vous accompagnez Montpellier"],
    ]);
    assert.ok(mailsWritten(db).every((m) => m.status === "en_attente"));
  });

  test("refused (a facilitator of another federation, an answered request) or not the federation's: no e-mail", () => {
    const requestId = pendingAtFecop();
    writesNothing(() => acceptRequestAndTell(fecop(), { ...accept(requestId), facilitatorIds: [p.femasauraFacilitator.id] }), /parmi les membres de la fédération/);
    const before = snapshot();
    assert.equal(acceptRequestAndTell(as.federation("femasaura", p.femasauraFacilitator), accept(requestId)), null);
    assert.equal(snapshot(), before);
    acceptRequestAndTell(fecop(), accept(requestId));
    const answered = snapshot();
    assert.throws(() => acceptRequestAndTell(fecop(), accept(requestId)), /déjà reçu une réponse/);
    assert.equal(snapshot(), answered, "the second answer wrote no e-mail");
  });

  test("an outbox that cannot be written undoes the acceptance: no facilitator joins, the request still waits", () => {
    const requestId = pendingAtFecop();
    withFailingOutbox(sqlite, () => writesNothing(() => acceptRequestAndTell(fecop(), accept(requestId)), /outbox down/));
    assert.equal(sqlite.prepare("select status from federation_request where id = ?").pluck().get(requestId), "pending");
  });
});

describe("declining a request", () => {
  test("written with the reason's e-mail to the mayor who asked", () => {
    const requestId = pendingAtFecop();
    declineRequestAndTell(fecop(), { requestId, reason: "Nous ne couvrons pas ce territoire cette année." });
    assert.deepEqual(written(), [[p.maire.email, `Réponse de la ${FECOP} à votre demande`]]);
    assert.match(db.select({ text: mails.text }).from(mails).get()!.text, /Nous ne couvrons pas ce territoire cette année/);
  });

  test("an answered request writes no e-mail; an outbox that cannot be written undoes the decline", () => {
    const requestId = pendingAtFecop();
    withFailingOutbox(sqlite, () => writesNothing(() => declineRequestAndTell(fecop(), { requestId, reason: "Non." }), /outbox down/));
    declineRequestAndTell(fecop(), { requestId, reason: "Non." });
    writesNothing(() => declineRequestAndTell(fecop(), { requestId, reason: "Non, encore." }), /déjà reçu une réponse/);
    assert.equal(written().length, 1);
  });
});
