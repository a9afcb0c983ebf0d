import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { addUser, isolateEachTest, testDatabase } from "@/db/test-support";
import { federationMembers, workspaceMembers, workspaces } from "@/db/schema";
import { communeAccess, federationRoles } from "./access";
import { can } from "./permissions";

// The queries are tested with their data functions (db/workspaces/access.test.ts, db/federations/members.test.ts);
// here, the call forms the guards use, and the roles read through the permission table.
const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());

const MONTPELLIER = "34172";
const ids = { alice: "", carla: "" };

before(() => {
  ids.alice = addUser(db, "alice@mairie-montpellier.fr", "Alice Martin").id;
  ids.carla = addUser(db, "carla@fecop.fr", "Carla Petit").id;
  const ws = db.insert(workspaces).values({ communeCode: MONTPELLIER, mandateStart: "2026-03-22", createdBy: ids.alice }).returning().get();
  db.insert(workspaceMembers).values({ workspaceId: ws.id, userId: ids.alice, role: "maire" }).run();
  db.insert(federationMembers)
    .values([
      { federationId: "fecop", userId: ids.carla, role: "admin" },
      { federationId: "fecop", userId: ids.carla, role: "facilitateur" },
    ])
    .run();
});

describe("the guards' call forms", () => {
  test("communeAccess: the member's roles; nothing for a malformed code or another person", () => {
    assert.deepEqual(communeAccess(db, ids.alice, MONTPELLIER)?.roles, ["maire"]);
    assert.equal(communeAccess(db, ids.carla, MONTPELLIER), null);
    assert.equal(communeAccess(db, ids.alice, "1A004"), null);
  });

  test("federationRoles: the roles held in that federation only", () => {
    assert.deepEqual([...federationRoles(db, ids.carla, "fecop")].sort(), ["admin", "facilitateur"]);
    assert.deepEqual(federationRoles(db, ids.carla, "femasaura"), []);
  });
});

describe("roles held, read through the permission table", () => {
  test("admin of fecop decides there, and is nothing in femasaura", () => {
    assert.equal(can(federationRoles(db, ids.carla, "fecop"), "federation.decide"), true);
    assert.equal(can(federationRoles(db, ids.carla, "femasaura"), "federation.view"), false);
  });

  test("the mayor's roles let them designate the referent", () => {
    assert.equal(can(communeAccess(db, ids.alice, MONTPELLIER)!.roles, "referent.designate"), true);
  });
});
