/**
 * For the meetings' unit tests: Montpellier's team (a mayor, a referent, a facilitator of the Fécop, which
 * accepted to support the commune), Lyon's mayor, someone from elsewhere, and helpers. Each test file opens its
 * own in-memory database, builds this in a `before` hook and runs each test in a rolled-back savepoint.
 */
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { DB } from "../client";
import type { Actor, DataContext, WorkspaceRef } from "../context";
import { addUser, testContext } from "../test-support";
import { federationRequests, historyEvents, meetingInvitees, meetings, workspaceMembers, workspaces } from "../schema";
import type { HistoryAction } from "@/lib/domain/history";
import { kitAgenda } from "@/lib/meetings/agenda";
import type { MeetingFields } from "./meetings";
import { addInvitees } from "./invitees";
import { createMeeting } from "./meetings";
import { sendInvitations } from "./sending";
import { claimDueMails, enqueueMail, settleMail } from "../mail/outbox";

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** The tests' clock: every data function is given this instant unless a test says otherwise. */
export const NOW = new Date("2026-11-20T09:00:00.000Z");
export const inDays = (d: number) => new Date(NOW.getTime() + d * DAY);
export const later = (d: Date, ms: number) => new Date(d.getTime() + ms);

export type RsvpExtra = Partial<Record<"comment" | "situation" | "conditions" | "difficulties" | "expectations", string>>;

export function answer(a: "oui" | "non" | "peut_etre", extra: RsvpExtra = {}) {
  return { answer: a, comment: "", situation: "", conditions: "", difficulties: "", expectations: "", ...extra };
}

export const people = (...names: string[]) =>
  names.map((n, i) => ({ name: n, profession: i % 2 ? "infirmier" : "medecin_generaliste", email: `${n.toLowerCase().replace(/\W+/g, ".")}@exemple.fr` }));

/** Asserts that `fn` throws an error of class `cls`, then runs `check` on it. */
export function throwsOf<T extends Error>(cls: new (...a: never[]) => T, fn: () => unknown, check?: (e: T) => void) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof cls, `expected ${cls.name}, got ${String(e)}`);
    check?.(e as T);
    return true;
  });
}

export function meetingFixture(db: DB, sqlite: Database.Database) {
  const maire = addUser(db, "maire@montpellier.fr", "Michaël Delafosse");
  const referent = addUser(db, "referent@montpellier.fr", "Rose Référente");
  const facilitatrice = addUser(db, "facilitatrice@fecop.fr", "Fanny Facilitatrice");
  const maireLyon = addUser(db, "maire@lyon.fr", "Grégory Doucet");
  const outsider = addUser(db, "quelquun@ailleurs.fr", "Quelqu'un d'ailleurs");
  const workspace = (communeCode: string, createdBy: string): WorkspaceRef =>
    db.insert(workspaces).values({ communeCode, mandateStart: "2026-03-22", createdBy, verifiedAt: new Date("2026-03-25T09:00:00Z"), verifiedVia: "operateur" }).returning({ id: workspaces.id, communeCode: workspaces.communeCode }).get();
  const ws = workspace("34172", maire.id);
  const wsLyon = workspace("69123", maireLyon.id);
  db.insert(workspaceMembers)
    .values([
      { workspaceId: ws.id, userId: maire.id, role: "maire" },
      { workspaceId: ws.id, userId: referent.id, role: "referent", capacity: "elu" },
      { workspaceId: ws.id, userId: facilitatrice.id, role: "facilitateur", federationId: "fecop" },
      { workspaceId: wsLyon.id, userId: maireLyon.id, role: "maire" },
    ])
    .run();
  db.insert(federationRequests).values({ workspaceId: ws.id, federationId: "fecop", message: "…", status: "accepted", requestedBy: maire.id }).run();

  /** Someone acting in Montpellier (or `workspace`) at `now`. */
  const as = (actor: Actor, now: Date = NOW, where: WorkspaceRef = ws): DataContext => testContext(db, where, actor, now);
  /** The personal link's context: no workspace, no actor. */
  const link = (now: Date = NOW) => ({ db, now });

  const fields = (overrides: Partial<MeetingFields> = {}): MeetingFields => ({
    title: "Première rencontre avec les professionnels de santé",
    kind: "premiere",
    startsAt: inDays(10),
    durationMinutes: 90,
    place: "Salle du conseil municipal",
    preparerIds: [referent.id, facilitatrice.id],
    agenda: kitAgenda(),
    ...overrides,
  });

  /** A draft of Montpellier's referent, with these invitees (none by default). */
  const draft = (names: string[] = [], over: Partial<MeetingFields> = {}) => {
    const m = createMeeting(as(referent), fields(over));
    const added = names.length ? addInvitees(as(referent), { meetingId: m.id, people: people(...names), duplicateField: "emails" })!.added : [];
    return { meeting: m, added };
  };

  /**
   * An e-mail to the invitee, delivered (`ok`) or refused by the mail server, recorded on the invitee as the
   * outbox's worker records it (db/mail/outbox.ts: `settleMail`).
   */
  const delivered = (inviteeId: number, ok: boolean, now: Date = NOW) => {
    const to = db.select({ email: meetingInvitees.email }).from(meetingInvitees).where(eq(meetingInvitees.id, inviteeId)).get()!.email;
    enqueueMail(db, { to, subject: "Invitation", text: "Invitation", html: "", concerns: { kind: "invite_reunion", id: inviteeId } }, now);
    for (const mail of claimDueMails(db, now)) {
      settleMail(db, mail, ok ? { ok: true } : { ok: false, permanent: true, error: "550 Boîte aux lettres inconnue" }, { now, keepBodies: true });
    }
  };

  /** A meeting whose invitations went out and arrived; the clear tokens by e-mail. */
  const sentMeeting = (names = ["Anne Martin", "Bruno Petit", "Chloé Roux"], over: Partial<MeetingFields> = {}) => {
    const { meeting: m } = draft(names, over);
    const sent = sendInvitations(as(referent), { meetingId: m.id, version: m.version })!;
    for (const i of sent.issued) delivered(i.invitee.id, true);
    return { meeting: sent.meeting, tokens: Object.fromEntries(sent.issued.map((i) => [i.invitee.email, { token: i.token, id: i.invitee.id }])) };
  };

  /** Every row the meetings write to, to prove that a refused action wrote nothing. */
  const snapshot = () =>
    JSON.stringify(
      ["meeting", "meeting_preparer", "agenda_item", "meeting_invitee", "answer_link", "meeting_team_attendance", "history_event"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()),
    );

  const withFailingHistory = (action: HistoryAction, fn: () => void) => {
    sqlite.exec(`create temp trigger fail_history before insert on history_event when new.action = '${action}' begin select raise(abort, 'history down'); end;`);
    try {
      fn();
    } finally {
      sqlite.exec("drop trigger fail_history");
    }
  };

  const invitee = (id: number) => db.select().from(meetingInvitees).where(eq(meetingInvitees.id, id)).get()!;
  const meetingRow = (id: number) => db.select().from(meetings).where(eq(meetings.id, id)).get()!;
  const history = (action: HistoryAction) => db.select().from(historyEvents).where(eq(historyEvents.action, action)).all();

  return { db, maire, referent, facilitatrice, maireLyon, outsider, ws, wsLyon, as, link, fields, draft, delivered, sentMeeting, snapshot, withFailingHistory, invitee, meetingRow, history };
}

export type MeetingFixture = ReturnType<typeof meetingFixture>;
