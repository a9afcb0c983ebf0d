/**
 * The people and helpers of the workspace, federation and invitation tests: two communes' mayors, the Fécop's
 * admin and facilitator, a FemasAURA facilitator. Each test opens the workspaces and sends the requests it
 * needs (its writes are rolled back by `isolateEachTest`), so that no test depends on another.
 */
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { DB } from "../client";
import type { Actor, ActorContext, BaseContext, DataContext, FederationDataContext } from "../context";
import { addUser } from "../test-support";
import { federationMembers, workspaces } from "../schema";
import { FieldError } from "@/lib/domain/errors";
import { createWorkspace, type Workspace } from "./create";

export const NOW = new Date("2026-04-01T08:00:00Z");
export const MONTPELLIER = "34172"; // Occitanie: fecop
export const LYON = "69123"; // Auvergne-Rhône-Alpes: femasaura
export const RODEZ = "12202"; // Occitanie, no workspace

export type People = { maire: Actor; maireLyon: Actor; fecopAdmin: Actor; fecopFacilitator: Actor; femasauraFacilitator: Actor };

/** The accounts and federation members every test starts from (call it in `before`). */
export function setUpPeople(db: DB): People {
  const people = {
    maire: addUser(db, "maire@montpellier.fr", "Michaël Delafosse"),
    maireLyon: addUser(db, "maire@lyon.fr", "Grégory Doucet"),
    fecopAdmin: addUser(db, "admin@fecop.fr", "Anne Admin"),
    fecopFacilitator: addUser(db, "facilitatrice@fecop.fr", "Fanny Facilitatrice"),
    femasauraFacilitator: addUser(db, "facilitateur@femasaura.fr", "Félix Facilitateur"),
  };
  db.insert(federationMembers)
    .values([
      { federationId: "fecop", userId: people.fecopAdmin.id, role: "admin" },
      { federationId: "fecop", userId: people.fecopFacilitator.id, role: "facilitateur" },
      { federationId: "femasaura", userId: people.femasauraFacilitator.id, role: "facilitateur" },
    ])
    .run();
  return people;
}

/** The contexts the guards would hand over, on the tests' fixed clock. */
export function contexts(db: DB, now = NOW) {
  return {
    base: (): BaseContext => ({ db, now }),
    account: (actor: Actor): ActorContext => ({ db, actor, now }),
    commune: (workspace: Workspace, actor: Actor): DataContext<Workspace> => ({ db, workspace, actor, now }),
    federation: (federationId: string, actor: Actor): FederationDataContext => ({ db, federationId, actor, now }),
  };
}

/** Opens a commune's workspace for its mayor, as the app does. */
export function openWorkspace(db: DB, code: string, maire: Actor, mandateStart = "2026-03-22"): Workspace {
  return createWorkspace(contexts(db).account(maire), { communeCode: code, mandateStart }).workspace;
}

/** The workspace as stored now (its version moves on with each designation). */
export function workspaceOf(db: DB, code: string): Workspace {
  return db.select().from(workspaces).where(eq(workspaces.communeCode, code)).get()!;
}

export function sha256hex(s: string) {
  return crypto.createHash("sha256").update(s, "utf8").digest("hex");
}

/** Database helpers bound to one connection. */
export function inspect(sqlite: Database.Database) {
  return {
    count(table: string, where = "1 = 1", ...params: unknown[]): number {
      return (sqlite.prepare(`select count(*) as n from ${table} where ${where}`).get(...params) as { n: number }).n;
    },
    /** Every row of the tables the workflows write to, to prove that a refused action wrote nothing. */
    snapshot() {
      return JSON.stringify(
        ["user", "workspace", "workspace_member", "federation_request", "invitation", "history_event", "federation_member"].map((t) =>
          sqlite.prepare(`select * from ${t} order by rowid`).all(),
        ),
      );
    },
    /** Makes the history write of `action` fail, to prove the change around it is rolled back with it. */
    withFailingHistory(action: string, fn: () => void) {
      sqlite.exec(
        `create temp trigger fail_history before insert on history_event when new.action = '${action}' begin select raise(abort, 'history down'); end;`,
      );
      try {
        fn();
      } finally {
        sqlite.exec("drop trigger fail_history");
      }
    },
  };
}

export function throwsFieldError(fn: () => unknown, field: string, message?: RegExp) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof FieldError, String(e));
    assert.equal(e.field, field);
    if (message) assert.match(e.message, message);
    return true;
  });
}
