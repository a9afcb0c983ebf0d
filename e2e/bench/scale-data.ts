/**
 * The large lists of issue 12, written straight into a scratch database already seeded with the demo (the
 * bench's own folder, never the journeys' database): `requests` communes of Occitanie asking the Fécop (three
 * in four waiting, the others accepted with the demo facilitator), one person who is référent·e in `spaces`
 * of them, and `events` history events in Marvejols. Deterministic: the same communes and rows on every run.
 */
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { insertSession } from "../session-row";

export const SCALE_MULTI = "referente.multi@scale.boussole.test";

export type ScaleData = {
  federationId: string;
  adminCookie: string;
  multiCookie: string;
  mayorCookie: string;
  pendingRequestId: number;
  requests: number;
  spaces: number;
  events: number;
};

const cookieHeader = (c: { name: string; value: string }) => `${c.name}=${c.value}`;

export function buildScaleData(file: string, size: { requests?: number; spaces?: number; events?: number } = {}): ScaleData {
  const requests = size.requests ?? 400;
  const spaces = Math.min(size.spaces ?? 200, requests);
  const events = size.events ?? 5000;
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  try {
    return db
      .transaction(() => {
        const now = Date.now();
        const userId = (email: string) => (db.prepare("select id from user where email = ?").get(email) as { id: string }).id;
        const admin = userId("admin@demo.boussole.fr");
        const facilitatrice = userId("facilitatrice@demo.boussole.fr");
        const maire = userId("maire@demo.boussole.fr");
        const newUser = db.prepare("insert into user (id, name, email, emailVerified, created_at) values (?, ?, ?, ?, ?)");
        const multi = crypto.randomUUID();
        newUser.run(multi, "Référente de nombreuses communes", SCALE_MULTI, now, now);

        // Occitanie's communes without a workspace yet, largest first (a stable choice).
        const free = db
          .prepare(
            `select code, name from commune where region_code = '76' and code not in (select commune_code from workspace)
             order by population desc, code limit ?`,
          )
          .all(requests) as { code: string; name: string }[];
        const insertWs = db.prepare("insert into workspace (commune_code, mandate_start, created_by, created_at, version) values (?, '2026-03-22', ?, ?, 1) returning id");
        const insertMember = db.prepare("insert into workspace_member (workspace_id, user_id, role, capacity, federation_id, created_at) values (?, ?, ?, ?, ?, ?)");
        const insertRequest = db.prepare(
          `insert into federation_request (workspace_id, federation_id, message, status, requested_by, requested_at, decided_by, decided_at, version)
           values (?, 'fecop', ?, ?, ?, ?, ?, ?, 1) returning id`,
        );
        let pendingRequestId = 0;
        free.forEach((c, i) => {
          const mayor = crypto.randomUUID();
          newUser.run(mayor, `Maire ${i}`, `maire.${c.code.toLowerCase()}@scale.boussole.test`, now, now);
          const at = now - (i + 1) * 3_600_000;
          const ws = (insertWs.get(c.code, mayor, at) as { id: number }).id;
          insertMember.run(ws, mayor, "maire", null, null, at);
          if (i < spaces) insertMember.run(ws, multi, "referent", "elu", null, at);
          const accepted = i % 4 === 3;
          const message = `Bonjour, la commune de ${c.name} souhaite l'accompagnement de la Fécop pour réunir ses professionnels de santé.`;
          const req = (insertRequest.get(ws, message, accepted ? "accepted" : "pending", mayor, at, accepted ? admin : null, accepted ? at + 86_400_000 : null) as { id: number }).id;
          if (accepted) insertMember.run(ws, facilitatrice, "facilitateur", null, "fecop", at + 86_400_000);
          else if (!pendingRequestId) pendingRequestId = req;
        });

        const marvejols = (db.prepare("select id from workspace where commune_code = '48092'").get() as { id: number }).id;
        const insertEvent = db.prepare("insert into history_event (workspace_id, actor_id, action, summary, created_at) values (?, ?, 'inventory.professional_updated', ?, ?)");
        for (let i = 0; i < events; i++) insertEvent.run(marvejols, maire, `Claire Fabre a mis à jour la fiche n° ${i} de l'état des lieux.`, now - 400 * 86_400_000 + i * 60_000);

        return {
          federationId: "fecop",
          adminCookie: cookieHeader(insertSession(db, admin, now)),
          multiCookie: cookieHeader(insertSession(db, multi, now)),
          mayorCookie: cookieHeader(insertSession(db, maire, now)),
          pendingRequestId,
          requests: free.length,
          spaces,
          events,
        };
      })
      .immediate();
  } finally {
    db.close();
  }
}
