/**
 * The national-scale copy for `npm run bench`: thousands of workspaces spread over the real communes of every
 * region, each with its mayor, most with a referent, a request to their region's federation, professionals,
 * meetings with invitees and agenda, and a history — plus the bench's heavy cases: one commune of the Fécop
 * with 300 lines, a 100-invitee meeting and 5,000 history events; the Fécop with 400 requests; the demo
 * facilitator assigned to 200 communes. Written with plain INSERTs after the demo seed, in one IMMEDIATE
 * transaction, from a fixed seed: the same file on every run. Checked against the schema by SQLite itself
 * (`foreign_key_check`, `integrity_check`) before the bench uses it.
 */
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { AGE_BRACKETS, DEPARTURE_HORIZONS, INTEREST_LEVELS, PRACTICE_FORMS, PROFESSIONS, RSVP_ANSWERS } from "../../lib/domain/enums";

export type NationalSize = { workspaces: number; fecopRequests: number; facilitatorCommunes: number; bigLines: number; bigInvitees: number; bigHistory: number };

/** Issue 12's measured copy: 3,000 workspaces, ~59,000 lines, ~10,000 meetings, ~100,000 invitees, ~305,000 events. */
export const FULL: NationalSize = { workspaces: 3000, fecopRequests: 400, facilitatorCommunes: 200, bigLines: 300, bigInvitees: 100, bigHistory: 5000 };
/** What the test command runs, so that the bench cannot rot: a few hundred communes, the same shapes. */
export const SMALL: NationalSize = { workspaces: 300, fecopRequests: 60, facilitatorCommunes: 30, bigLines: 300, bigInvitees: 100, bigHistory: 600 };

