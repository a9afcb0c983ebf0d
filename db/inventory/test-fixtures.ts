/**
 * The inventory tests' setting: two communes of Lozère with their teams, a line to fill in, and ways to prove
 * that a refused write wrote nothing. Each test file opens its own database and calls `setUpCommunes` in `before`.
 */
import assert from "node:assert/strict";
import { desc, eq } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { DB } from "../client";
import type { Actor } from "../context";
import { acceptInvitation } from "../invitations";
import { historyEvents, professionals, users, workspaceMembers, workspaces } from "../schema";
import { addUser, testContext } from "../test-support";
import type { ProfessionalInput } from "@/lib/validation/inventory";
import { createProfessional } from "./lines";
import { inviteProfessional } from "./invitations";
import type { LocatedWorkspace } from "./shared";

export const MARVEJOLS = "48092";
export const MENDE = "48095";
export const MONTRODAT = "48103";

/** The tests' clock, fixed: every data function reads the time from its context. */
export const NOW = new Date("2026-04-14T08:30:00Z");
export const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

export type Setting = { maire: Actor; referent: Actor; other: Actor; ws: LocatedWorkspace; otherWs: LocatedWorkspace };

/** Marvejols (its maire and référent) and Mende (its maire), both verified: what every test starts from. */
export function setUpCommunes(db: DB): Setting {
  const maire = addUser(db, "maire@marvejols.test", "Claire Fabre");
  const referent = addUser(db, "referent@marvejols.test", "Thomas Rouquette");
  const other = addUser(db, "maire@mende.test", "Autre Maire");
  const a = db.insert(workspaces).values({ communeCode: MARVEJOLS, mandateStart: "2026-03-22", createdBy: maire.id, verifiedAt: new Date("2026-03-25T09:00:00Z"), verifiedVia: "operateur" }).returning().get();
  const b = db.insert(workspaces).values({ communeCode: MENDE, mandateStart: "2026-03-22", createdBy: other.id, verifiedAt: new Date("2026-03-25T09:00:00Z"), verifiedVia: "operateur" }).returning().get();
  db.insert(workspaceMembers)
    .values([
      { workspaceId: a.id, userId: maire.id, role: "maire" },
      { workspaceId: a.id, userId: referent.id, role: "referent", capacity: "elu" },
      { workspaceId: b.id, userId: other.id, role: "maire" },
    ])
    .run();
  return { maire, referent, other, ws: { id: a.id, communeCode: MARVEJOLS, departementCode: "48" }, otherWs: { id: b.id, communeCode: MENDE, departementCode: "48" } };
}

/** A data context for `actor` in Marvejols (or `workspace`), at the tests' clock (or `now`). */
export function contextFor(db: DB, s: Setting) {
  return (actor: Actor, workspace: LocatedWorkspace = s.ws, now: Date = NOW) => testContext(db, workspace, actor, now);
}

export function line(over: Partial<ProfessionalInput> = {}): ProfessionalInput {
  return {
    profession: "infirmier",
    professionOther: null,
    name: "Marie Pagès",
    practiceLocation: "commune",
    practiceCommuneCode: null,
    practiceForm: "cabinet_groupe",
    ageBracket: "40_54",
    departure: "aucun",
    interest: "oui",
    email: null,
    phone: null,
    note: null,
    ...over,
  };
}

/** Every row of the tables the inventory writes to. */
export function snapshot(sqlite: Database.Database) {
  return JSON.stringify(
    ["professional", "inventory_note", "invitation", "history_event", "workspace_member", "user"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()),
  );
}

/** Runs `fn` while writing the history event `action` fails. */
export function withFailingHistory(sqlite: Database.Database, action: string, fn: () => void) {
  sqlite.exec(`create temp trigger fail_history before insert on history_event when new.action = '${action}' begin select raise(abort, 'history down'); end;`);
  try {
    fn();
  } finally {
    sqlite.exec("drop trigger fail_history");
  }
}

/** The workspace's latest event as written (by id: the clock of a test may be earlier than another event's). */
export const lastHistory = (db: DB, workspaceId: number) =>
  db.select().from(historyEvents).where(eq(historyEvents.workspaceId, workspaceId)).orderBy(desc(historyEvents.id)).limit(1).get()!;

export const storedLine = (db: DB, id: number) => db.select().from(professionals).where(eq(professionals.id, id)).get();

/**
 * A line of Marvejols whose professional accepted the invitation (their account is created and linked): the
 * line as stored then (version 2: the invitation set its e-mail), and the professional as an actor.
 */
export function joinedProfessional(db: DB, s: Setting, over: Partial<ProfessionalInput> = {}) {
  const as = contextFor(db, s);
  const email = "lucie.chabrol@idel.test";
  const created = createProfessional(as(s.referent), { line: line({ name: "Lucie Chabrol", ageBracket: "moins_40", ...over }), source: "commune" });
  const { token } = inviteProfessional(as(s.referent), { id: created.id, email })!;
  assert.ok(acceptInvitation({ db, now: NOW }, { token }).ok);
  const u = db.select().from(users).where(eq(users.email, email)).get()!;
  return { line: storedLine(db, created.id)!, pro: { id: u.id, email: u.email, name: u.name } as Actor };
}
