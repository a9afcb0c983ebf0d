/**
 * The long lists' journeys' data (e2e/scale-lists.spec.ts), on this spec's own communes: a mayor of Perpignan
 * (66136) and Toulouse (31555), and 120 events in Perpignan's history — three to a minute, so that instants tie
 * and only the id orders them. Written straight into the served database; idempotent.
 */
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { insertSession } from "./session-row";

export const LISTS_MAYOR = "maire.perpignan-toulouse@scale.boussole.test";
export const LISTS_COMMUNES = ["66136", "31555"] as const;
export const LISTS_EVENTS = 120;

export const eventSummary = (i: number) => `Événement de test n° ${String(i).padStart(3, "0")} dans l'historique de Perpignan.`;

export function buildListsData(file: string): { cookie: { name: string; value: string } } {
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  try {
    return db
      .transaction(() => {
        const now = Date.now();
        let user = db.prepare("select id from user where email = ?").get(LISTS_MAYOR) as { id: string } | undefined;
        if (!user) {
          user = { id: crypto.randomUUID() };
          db.prepare("insert into user (id, name, email, emailVerified, created_at) values (?, ?, ?, ?, ?)").run(user.id, "Maire de deux communes", LISTS_MAYOR, now, now);
        }
        for (const code of LISTS_COMMUNES) {
          if (db.prepare("select 1 from workspace where commune_code = ?").get(code)) continue;
          const ws = db
            .prepare("insert into workspace (commune_code, mandate_start, created_by, created_at, version) values (?, '2026-03-22', ?, ?, 1) returning id")
            .get(code, user.id, now) as { id: number };
          db.prepare("insert into workspace_member (workspace_id, user_id, role, created_at) values (?, ?, 'maire', ?)").run(ws.id, user.id, now);
          if (code !== "66136") continue;
          const insert = db.prepare("insert into history_event (workspace_id, actor_id, action, summary, created_at) values (?, ?, 'inventory.professional_updated', ?, ?)");
          const start = now - 30 * 86_400_000;
          for (let i = 0; i < LISTS_EVENTS; i++) insert.run(ws.id, user.id, eventSummary(i), start + Math.floor(i / 3) * 60_000);
        }
        return { cookie: insertSession(db, user.id, now) };
      })
      .immediate();
  } finally {
    db.close();
  }
}
