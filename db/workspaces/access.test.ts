import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, statementsOf, testDatabase, addUser } from "../test-support";
import type { BaseContext } from "../context";
import { workspaceMembers, workspaces } from "../schema";
import { communeAccessOf } from "./members";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const ctx: BaseContext = { db, now: new Date("2026-04-01T08:00:00Z") };

// Montpellier (A) has a workspace where Alice is maire; Lyon (B) has one where Bob is maire; Rodez has none.
const A = "34172";
const B = "69123";
const NO_WORKSPACE = "12202";
const ids = { alice: "", bob: "", carla: "" };
const wsIds = { a: 0, b: 0 };

before(() => {
  ids.alice = addUser(db, "alice@mairie-montpellier.fr", "Alice Martin").id;
  ids.bob = addUser(db, "bob@mairie-lyon.fr", "Bob Durand").id;
  ids.carla = addUser(db, "carla@fecop.fr", "Carla Petit").id;
  wsIds.a = db.insert(workspaces).values({ communeCode: A, mandateStart: "2026-03-22", createdBy: ids.alice }).returning().get().id;
  wsIds.b = db.insert(workspaces).values({ communeCode: B, mandateStart: "2026-03-22", createdBy: ids.bob }).returning().get().id;
  db.insert(workspaceMembers)
    .values([
      { workspaceId: wsIds.a, userId: ids.alice, role: "maire" },
      { workspaceId: wsIds.b, userId: ids.bob, role: "maire" },
      // Carla: referent (agent) and facilitator of the same commune.
      { workspaceId: wsIds.a, userId: ids.carla, role: "referent", capacity: "agent" },
      { workspaceId: wsIds.a, userId: ids.carla, role: "facilitateur", federationId: "fecop" },
    ])
    .run();
});

const access = (userId: string, code: string) => communeAccessOf(ctx, { userId, code });

describe("communeAccessOf", () => {
  test("a member gets their commune, with its workspace and their role", () => {
    const a = access(ids.alice, A);
    assert.ok(a);
    assert.deepEqual(a.roles, ["maire"]);
    assert.equal(a.workspace.id, wsIds.a);
    assert.equal(a.workspace.communeCode, A);
    assert.deepEqual(a.commune, { code: A, name: "Montpellier", regionCode: "76", departementCode: "34" });
  });

  test("another commune's workspace, whose mayor is someone else, is null", () => {
    assert.equal(access(ids.alice, B), null);
    // …and the other way round: Bob's access is to B only.
    assert.equal(access(ids.bob, A), null);
    assert.deepEqual(access(ids.bob, B)?.roles, ["maire"]);
  });

  test("a commune without a workspace is null", () => {
    assert.equal(access(ids.alice, NO_WORKSPACE), null);
  });

  test("an unknown user is null", () => {
    assert.equal(access("nobody", A), null);
  });

  test("malformed codes are null, before any query", () => {
    const queries = statementsOf(sqlite, () => {
      for (const code of ["../x", "1234", "2C001", "1A004", "'; drop", "34172' OR '1'='1", ""]) {
        assert.equal(access(ids.alice, code), null, JSON.stringify(code));
      }
    });
    assert.equal(queries, 0);
    // A well-formed code does run the query (the count above would see it).
    assert.equal(statementsOf(sqlite, () => access(ids.alice, "99999")), 1);
  });

  test("several roles in one commune are aggregated, one row of access", () => {
    const a = access(ids.carla, A);
    assert.ok(a);
    assert.deepEqual([...a.roles].sort(), ["facilitateur", "referent"]);
    assert.equal(a.workspace.id, wsIds.a);
    assert.equal(access(ids.carla, B), null);
  });
});
