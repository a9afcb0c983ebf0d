import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { openDatabase, type DB } from "@/db/client";
import { loadReferenceData } from "@/db/reference/load";
import { federationMembers, users, workspaceMembers, workspaces } from "@/db/schema";
import { communeAccess, federationRoles, isCommuneCode } from "./access";
import { can } from "./permissions";

let db: DB;
let close: () => void;

// Montpellier (A) has a workspace where Alice is maire; Lyon (B) has one where Bob is maire;
// Rodez has none.
const A = "34172";
const B = "69123";
const NO_WORKSPACE = "12202";
const ids = { alice: "", bob: "", carla: "" };
const wsIds = { a: 0, b: 0 };

function addUser(email: string, name: string | null = null) {
  return db.insert(users).values({ email, name }).returning().get().id;
}

before(() => {
  const opened = openDatabase(":memory:");
  db = opened.db;
  close = () => opened.sqlite.close();
  loadReferenceData(db);

  ids.alice = addUser("alice@mairie-montpellier.fr", "Alice Martin");
  ids.bob = addUser("bob@mairie-lyon.fr", "Bob Durand");
  ids.carla = addUser("carla@fecop.fr", "Carla Petit");

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
  db.insert(federationMembers)
    .values([
      { federationId: "fecop", userId: ids.carla, role: "admin" },
      { federationId: "fecop", userId: ids.carla, role: "facilitateur" },
      { federationId: "femasaura", userId: ids.bob, role: "facilitateur" },
    ])
    .run();
});
after(() => close());

describe("isCommuneCode", () => {
  test("accepts INSEE codes, Corsica's included", () => {
    for (const code of ["34172", "01001", "2A004", "2B033", "97411"]) assert.equal(isCommuneCode(code), true, code);
  });
  test("rejects anything else", () => {
    for (const code of ["", "../x", "1234", "123456", "2C001", "2a004", "'; drop", " 34172", "34172 ", "3417a", "34172\n"]) {
      assert.equal(isCommuneCode(code), false, JSON.stringify(code));
    }
  });
});

describe("communeAccess", () => {
  test("a member gets their commune, with its workspace and their role", () => {
    const access = communeAccess(db, ids.alice, A);
    assert.ok(access);
    assert.deepEqual(access.roles, ["maire"]);
    assert.equal(access.workspace.id, wsIds.a);
    assert.equal(access.workspace.communeCode, A);
    assert.deepEqual(access.commune, { code: A, name: "Montpellier", regionCode: "76", departementCode: "34" });
  });

  test("another commune's workspace, whose mayor is someone else, is null", () => {
    assert.equal(communeAccess(db, ids.alice, B), null);
    // …and the other way round: Bob's access is to B only.
    assert.equal(communeAccess(db, ids.bob, A), null);
    assert.deepEqual(communeAccess(db, ids.bob, B)?.roles, ["maire"]);
  });

  test("a commune without a workspace is null", () => {
    assert.equal(communeAccess(db, ids.alice, NO_WORKSPACE), null);
  });

  test("an unknown user is null", () => {
    assert.equal(communeAccess(db, "nobody", A), null);
  });

  test("malformed codes are null, before any query", () => {
    for (const code of ["../x", "1234", "2C001", "'; drop", "34172' OR '1'='1", ""]) {
      assert.equal(communeAccess(db, ids.alice, code), null, JSON.stringify(code));
    }
  });

  test("several roles in one commune are aggregated, one row of access", () => {
    const access = communeAccess(db, ids.carla, A);
    assert.ok(access);
    assert.deepEqual([...access.roles].sort(), ["facilitateur", "referent"]);
    assert.equal(access.workspace.id, wsIds.a);
    assert.equal(communeAccess(db, ids.carla, B), null);
  });
});

describe("federationRoles", () => {
  test("roles are per federation", () => {
    assert.deepEqual([...federationRoles(db, ids.carla, "fecop")].sort(), ["admin", "facilitateur"]);
    assert.deepEqual(federationRoles(db, ids.carla, "femasaura"), []);
    assert.deepEqual(federationRoles(db, ids.bob, "femasaura"), ["facilitateur"]);
    assert.deepEqual(federationRoles(db, ids.bob, "fecop"), []);
  });

  test("an unknown federation or a user who is in none gets nothing", () => {
    assert.deepEqual(federationRoles(db, ids.carla, "nope"), []);
    assert.deepEqual(federationRoles(db, ids.alice, "fecop"), []);
  });
});

describe("roles held, read through the permission table", () => {
  test("admin of fecop decides there, and is nothing in femasaura", () => {
    assert.equal(can(federationRoles(db, ids.carla, "fecop"), "federation.decide"), true);
    assert.equal(can(federationRoles(db, ids.carla, "femasaura"), "federation.view"), false);
  });
});