/** A deterministic generator (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

const FIRST = ["Anne", "Bruno", "Chloé", "David", "Emma", "Félix", "Gaëlle", "Hugo", "Inès", "Jules", "Katia", "Louis", "Maëlle", "Noé", "Océane", "Paul", "Rose", "Simon"];
const LAST = ["Allègre", "Bonnal", "Chaptal", "Delon", "Estève", "Fabre", "Granier", "Hermet", "Jourdan", "Lafont", "Malaval", "Nègre", "Orlhac", "Pradal", "Roux", "Sabatier"];
const DAY = 86_400_000;

export type NationalCase = { code: string; workspaceId: number; meetingId: number; mayorEmail: string };
export type NationalData = { big: NationalCase; small: NationalCase; smallFederation: string; facilitatorEmail: string; counts: Record<string, number> };

/** Fills the seeded database at `file` (the demo must be there: the Fécop, its facilitator). */
export function buildNationalData(file: string, size: NationalSize, now = Date.UTC(2026, 11, 1, 9)): NationalData {
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  db.pragma("foreign_keys = ON");
  const r = rng(20261203);
  try {
    const result = db.transaction(() => {
      const facilitator = db.prepare("select id from user where email = 'facilitatrice@demo.boussole.fr'").pluck().get() as string;
      const taken = new Set(db.prepare("select commune_code from workspace").pluck().all() as string[]);
      const federations = db.prepare("select federation_id as f, region_code as rg from federation_region").all() as { f: string; rg: string }[];
      const federationOf = new Map(federations.map((x) => [x.rg, x.f]));
      // Occitanie's communes first (the Fécop's requests), then the others: every region gets some.
      const all = db.prepare("select code, region_code as rg from commune where region_code in (select region_code from federation_region) order by code").all() as { code: string; rg: string }[];
      const free = all.filter((c) => !taken.has(c.code));
      const occitanie = free.filter((c) => c.rg === "76");
      const others = free.filter((c) => c.rg !== "76");
      const chosen = [...spread(occitanie, size.fecopRequests), ...spread(others, size.workspaces - size.fecopRequests)];

      const insUser = db.prepare("insert into user (id, name, email, emailVerified, created_at) values (?, ?, ?, ?, ?)");
      const insWs = db.prepare(
        "insert into workspace (commune_code, mandate_start, referent_kind, created_by, created_at, version, verified_at, verified_via) values (?, ?, ?, ?, ?, 1, ?, 'federation') returning id",
      );
      const insMember = db.prepare("insert into workspace_member (workspace_id, user_id, role, capacity, federation_id, created_at) values (?, ?, ?, ?, ?, ?)");
      const insRequest = db.prepare(
        "insert into federation_request (workspace_id, federation_id, message, status, requested_by, requested_at, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
      );
      const insPro = db.prepare(
        `insert into professional (workspace_id, profession, name, practice_location, practice_form, age_bracket, departure, interest, email, phone, note, source, version, created_by, created_at, updated_by, updated_at)
         values (?, ?, ?, 'commune', ?, ?, ?, ?, ?, ?, ?, 'commune', 1, ?, ?, ?, ?) returning id`,
      );
      const insMeeting = db.prepare(
        `insert into meeting (workspace_id, title, kind, starts_at, duration_minutes, place, status, ics_uid, version, created_by, created_at, updated_by, updated_at, invitations_sent_at, held_at)
         values (?, ?, ?, ?, 90, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?) returning id`,
      );
      const insAgenda = db.prepare("insert into agenda_item (meeting_id, position, title, duration_minutes, leader, questions) values (?, ?, ?, ?, ?, '')");
      const insInvitee = db.prepare(
        `insert into meeting_invitee (meeting_id, professional_id, name, profession, email, token_hash, answer, answered_at, delivery_status, last_sent_at, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?)`,
      );
      const insEvent = db.prepare("insert into history_event (workspace_id, actor_id, action, summary, created_at) values (?, ?, ?, ?, ?)");

      let assigned = db.prepare("select count(*) from workspace_member where user_id = ? and role = 'facilitateur'").pluck().get(facilitator) as number;
      const counts = { workspaces: 0, users: 0, professionals: 0, meetings: 0, invitees: 0, events: 0, requests: 0 };
      const cases: NationalCase[] = [];
      chosen.forEach((commune, i) => {
        const big = i === 0; // the Fécop's heavy commune
        const mayor = crypto.randomUUID();
        const mayorEmail = `maire.${commune.code}@bench.boussole.test`;
        const created = now - r.int(5, 200) * DAY;
        insUser.run(mayor, `${r.pick(FIRST)} ${r.pick(LAST)}`, mayorEmail, created, created);
        const ws = (insWs.get(commune.code, "2026-03-22", "elu", mayor, created, created + DAY) as { id: number }).id;
        insMember.run(ws, mayor, "maire", null, null, created);
        let referent: string | null = null;
        if (i % 3 !== 2) {
          referent = crypto.randomUUID();
          insUser.run(referent, `${r.pick(FIRST)} ${r.pick(LAST)}`, `referent.${commune.code}@bench.boussole.test`, created, created);
          insMember.run(ws, referent, "referent", "elu", null, created + DAY);
        }
        counts.users += referent ? 2 : 1;
        const federation = federationOf.get(commune.rg)!;
        const status = big ? "accepted" : i % 8 < 3 ? "pending" : i % 8 < 7 ? "accepted" : "declined";
        insRequest.run(ws, federation, "Nous souhaitons être accompagnés pour constituer une équipe de santé.", status, mayor, created + DAY, status === "pending" ? null : mayor, status === "pending" ? null : created + 3 * DAY);
        counts.requests++;
        if (federation === "fecop" && status === "accepted" && assigned < size.facilitatorCommunes) {
          insMember.run(ws, facilitator, "facilitateur", null, "fecop", created + 3 * DAY);
          assigned++;
        }

        const lines = big ? size.bigLines : r.int(5, 34);
        const pros: { id: number; name: string; profession: string; email: string | null }[] = [];
        for (let k = 0; k < lines; k++) {
          const name = `${r.pick(FIRST)} ${r.pick(LAST)} ${k}`;
          const profession = PROFESSIONS[(k * 7 + i) % PROFESSIONS.length];
          const email = k % 2 === 0 ? `pro${k}.${commune.code}@bench.boussole.test` : null;
          const at = created + k * 60_000;
          const id = (
            insPro.get(ws, profession, name, r.pick(PRACTICE_FORMS), r.pick(AGE_BRACKETS), r.pick(DEPARTURE_HORIZONS), r.pick(INTEREST_LEVELS), email, k % 4 === 0 ? "04 66 00 00 00" : null, k % 5 === 0 ? "Disponible le jeudi ; intéressée par un exercice coordonné." : null, mayor, at, mayor, at) as { id: number }
          ).id;
          pros.push({ id, name, profession, email });
        }
        counts.professionals += lines;

        const meetings = big ? 4 : i % 3 === 0 ? 4 : 3;
        let bigMeeting = 0;
        for (let m = 0; m < meetings; m++) {
          const startsAt = created + (20 + m * 25) * DAY;
          const held = startsAt < now;
          const meetingId = (
            insMeeting.get(ws, m === 0 ? "Première rencontre des professionnels de santé" : `Réunion de suivi n° ${m}`, m === 0 ? "premiere" : "suivi", startsAt, "Salle du conseil municipal", held ? "tenue" : "invitations_envoyees", `${crypto.randomUUID()}@boussole`, mayor, created, mayor, created, startsAt - 14 * DAY, held ? startsAt + 2 * 3600_000 : null) as { id: number }
          ).id;
          ["Accueil et tour de table", "L'état des lieux de l'offre de soins", "Les attentes de chacun", "Les prochaines étapes"].forEach((t, p) => insAgenda.run(meetingId, p, t, 20, "Le maire"));
          const withMail = pros.filter((p) => p.email);
          const invitees = big && m === 1 ? size.bigInvitees : r.int(7, 13);
          for (let k = 0; k < invitees; k++) {
            const p = withMail[k % withMail.length];
            const answer = k % 4 === 3 ? null : RSVP_ANSWERS[k % RSVP_ANSWERS.length];
            const email = k < withMail.length ? p.email! : `invite${k}.${commune.code}@bench.boussole.test`;
            insInvitee.run(meetingId, k < withMail.length ? p.id : null, p.name, p.profession, email, crypto.createHash("sha256").update(`${meetingId}:${k}`).digest("hex"), answer, answer ? startsAt - 7 * DAY : null, startsAt - 14 * DAY, startsAt - 14 * DAY);
          }
          counts.invitees += invitees;
          if (big && m === 1) bigMeeting = meetingId;
        }
        counts.meetings += meetings;

        const events = big ? size.bigHistory : r.int(60, 140);
        for (let k = 0; k < events; k++) {
          insEvent.run(ws, k % 2 ? mayor : (referent ?? mayor), "inventory.professional_updated", `Fiche de ${r.pick(FIRST)} ${r.pick(LAST)} modifiée : disponibilités, intérêt pour un exercice coordonné.`, created + Math.floor((k * (now - created)) / events));
        }
        counts.events += events;
        counts.workspaces++;
        if (big || i === chosen.length - 1) cases.push({ code: commune.code, workspaceId: ws, meetingId: bigMeeting || (db.prepare("select max(id) from meeting where workspace_id = ?").pluck().get(ws) as number), mayorEmail });
      });
      // An admin for the small case's federation: the federation page's statements at a smaller size.
      const smallFederation = db.prepare("select federation_id from federation_request where workspace_id = ?").pluck().get(cases[1].workspaceId) as string;
      const admin = crypto.randomUUID();
      insUser.run(admin, "Admin de la fédération (banc)", `admin.${smallFederation}@bench.boussole.test`, now, now);
      db.prepare("insert into federation_member (federation_id, user_id, role, created_at) values (?, ?, 'admin', ?)").run(smallFederation, admin, now);
      return { big: cases[0], small: cases[1], smallFederation, facilitatorEmail: "facilitatrice@demo.boussole.fr", counts };
    }).immediate();
    const fk = db.prepare("pragma foreign_key_check").all();
    if (fk.length) throw new Error(`foreign_key_check : ${fk.length} lignes invalides`);
    const ok = db.prepare("pragma integrity_check").pluck().get();
    if (ok !== "ok") throw new Error(`integrity_check : ${ok}`);
    db.pragma("wal_checkpoint(TRUNCATE)");
    return result;
  } finally {
    db.close();
  }
}

/** `n` items taken evenly through a list (every department gets its share), in the list's order. */
function spread<T>(xs: T[], n: number): T[] {
  if (n >= xs.length) return xs.slice();
  return Array.from({ length: n }, (_, k) => xs[Math.floor((k * xs.length) / n)]);
}
