/**
 * The people of the authorization test, written straight into the served database (as e2e/inventory-scale-data
 * does: WAL, the server sees them at its next read), each with a session: commune A (Rodez) with its four
 * roles, commune B (Montauban) with its maire, the demo's admin and facilitator of the Fécop (A's region's
 * federation, neither of them in A), and an admin-facilitator of another federation. Nîmes is left without a
 * workspace for « créer un espace ». Only this spec's communes are written; `cleanUp` removes them afterwards.
 */
import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { hashToken } from "../../lib/tokens";
import type { CommuneRole, FederationRole } from "../../lib/domain/enums";

export const COMMUNE_A = "12202"; // Rodez
export const COMMUNE_B = "82121"; // Montauban
export const COMMUNE_NEW = "30189"; // Nîmes: no workspace, for workspace.create
export const FEDERATION = "fecop"; // Occitanie's federation: A's
export const OTHER_FEDERATION = "femasaura";

export const dbFile = () => path.resolve(process.env.E2E_DATA_DIR ?? "e2e/.data", "boussole.sqlite");

export type PersonaName =
  | "anonyme"
  | "maire"
  | "referent"
  | "facilitateur"
  | "professionnel"
  | "maire d'une autre commune"
  | "maire d'une autre commune, ses ids"
  | "admin de la fédération"
  | "facilitatrice de la fédération"
  | "admin d'une autre fédération";

export type Persona = {
  name: PersonaName;
  userId: string | null;
  cookie?: string;
  /** Roles in commune A, and in the Fécop: what the table is read with. */
  communeRoles: CommuneRole[];
  federationRoles: FederationRole[];
  /** Calls with its own commune (or federation) and A's record ids: "ids from another commune". */
  foreignIds?: boolean;
};

const RUN = Date.now().toString(36);
const email = (who: string) => `${who}.${RUN}@authz.boussole.test`;

function open() {
  const db = new Database(dbFile());
  db.pragma("busy_timeout = 10000");
  return db;
}

/** A session as the app writes one (db/sessions.ts): the token's SHA-256, its end a full idle period away. */
function session(db: Database.Database, userId: string): string {
  const token = crypto.randomBytes(32).toString("base64url");
  const now = Date.now();
  db.prepare("insert into session (sessionToken, userId, expires, created_at) values (?, ?, ?, ?)").run(hashToken(token), userId, now + 7 * 86_400_000, now);
  return `authjs.session-token=${token}`;
}

function user(db: Database.Database, who: string, name: string): string {
  const id = crypto.randomUUID();
  db.prepare("insert into user (id, name, email, emailVerified, created_at) values (?, ?, ?, ?, ?)").run(id, name, email(who), Date.now(), Date.now());
  return id;
}

function workspace(db: Database.Database, code: string, maireId: string): number {
  const now = Date.now();
  const ws = db
    .prepare("insert into workspace (commune_code, mandate_start, created_by, created_at, version, verified_at, verified_via) values (?, '2026-03-22', ?, ?, 1, ?, 'operateur') returning id")
    .get(code, maireId, now, now) as { id: number };
  db.prepare("insert into workspace_member (workspace_id, user_id, role, created_at) values (?, ?, 'maire', ?)").run(ws.id, maireId, now);
  return ws.id;
}

function member(db: Database.Database, workspaceId: number, userId: string, role: CommuneRole, extra: { capacity?: string; federationId?: string } = {}) {
  db.prepare("insert into workspace_member (workspace_id, user_id, role, capacity, federation_id, created_at) values (?, ?, ?, ?, ?, ?)").run(
    workspaceId, userId, role, extra.capacity ?? null, extra.federationId ?? null, Date.now(),
  );
}

export type World = { personas: Persona[]; workspaceA: number; workspaceB: number; userIds: Record<string, string>; fresh: (label: string) => Persona };

