import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { isolateEachTest, testDatabase } from "../test-support";
import { historyEvents, workspaceMembers } from "../schema";
import { communesWithWorkspace, createWorkspace } from "./create";
import { roleLabels, userWorkspaces } from "./members";
import { LYON, MONTPELLIER, NOW, RODEZ, contexts, inspect, openWorkspace, setUpPeople, throwsFieldError, type People } from "./test-fixtures";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const { count, snapshot, withFailingHistory } = inspect(sqlite);
let p: People;
before(() => {
  p = setUpPeople(db);
});

describe("createWorkspace", () => {
  test("the creator is maire, and the history says so, on the context's clock", () => {
    const { workspace, commune } = createWorkspace(as.account(p.maire), { communeCode: MONTPELLIER, mandateStart: "2026-03-22" });
    assert.equal(commune.name, "Montpellier");
    assert.equal(workspace.communeCode, MONTPELLIER);
    assert.equal(workspace.mandateStart, "2026-03-22");
    assert.equal(workspace.createdBy, p.maire.id);
    assert.equal(workspace.version, 1);
    assert.deepEqual(workspace.createdAt, NOW);

    const members = db.select().from(workspaceMembers).where(eq(workspaceMembers.workspaceId, workspace.id)).all();
    assert.deepEqual(
      members.map((m) => ({ userId: m.userId, role: m.role, capacity: m.capacity, federationId: m.federationId })),
      [{ userId: p.maire.id, role: "maire", capacity: null, federationId: null }],
    );
    const history = db.select().from(historyEvents).where(eq(historyEvents.workspaceId, workspace.id)).all();
    assert.equal(history.length, 1);
    assert.equal(history[0].action, "workspace.created");
    assert.equal(history[0].actorId, p.maire.id);
    assert.deepEqual(history[0].createdAt, NOW);
    assert.match(history[0].summary, /Michaël Delafosse a ouvert l'espace de Montpellier \(mandat commencé le 22 mars 2026\)/);
  });

  test("a second workspace for the same commune is a FieldError on communeCode, nothing written", () => {
    openWorkspace(db, MONTPELLIER, p.maire);
    const before = snapshot();
    throwsFieldError(
      () => createWorkspace(as.account(p.maireLyon), { communeCode: MONTPELLIER, mandateStart: "2026-03-23" }),
      "communeCode",
      /Un espace existe déjà pour Montpellier/,
    );
    assert.equal(snapshot(), before);
    assert.equal(count("workspace", "commune_code = ?", MONTPELLIER), 1);
  });

  test("an unknown commune is a FieldError on communeCode, nothing written", () => {
    const before = snapshot();
    throwsFieldError(() => createWorkspace(as.account(p.maire), { communeCode: "99999", mandateStart: "2026-03-23" }), "communeCode", /liste officielle/);
    assert.equal(snapshot(), before);
  });

  test("the member and the history are in the workspace's transaction", () => {
    const before = snapshot();
    withFailingHistory("workspace.created", () => {
      assert.throws(() => createWorkspace(as.account(p.maire), { communeCode: RODEZ, mandateStart: "2026-03-22" }), /history down/);
    });
    assert.equal(snapshot(), before);
  });
});

describe("the communes of an account", () => {
  test("userWorkspaces: the actor's communes with their roles, by name", () => {
    openWorkspace(db, MONTPELLIER, p.maire);
    openWorkspace(db, LYON, p.maireLyon);
    assert.deepEqual(userWorkspaces(as.account(p.maire)), [{ code: MONTPELLIER, name: "Montpellier", departementCode: "34", roles: ["maire"] }]);
    assert.deepEqual(userWorkspaces(as.account(p.fecopAdmin)), []);
    assert.deepEqual(roleLabels(["maire", "referent"]), ["Maire", "Référent·e santé"]);
  });

  test("communesWithWorkspace: the codes already taken among those asked", () => {
    openWorkspace(db, MONTPELLIER, p.maire);
    assert.deepEqual([...communesWithWorkspace(as.base(), { codes: [MONTPELLIER, LYON, RODEZ] })], [MONTPELLIER]);
    assert.deepEqual([...communesWithWorkspace(as.base(), { codes: [] })], []);
  });
});
