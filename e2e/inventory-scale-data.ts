/**
 * A large inventory for the scale test and the bench: a commune of its own (Mende, 48095, outside the demo's
 * journeys) whose mayor is a new account with a session, and `count` professional lines spread over every
 * profession, interest, age and departure, deterministically. Written straight into the served database
 * (WAL: the running server sees it at its next read). Idempotent: a second call returns the same workspace.
 */
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { insertSession } from "./session-row";
import { AGE_BRACKETS, DEPARTURE_HORIZONS, INTEREST_LEVELS, PRACTICE_FORMS, PROFESSIONS } from "../lib/domain/enums";

export const SCALE_COMMUNE = "48095";
export const SCALE_MAYOR = "maire.mende@scale.boussole.test";

export type ScaleWorkspace = { code: string; workspaceId: number; cookie: { name: string; value: string }; lines: number };

const FIRST = ["Anne", "Bruno", "Chloé", "David", "Emma", "Félix", "Gaëlle", "Hugo", "Inès", "Jules", "Katia", "Louis", "Maëlle", "Noé", "Océane", "Paul"];
const LAST = ["Allègre", "Bonnal", "Chaptal", "Delon", "Estève", "Fabre", "Granier", "Hermet", "Jourdan", "Lafont", "Malaval", "Nègre", "Orlhac", "Pradal", "Roux", "Sabatier", "Teissier", "Vidal"];

/** The line number `i`'s fields: every combination comes round, the same on every run. */
export function scaleLine(i: number) {
  const profession = PROFESSIONS[i % PROFESSIONS.length];
  return {
    profession,
    professionOther: profession === "autre" ? (i % 2 ? "Ostéopathe" : "Psychothérapeute") : null,
    name: i % 23 === 0 ? null : `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${String(i).padStart(4, "0")}`,
    practiceForm: PRACTICE_FORMS[(i * 3) % PRACTICE_FORMS.length],
    ageBracket: AGE_BRACKETS[(i * 5) % AGE_BRACKETS.length],
    departure: DEPARTURE_HORIZONS[(i * 7) % DEPARTURE_HORIZONS.length],
    interest: INTEREST_LEVELS[(i * 11) % INTEREST_LEVELS.length],
    email: i % 3 === 0 ? `pro${i}@scale.boussole.test` : null,
    phone: i % 4 === 0 ? `04 66 00 ${String(i % 100).padStart(2, "0")} ${String(i % 97).padStart(2, "0")}` : null,
    note: i % 5 === 0 ? `Note de la fiche ${i} : disponibilités, projets, contacts avec les autres professionnels du secteur.` : null,
  };
}

export function buildScaleWorkspace(file: string, count = 2000): ScaleWorkspace {
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  try {
    return db
      .transaction(() => {
        const now = Date.now();
        let user = db.prepare("select id from user where email = ?").get(SCALE_MAYOR) as { id: string } | undefined;
        if (!user) {
          user = { id: crypto.randomUUID() };
          db.prepare("insert into user (id, name, email, emailVerified, created_at) values (?, ?, ?, ?, ?)").run(user.id, "Maire de Mende (test de charge)", SCALE_MAYOR, now, now);
        }
        let ws = db.prepare("select id from workspace where commune_code = ?").get(SCALE_COMMUNE) as { id: number } | undefined;
        if (!ws) {
          ws = db
            .prepare("insert into workspace (commune_code, mandate_start, created_by, created_at, version) values (?, '2026-03-22', ?, ?, 1) returning id")
            .get(SCALE_COMMUNE, user.id, now) as { id: number };
          db.prepare("insert into workspace_member (workspace_id, user_id, role, created_at) values (?, ?, 'maire', ?)").run(ws.id, user.id, now);
          const insert = db.prepare(
            `insert into professional (workspace_id, profession, profession_other, name, practice_location, practice_form, age_bracket, departure, interest,
               email, phone, note, source, version, created_by, created_at, updated_by, updated_at)
             values (@workspaceId, @profession, @professionOther, @name, 'commune', @practiceForm, @ageBracket, @departure, @interest,
               @email, @phone, @note, 'commune', 1, @userId, @at, @userId, @at)`,
          );
          for (let i = 0; i < count; i++) insert.run({ ...scaleLine(i), workspaceId: ws.id, userId: user.id, at: now - (count - i) * 1000 });
        }
        const lines = (db.prepare("select count(*) as n from professional where workspace_id = ?").get(ws.id) as { n: number }).n;
        return { code: SCALE_COMMUNE, workspaceId: ws.id, cookie: insertSession(db, user.id, now), lines };
      })
      .immediate();
  } finally {
    db.close();
  }
}