export function buildWorld(): World {
  const db = open();
  try {
    return db
      .transaction(() => {
        const ids = {
          maire: user(db, "maire.rodez", "Agnès Rouquette"),
          referent: user(db, "referent.rodez", "Bernard Vabre"),
          facilitateur: user(db, "facilitateur.rodez", "Cécile Marty"),
          professionnel: user(db, "pro.rodez", "Denis Costes"),
          maireB: user(db, "maire.montauban", "Élise Lacaze"),
          otherFederation: user(db, "admin.femasaura", "Fabien Morel"),
          // A second maire of A, whom « retirer » may remove without removing a persona.
          coMaire: user(db, "comaire.rodez", "Gisèle Bouloc"),
          // A Fécop facilitator of A whom the Fécop's admin may unassign, then remove, without touching a persona.
          fecopExtra: user(db, "facilitateur2.fecop", "Ivan Fabre"),
        };
        const demo = (address: string) => (db.prepare("select id from user where email = ?").get(address) as { id: string }).id;
        const admin = demo("admin@demo.boussole.fr");
        const facilitatrice = demo("facilitatrice@demo.boussole.fr");
        const workspaceA = workspace(db, COMMUNE_A, ids.maire);
        member(db, workspaceA, ids.referent, "referent", { capacity: "elu" });
        member(db, workspaceA, ids.facilitateur, "facilitateur", { federationId: FEDERATION });
        member(db, workspaceA, ids.professionnel, "professionnel");
        member(db, workspaceA, ids.coMaire, "maire");
        member(db, workspaceA, ids.fecopExtra, "facilitateur", { federationId: FEDERATION });
        db.prepare("insert into federation_member (federation_id, user_id, role, created_at) values (?, ?, 'facilitateur', ?)").run(FEDERATION, ids.fecopExtra, Date.now());
        const workspaceB = workspace(db, COMMUNE_B, ids.maireB);
        for (const role of ["admin", "facilitateur"] as const) {
          db.prepare("insert into federation_member (federation_id, user_id, role, created_at) values (?, ?, ?, ?)").run(OTHER_FEDERATION, ids.otherFederation, role, Date.now());
        }
        const maireB = session(db, ids.maireB);
        const personas: Persona[] = [
          { name: "anonyme", userId: null, communeRoles: [], federationRoles: [] },
          { name: "maire", userId: ids.maire, cookie: session(db, ids.maire), communeRoles: ["maire"], federationRoles: [] },
          { name: "referent", userId: ids.referent, cookie: session(db, ids.referent), communeRoles: ["referent"], federationRoles: [] },
          { name: "facilitateur", userId: ids.facilitateur, cookie: session(db, ids.facilitateur), communeRoles: ["facilitateur"], federationRoles: [] },
          { name: "professionnel", userId: ids.professionnel, cookie: session(db, ids.professionnel), communeRoles: ["professionnel"], federationRoles: [] },
          { name: "maire d'une autre commune", userId: ids.maireB, cookie: maireB, communeRoles: [], federationRoles: [] },
          { name: "maire d'une autre commune, ses ids", userId: ids.maireB, cookie: maireB, communeRoles: [], federationRoles: [], foreignIds: true },
          { name: "admin de la fédération", userId: admin, cookie: session(db, admin), communeRoles: [], federationRoles: ["admin", "facilitateur"] },
          { name: "facilitatrice de la fédération", userId: facilitatrice, cookie: session(db, facilitatrice), communeRoles: [], federationRoles: ["facilitateur"] },
          { name: "admin d'une autre fédération", userId: ids.otherFederation, cookie: session(db, ids.otherFederation), communeRoles: [], federationRoles: [], foreignIds: true },
        ];
        const userIds = { ...ids, admin, facilitatrice };
        return { personas, workspaceA, workspaceB, userIds, fresh: (label: string) => freshAccount(label) };
      })
      .immediate();
  } finally {
    db.close();
  }
}

let freshCount = 0;
/** A new signed-in account holding nothing: for the acts that end the caller's session or account. */
export function freshAccount(label: string): Persona {
  const db = open();
  try {
    freshCount += 1;
    const id = user(db, `compte${freshCount}`, "Hélène Calmels");
    return { name: label as PersonaName, userId: id, cookie: session(db, id), communeRoles: [], federationRoles: [] };
  } finally {
    db.close();
  }
}

/** One value read from the served database (for the ids the inputs name). */
export function readOne<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(dbFile(), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

/**
 * Takes this spec's traces off what the specs that run after it read (the Fécop's board, its members, the daily
 * job's reminders, the demo's people's communes): its three communes' workspaces go, with everything in them
 * (every table's foreign key to a workspace cascades), and so do its invitations and memberships of federations.
 */
export function cleanUp() {
  const db = open();
  try {
    db.transaction(() => {
      db.prepare("delete from workspace where commune_code in (?, ?, ?)").run(COMMUNE_A, COMMUNE_B, COMMUNE_NEW);
      db.prepare("delete from invitation where federation_id is not null and email like '%@authz.boussole.test'").run();
      db.prepare("delete from federation_member where user_id in (select id from user where email like '%@authz.boussole.test')").run();
    }).immediate();
  } finally {
    db.close();
  }
}
