import { after, before, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { DB } from "./client";
import { addUser, testDatabase } from "./test-support";
import { federationRequests, historyEvents, meetingInvitees, meetings, professionals, workspaceMembers, workspaces } from "./schema";
import {
  addInvitees,
  addInviteesFromInventory,
  answerInvitation,
  cancelMeeting,
  createMeeting,
  findInvitationByToken,
  getMeeting,
  invitableProfessionals,
  listMeetings,
  mailContext,
  markInviteeDelivery,
  recordAttendance,
  remindInvitees,
  removeInvitee,
  resendInvitation,
  sendInvitations,
  updateMeeting,
  type MeetingFields,
} from "./meetings";
import { seedMeetings } from "./seed-meetings";
import { ConflictError, FieldError, FormError } from "@/lib/domain/errors";
import { kitAgenda } from "@/lib/meetings/agenda";

let db: DB;
let sqlite: Database.Database;
type Actor = { id: string; email: string; name: string | null };
let maire: Actor, referent: Actor, facilitatrice: Actor, maireLyon: Actor, outsider: Actor;
let ws: number, wsLyon: number;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const inDays = (d: number) => new Date(Date.now() + d * DAY);

/** Every row the meetings write to, to prove that a refused action wrote nothing. */
function snapshot() {
  return JSON.stringify(
    ["meeting", "meeting_preparer", "agenda_item", "meeting_invitee", "meeting_team_attendance", "history_event"].map((t) => sqlite.prepare(`select * from ${t} order by rowid`).all()),
  );
}

function fields(overrides: Partial<MeetingFields> = {}): MeetingFields {
  return {
    title: "Première rencontre avec les professionnels de santé",
    kind: "premiere",
    startsAt: inDays(10),
    durationMinutes: 90,
    place: "Salle du conseil municipal",
    preparerIds: [referent.id, facilitatrice.id],
    agenda: kitAgenda(),
    ...overrides,
  };
}

const people = (...names: string[]) => names.map((n, i) => ({ name: n, profession: i % 2 ? "infirmier" : "medecin_generaliste", email: `${n.toLowerCase().replace(/\W+/g, ".")}@exemple.fr` }));

function throwsOf<T extends Error>(cls: new (...a: never[]) => T, fn: () => unknown, check?: (e: T) => void) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof cls, `expected ${cls.name}, got ${String(e)}`);
    check?.(e as T);
    return true;
  });
}

function withFailingHistory(action: string, fn: () => void) {
  sqlite.exec(`create temp trigger fail_history before insert on history_event when new.action = '${action}' begin select raise(abort, 'history down'); end;`);
  try {
    fn();
  } finally {
    sqlite.exec("drop trigger fail_history");
  }
}

const invitee = (id: number) => db.select().from(meetingInvitees).where(eq(meetingInvitees.id, id)).get()!;
const meetingRow = (id: number) => db.select().from(meetings).where(eq(meetings.id, id)).get()!;
const sha256 = (s: string) => crypto.createHash("sha256").update(s, "utf8").digest("hex");
const answer = (a: "oui" | "non" | "peut_etre", extra: Partial<Record<"comment" | "situation" | "conditions" | "difficulties" | "expectations", string>> = {}) => ({
  answer: a,
  comment: "",
  situation: "",
  conditions: "",
  difficulties: "",
  expectations: "",
  ...extra,
});

/** A meeting with invitees whose invitations went out and arrived; returns the clear tokens by e-mail. */
function sentMeeting(names = ["Anne Martin", "Bruno Petit", "Chloé Roux"], over: Partial<MeetingFields> = {}) {
  const m = createMeeting(db, ws, fields(over), referent);
  addInvitees(db, ws, m.id, people(...names), referent, { duplicateField: "emails" });
  const sent = sendInvitations(db, ws, m.id, m.version, referent)!;
  for (const i of sent.issued) markInviteeDelivery(db, i.invitee.id, true);
  return { meeting: sent.meeting, tokens: Object.fromEntries(sent.issued.map((i) => [i.invitee.email, { token: i.token, id: i.invitee.id }])) };
}

before(() => {
  ({ db, sqlite } = testDatabase());
  maire = addUser(db, "maire@montpellier.fr", "Michaël Delafosse");
  referent = addUser(db, "referent@montpellier.fr", "Rose Référente");
  facilitatrice = addUser(db, "facilitatrice@fecop.fr", "Fanny Facilitatrice");
  maireLyon = addUser(db, "maire@lyon.fr", "Grégory Doucet");
  outsider = addUser(db, "quelquun@ailleurs.fr", "Quelqu'un d'ailleurs");
  ws = db.insert(workspaces).values({ communeCode: "34172", mandateStart: "2026-03-22", createdBy: maire.id }).returning().get().id;
  wsLyon = db.insert(workspaces).values({ communeCode: "69123", mandateStart: "2026-03-22", createdBy: maireLyon.id }).returning().get().id;
  db.insert(workspaceMembers)
    .values([
      { workspaceId: ws, userId: maire.id, role: "maire" },
      { workspaceId: ws, userId: referent.id, role: "referent", capacity: "elu" },
      { workspaceId: ws, userId: facilitatrice.id, role: "facilitateur", federationId: "fecop" },
      { workspaceId: wsLyon, userId: maireLyon.id, role: "maire" },
    ])
    .run();
  db.insert(federationRequests).values({ workspaceId: ws, federationId: "fecop", message: "…", status: "accepted", requestedBy: maire.id }).run();
});
after(() => sqlite.close());

describe("preparing a meeting", () => {
  test("a new meeting is a draft with the agenda in order, its preparers, a stable calendar UID, and a history line", () => {
    const m = createMeeting(db, ws, fields(), referent);
    assert.equal(m.status, "brouillon");
    assert.equal(m.icsSequence, 0);
    assert.match(m.icsUid, /^[0-9a-f-]{36}@boussole$/);
    const d = getMeeting(db, ws, m.id)!;
    assert.deepEqual(
      d.agenda.map((a) => [a.position, a.title, a.durationMinutes]),
      kitAgenda().map((a, i) => [i + 1, a.title, a.durationMinutes]),
    );
    assert.deepEqual(d.preparers.map((p) => p.name).sort(), ["Fanny Facilitatrice", "Rose Référente"]);
    assert.deepEqual(d.team.map((t) => t.name), ["Michaël Delafosse", "Rose Référente", "Fanny Facilitatrice"]);
    const h = db.select().from(historyEvents).where(eq(historyEvents.action, "meeting.created")).all().at(-1)!;
    assert.equal(h.actorId, referent.id);
    assert.match(h.summary, /^Rose Référente a préparé la réunion « Première rencontre avec les professionnels de santé » .* en brouillon\.$/);
  });

  test("a preparer outside the commune's team is refused beside the field, nothing written", () => {
    const before = snapshot();
    throwsOf(FieldError, () => createMeeting(db, ws, fields({ preparerIds: [maireLyon.id] }), referent), (e) => assert.equal(e.field, "preparerIds"));
    assert.equal(snapshot(), before);
  });

  test("the meeting and its history are one transaction", () => {
    const before = snapshot();
    withFailingHistory("meeting.created", () => assert.throws(() => createMeeting(db, ws, fields(), referent), /history down/));
    assert.equal(snapshot(), before);
  });

  test("another commune's meeting does not exist: every function answers 'not found' and writes nothing", () => {
    const m = createMeeting(db, ws, fields(), referent);
    addInvitees(db, ws, m.id, people("Anne Martin"), referent, { duplicateField: "emails" });
    const inv = getMeeting(db, ws, m.id)!.invitees[0];
    const before = snapshot();
    assert.equal(getMeeting(db, wsLyon, m.id), null);
    assert.equal(listMeetings(db, wsLyon).length, 0);
    assert.equal(updateMeeting(db, wsLyon, m.id, m.version, fields({ preparerIds: [maireLyon.id] }), maireLyon), null);
    assert.equal(addInvitees(db, wsLyon, m.id, people("Zoé"), maireLyon, { duplicateField: "emails" }), null);
    assert.equal(sendInvitations(db, wsLyon, m.id, m.version, maireLyon), null);
    assert.equal(removeInvitee(db, wsLyon, m.id, inv.id, maireLyon), null);
    assert.equal(remindInvitees(db, wsLyon, m.id, maireLyon), null);
    assert.equal(resendInvitation(db, wsLyon, m.id, inv.id, maireLyon), null);
    assert.equal(cancelMeeting(db, wsLyon, m.id, m.version, "", maireLyon), null);
    assert.equal(recordAttendance(db, wsLyon, m.id, { inviteeIds: [], teamUserIds: [] }, maireLyon, inDays(30)), null);
    assert.equal(snapshot(), before);
  });

  test("the list counts the answers of each meeting; 'no answer' is never 'no'", () => {
    const { meeting, tokens } = sentMeeting(["Alice", "Bob", "Chris"]);
    answerInvitation(db, tokens["alice@exemple.fr"].token, answer("oui"));
    answerInvitation(db, tokens["bob@exemple.fr"].token, answer("non"));
    const row = listMeetings(db, ws).find((r) => r.meeting.id === meeting.id)!;
    assert.deepEqual(row.answers, { oui: 1, non: 1, peut_etre: 0, sans_reponse: 1, total: 3 });
  });
});

describe("invitees", () => {
  test("duplicates are merged: in the same list and with those already invited; a draft issues no link", () => {
    const m = createMeeting(db, ws, fields(), referent);
    const first = addInvitees(db, ws, m.id, [...people("Anne Martin"), { name: "Anne (bis)", profession: "", email: "ANNE.MARTIN@exemple.fr" }], referent, { duplicateField: "emails" })!;
    assert.deepEqual(first.added.map((a) => a.email), ["anne.martin@exemple.fr"]);
    assert.deepEqual(first.duplicates, ["anne.martin@exemple.fr"]);
    assert.equal(first.issued.length, 0);
    assert.equal(first.added[0].tokenHash, null);
    const second = addInvitees(db, ws, m.id, people("Anne Martin", "Bruno Petit"), referent, { duplicateField: "emails" })!;
    assert.deepEqual(second.added.map((a) => a.name), ["Bruno Petit"]);
    assert.deepEqual(second.duplicates, ["anne.martin@exemple.fr"]);
  });

  test("only already-invited addresses: a message beside the field, nothing written", () => {
    const m = createMeeting(db, ws, fields(), referent);
    addInvitees(db, ws, m.id, people("Anne Martin"), referent, { duplicateField: "email" });
    const before = snapshot();
    throwsOf(FieldError, () => addInvitees(db, ws, m.id, people("Anne Martin"), referent, { duplicateField: "email" }), (e) => {
      assert.equal(e.field, "email");
      assert.equal(e.message, "anne.martin@exemple.fr est déjà invité·e à cette réunion.");
    });
    assert.equal(snapshot(), before);
  });

  test("picked from the inventory: this commune's professionals with an e-mail only, their profession kept", () => {
    const [gp, other, noMail, lyon] = db
      .insert(professionals)
      .values([
        { workspaceId: ws, profession: "medecin_generaliste", name: "Dr Gaëlle Pic", practiceLocation: "commune", practiceForm: "isole", email: "G.Pic@exemple.fr", source: "commune" },
        { workspaceId: ws, profession: "autre", professionOther: "Ostéopathe", name: null, practiceLocation: "commune", practiceForm: "isole", email: "osteo@exemple.fr", source: "commune" },
        { workspaceId: ws, profession: "infirmier", name: "Sans Adresse", practiceLocation: "commune", practiceForm: "isole", source: "commune" },
        { workspaceId: wsLyon, profession: "pharmacien", name: "Lyonnaise", practiceLocation: "commune", practiceForm: "isole", email: "lyon@exemple.fr", source: "commune" },
      ])
      .returning()
      .all();
    assert.deepEqual(
      invitableProfessionals(db, ws).map((p) => [p.label, p.email]),
      [
        ["Ostéopathe", "osteo@exemple.fr"],
        ["Dr Gaëlle Pic", "g.pic@exemple.fr"],
      ],
    );
    const m = createMeeting(db, ws, fields(), referent);
    const before = snapshot();
    for (const ids of [[lyon.id], [noMail.id], [gp.id, 999_999]]) {
      throwsOf(FieldError, () => addInviteesFromInventory(db, ws, m.id, ids, referent), (e) => assert.equal(e.field, "professionalIds"));
    }
    assert.equal(snapshot(), before);
    const done = addInviteesFromInventory(db, ws, m.id, [gp.id, other.id], referent)!;
    assert.deepEqual(
      done.added.map((a) => [a.name, a.profession, a.email, a.professionalId]),
      [
        ["Dr Gaëlle Pic", "medecin_generaliste", "g.pic@exemple.fr", gp.id],
        ["Ostéopathe", "Ostéopathe", "osteo@exemple.fr", other.id],
      ],
    );
  });

  test("removing: any invitee of a draft; once sent, only one whose e-mail was not delivered", () => {
    const m = createMeeting(db, ws, fields(), referent);
    const { added } = addInvitees(db, ws, m.id, people("Anne Martin", "Bruno Petit", "Chloé Roux"), referent, { duplicateField: "emails" })!;
    assert.equal(removeInvitee(db, ws, m.id, added[2].id, referent)?.name, "Chloé Roux");
    const sent = sendInvitations(db, ws, m.id, m.version, referent)!;
    markInviteeDelivery(db, added[0].id, true);
    markInviteeDelivery(db, added[1].id, false);
    const before = snapshot();
    throwsOf(FormError, () => removeInvitee(db, ws, m.id, added[0].id, referent), (e) => assert.match(e.message, /a déjà reçu l'invitation/));
    assert.equal(snapshot(), before);
    assert.equal(removeInvitee(db, ws, sent.meeting.id, added[1].id, referent)?.name, "Bruno Petit");
  });
});

describe("sending the invitations", () => {
  test("refused without invitee, with a stale version, or twice — nothing written", () => {
    const m = createMeeting(db, ws, fields(), referent);
    let before = snapshot();
    throwsOf(FormError, () => sendInvitations(db, ws, m.id, m.version, referent), (e) => assert.match(e.message, /au moins un·e invité·e/));
    assert.equal(snapshot(), before);
    addInvitees(db, ws, m.id, people("Anne Martin"), referent, { duplicateField: "emails" });
    before = snapshot();
    throwsOf(FormError, () => sendInvitations(db, ws, m.id, m.version + 1, referent), (e) => assert.match(e.message, /vient d'être modifiée/));
    assert.equal(snapshot(), before);
    const sent = sendInvitations(db, ws, m.id, m.version, referent)!;
    before = snapshot();
    throwsOf(FormError, () => sendInvitations(db, ws, m.id, sent.meeting.version, referent), (e) => assert.match(e.message, /déjà été envoyées/));
    assert.equal(snapshot(), before);
  });

  test("a meeting whose date has passed is not sent", () => {
    const m = createMeeting(db, ws, fields(), referent);
    addInvitees(db, ws, m.id, people("Anne Martin"), referent, { duplicateField: "emails" });
    throwsOf(FormError, () => sendInvitations(db, ws, m.id, m.version, referent, inDays(11)), (e) => assert.match(e.message, /date de la réunion est passée/));
  });

  test("each invitee gets a random link: only its SHA-256 is stored, the clear token nowhere", () => {
    const m = createMeeting(db, ws, fields(), referent);
    addInvitees(db, ws, m.id, people("Anne Martin", "Bruno Petit"), referent, { duplicateField: "emails" });
    const sent = sendInvitations(db, ws, m.id, m.version, referent)!;
    assert.equal(sent.meeting.status, "invitations_envoyees");
    assert.ok(sent.meeting.invitationsSentAt);
    assert.equal(sent.issued.length, 2);
    assert.notEqual(sent.issued[0].token, sent.issued[1].token);
    const dump = snapshot();
    for (const { invitee: i, token } of sent.issued) {
      assert.match(token, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(invitee(i.id).tokenHash, sha256(token));
      assert.equal(invitee(i.id).deliveryStatus, "pending");
      assert.ok(!dump.includes(token), "the clear token is not stored");
    }
  });

  test("a failed delivery is recorded and nothing else changes; a resend gives a new link", () => {
    const { meeting, tokens } = sentMeeting(["Anne Martin"]);
    const { id, token } = tokens["anne.martin@exemple.fr"];
    markInviteeDelivery(db, id, false);
    assert.equal(invitee(id).deliveryStatus, "failed");
    assert.equal(meetingRow(meeting.id).status, "invitations_envoyees");
    const again = resendInvitation(db, ws, meeting.id, id, referent)!;
    assert.notEqual(again.issued.token, token);
    assert.equal(findInvitationByToken(db, token), null);
    assert.equal(findInvitationByToken(db, again.issued.token)?.invitee.id, id);
    assert.equal(invitee(id).deliveryStatus, "pending");
  });
});

describe("the personal link", () => {
  test("opening it reads only; malformed or unknown tokens find nothing", () => {
    const { tokens } = sentMeeting(["Anne Martin"]);
    const { token } = tokens["anne.martin@exemple.fr"];
    const before = snapshot();
    const view = findInvitationByToken(db, token)!;
    assert.equal(view.state, "open");
    assert.equal(view.invitee.name, "Anne Martin");
    assert.equal(view.communeName, "Montpellier");
    assert.equal(view.agenda.length, 5);
    assert.equal(view.mail.federationName, "Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires");
    assert.equal(findInvitationByToken(db, "abc"), null);
    assert.equal(findInvitationByToken(db, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`), null);
    assert.equal(findInvitationByToken(db, `${token}'; drop table meeting; --`), null);
    assert.equal(snapshot(), before);
  });

  test("answering, then changing the answer, until the meeting starts; each with a history line", () => {
    const { meeting, tokens } = sentMeeting(["Anne Martin"]);
    const { id, token } = tokens["anne.martin@exemple.fr"];
    const r1 = answerInvitation(db, token, answer("peut_etre", { comment: "Sous réserve de garde", situation: "Cabinet à deux" }));
    assert.ok(r1.ok);
    assert.equal(invitee(id).answer, "peut_etre");
    assert.equal(invitee(id).comment, "Sous réserve de garde");
    assert.equal(invitee(id).situation, "Cabinet à deux");
    assert.equal(invitee(id).conditions, null);
    const r2 = answerInvitation(db, token, answer("oui", { comment: "  ", situation: "Cabinet à deux", expectations: "Un projet de santé" }));
    assert.ok(r2.ok);
    assert.equal(invitee(id).answer, "oui");
    assert.equal(invitee(id).comment, null);
    assert.equal(invitee(id).expectations, "Un projet de santé");
    const lines = db.select().from(historyEvents).where(eq(historyEvents.action, "meeting.answered")).all().slice(-2);
    assert.equal(lines[0].actorId, null);
    assert.equal(lines[0].workspaceId, meeting.workspaceId);
    assert.match(lines[1].summary, /^Anne Martin \(Médecin généraliste\) a répondu « Oui » \(au lieu de « Peut-être »\)/);
  });

  test("after the start, after the end, once cancelled, or with a tampered token: refused, nothing written", () => {
    const { meeting, tokens } = sentMeeting(["Anne Martin"], { startsAt: inDays(2), durationMinutes: 60 });
    const { token } = tokens["anne.martin@exemple.fr"];
    const before = snapshot();
    const started = new Date(meeting.startsAt.getTime() + 1000);
    const over = new Date(meeting.startsAt.getTime() + 60 * 60 * 1000);
    assert.deepEqual(answerInvitation(db, token, answer("oui"), started), { ok: false, reason: "started" });
    assert.equal(findInvitationByToken(db, token, started)?.state, "started");
    assert.deepEqual(answerInvitation(db, token, answer("oui"), over), { ok: false, reason: "over" });
    assert.equal(findInvitationByToken(db, token, over)?.state, "over");
    assert.deepEqual(answerInvitation(db, "x".repeat(43), answer("oui")), { ok: false, reason: "invalid" });
    assert.deepEqual(answerInvitation(db, "not-a-token", answer("oui")), { ok: false, reason: "invalid" });
    assert.equal(snapshot(), before);
    cancelMeeting(db, ws, meeting.id, meeting.version, "", referent);
    const afterCancel = snapshot();
    assert.deepEqual(answerInvitation(db, token, answer("oui")), { ok: false, reason: "cancelled" });
    assert.equal(findInvitationByToken(db, token)?.state, "cancelled");
    assert.equal(snapshot(), afterCancel);
  });
});

describe("reminders", () => {
  test("only those without an answer whose invitation arrived, at most once a day; each gets a new link", () => {
    const { meeting, tokens } = sentMeeting(["Alice", "Bob", "Chris", "Dana"]);
    answerInvitation(db, tokens["alice@exemple.fr"].token, answer("non"));
    answerInvitation(db, tokens["bob@exemple.fr"].token, answer("peut_etre"));
    markInviteeDelivery(db, tokens["dana@exemple.fr"].id, false);
    const now = new Date();
    const r = remindInvitees(db, ws, meeting.id, referent, now)!;
    assert.deepEqual(r.issued.map((i) => i.invitee.email), ["chris@exemple.fr"]);
    assert.equal(findInvitationByToken(db, tokens["chris@exemple.fr"].token), null, "the reminded invitee's old link is replaced");
    assert.ok(findInvitationByToken(db, r.issued[0].token));
    assert.ok(findInvitationByToken(db, tokens["alice@exemple.fr"].token), "those who answered keep their link");
    assert.equal(invitee(tokens["chris@exemple.fr"].id).lastReminderAt?.getTime(), now.getTime());
    markInviteeDelivery(db, tokens["chris@exemple.fr"].id, true);

    const before = snapshot();
    throwsOf(FormError, () => remindInvitees(db, ws, meeting.id, referent, new Date(now.getTime() + 23 * HOUR)), (e) => assert.match(e.message, /Personne à relancer aujourd'hui/));
    assert.equal(snapshot(), before);
    assert.deepEqual(
      remindInvitees(db, ws, meeting.id, referent, new Date(now.getTime() + DAY))!.issued.map((i) => i.invitee.email),
      ["chris@exemple.fr"],
    );
  });

  test("nobody to remind when everyone answered; not after the start", () => {
    const { meeting, tokens } = sentMeeting(["Alice"]);
    answerInvitation(db, tokens["alice@exemple.fr"].token, answer("oui"));
    throwsOf(FormError, () => remindInvitees(db, ws, meeting.id, referent), (e) => assert.match(e.message, /Tout le monde a répondu/));
    throwsOf(FormError, () => remindInvitees(db, ws, meeting.id, referent, inDays(11)), (e) => assert.match(e.message, /La réunion a commencé/));
  });
});

describe("changes and cancellation", () => {
  test("a stale version is a conflict carrying the stored version, nothing written", () => {
    const m = createMeeting(db, ws, fields(), referent);
    updateMeeting(db, ws, m.id, m.version, fields({ title: "Rencontre du jeudi" }), facilitatrice);
    const before = snapshot();
    throwsOf(ConflictError, () => updateMeeting(db, ws, m.id, m.version, fields({ title: "Autre titre" }), referent), (e) => {
      assert.equal(e.conflict.updatedBy, "Fanny Facilitatrice");
      assert.equal(e.conflict.version, m.version + 1);
      assert.equal(e.conflict.theirs.title, "Rencontre du jeudi");
      assert.equal(e.conflict.theirs.time.length, 5);
    });
    assert.equal(snapshot(), before);
  });

  test("in a draft, a change of date notifies nobody and keeps the calendar's SEQUENCE", () => {
    const m = createMeeting(db, ws, fields(), referent);
    addInvitees(db, ws, m.id, people("Anne Martin"), referent, { duplicateField: "emails" });
    const r = updateMeeting(db, ws, m.id, m.version, fields({ startsAt: inDays(12) }), referent)!;
    assert.equal(r.scheduleChanged, true);
    assert.equal(r.issued.length, 0);
    assert.equal(r.meeting.icsSequence, 0);
    assert.equal(r.meeting.version, m.version + 1);
  });

  test("once sent, a change of date, duration or place bumps SEQUENCE (same UID) and gives every invitee a new link", () => {
    const { meeting, tokens } = sentMeeting(["Alice", "Bob"]);
    answerInvitation(db, tokens["alice@exemple.fr"].token, answer("oui"));
    const titleOnly = updateMeeting(db, ws, meeting.id, meeting.version, fields({ title: "Première rencontre — Montpellier", startsAt: meeting.startsAt }), referent)!;
    assert.equal(titleOnly.scheduleChanged, false);
    assert.equal(titleOnly.issued.length, 0);
    assert.equal(titleOnly.meeting.icsSequence, 0);
    for (const [change, expectedSequence] of [
      [{ startsAt: inDays(12) }, 1],
      [{ startsAt: inDays(12), durationMinutes: 120 }, 2],
      [{ startsAt: inDays(12), durationMinutes: 120, place: "Salle des fêtes" }, 3],
    ] as const) {
      const current = meetingRow(meeting.id);
      const r = updateMeeting(db, ws, meeting.id, current.version, fields({ title: current.title, ...change }), referent)!;
      assert.equal(r.scheduleChanged, true);
      assert.equal(r.meeting.icsSequence, expectedSequence);
      assert.equal(r.meeting.icsUid, meeting.icsUid);
      assert.deepEqual(r.issued.map((i) => i.invitee.email).sort(), ["alice@exemple.fr", "bob@exemple.fr"]);
    }
    assert.equal(findInvitationByToken(db, tokens["alice@exemple.fr"].token), null);
    assert.equal(invitee(tokens["alice@exemple.fr"].id).answer, "oui", "answers are kept");
    assert.equal(mailContext(db, meetingRow(meeting.id)).icsSequence, 3);
  });

  test("not after the start, nor once cancelled", () => {
    const { meeting } = sentMeeting(["Alice"]);
    throwsOf(FormError, () => updateMeeting(db, ws, meeting.id, meeting.version, fields(), referent, inDays(11)), (e) => assert.match(e.message, /La réunion a commencé/));
    const c = cancelMeeting(db, ws, meeting.id, meeting.version, "", referent)!;
    const before = snapshot();
    throwsOf(FormError, () => updateMeeting(db, ws, meeting.id, c.meeting.version, fields(), referent), (e) => assert.match(e.message, /annulée/));
    throwsOf(FormError, () => cancelMeeting(db, ws, meeting.id, c.meeting.version, "", referent), (e) => assert.match(e.message, /déjà annulée/));
    assert.equal(snapshot(), before);
  });

  test("cancelling a sent meeting: next SEQUENCE, the invited are returned for the CANCEL e-mail, the history says why", () => {
    const { meeting } = sentMeeting(["Alice", "Bob"]);
    const c = cancelMeeting(db, ws, meeting.id, meeting.version, "Salle indisponible", maire)!;
    assert.equal(c.wasSent, true);
    assert.equal(c.meeting.status, "annulee");
    assert.equal(c.meeting.icsSequence, meeting.icsSequence + 1);
    assert.equal(c.recipients.length, 2);
    const h = db.select().from(historyEvents).where(eq(historyEvents.action, "meeting.cancelled")).all().at(-1)!;
    assert.match(h.summary, /Michaël Delafosse a annulé .* 2 invité·e\(s\) prévenu·e\(s\) — « Salle indisponible »/);
  });

  test("cancelling a draft notifies nobody", () => {
    const m = createMeeting(db, ws, fields(), referent);
    addInvitees(db, ws, m.id, people("Anne Martin"), referent, { duplicateField: "emails" });
    const c = cancelMeeting(db, ws, m.id, m.version, "", referent)!;
    assert.equal(c.wasSent, false);
    assert.deepEqual(c.recipients, []);
    assert.equal(c.meeting.icsSequence, 0);
  });
});

describe("attendance", () => {
  let meetingId: number;
  let ids: Record<string, number>;
  beforeEach(() => {
    const { meeting, tokens } = sentMeeting(["Alice", "Bob", "Chris"], { startsAt: inDays(1) });
    meetingId = meeting.id;
    ids = Object.fromEntries(Object.entries(tokens).map(([k, v]) => [k, v.id]));
  });

  test("not before the meeting has started", () => {
    const before = snapshot();
    throwsOf(FormError, () => recordAttendance(db, ws, meetingId, { inviteeIds: [], teamUserIds: [] }, referent), (e) => assert.match(e.message, /pas encore commencé/));
    assert.equal(snapshot(), before);
  });

  test("afterwards: who came, invitees and team; the meeting is held; it can be corrected", () => {
    const later = inDays(2);
    const r = recordAttendance(db, ws, meetingId, { inviteeIds: [ids["alice@exemple.fr"], ids["bob@exemple.fr"]], teamUserIds: [referent.id, facilitatrice.id] }, referent, later)!;
    assert.equal(r.meeting.status, "tenue");
    assert.ok(r.meeting.heldAt);
    const d = getMeeting(db, ws, meetingId)!;
    assert.deepEqual(
      d.invitees.map((i) => [i.name, i.attended]),
      [
        ["Alice", true],
        ["Bob", true],
        ["Chris", false],
      ],
    );
    assert.deepEqual(
      d.team.map((t) => [t.name, t.attended]),
      [
        ["Michaël Delafosse", false],
        ["Rose Référente", true],
        ["Fanny Facilitatrice", true],
      ],
    );
    const h = db.select().from(historyEvents).where(eq(historyEvents.action, "meeting.held")).all().at(-1)!;
    assert.match(h.summary, /2 professionnel·le\(s\) de 2 profession\(s\), 2 membre\(s\) de l'équipe ; la réunion est tenue/);
    recordAttendance(db, ws, meetingId, { inviteeIds: [ids["chris@exemple.fr"]], teamUserIds: [maire.id] }, maire, later);
    assert.deepEqual(getMeeting(db, ws, meetingId)!.invitees.map((i) => i.attended), [false, false, true]);
  });

  test("someone who is not a participant is refused, nothing written", () => {
    const before = snapshot();
    throwsOf(FormError, () => recordAttendance(db, ws, meetingId, { inviteeIds: [999_999], teamUserIds: [] }, referent, inDays(2)));
    throwsOf(FormError, () => recordAttendance(db, ws, meetingId, { inviteeIds: [], teamUserIds: [outsider.id] }, referent, inDays(2)));
    assert.equal(snapshot(), before);
  });
});

describe("the demo seed", () => {
  test("a first meeting a week away, invitations sent, some answers, one kept e-mail per invitee with its calendar file", () => {
    const seeded = db.transaction((tx) => seedMeetings(tx, wsLyon, { maire: maireLyon.id, referent: maireLyon.id, facilitatrice: maireLyon.id }))!;
    const d = getMeeting(db, wsLyon, seeded.id)!;
    assert.equal(d.meeting.status, "invitations_envoyees");
    assert.ok(d.meeting.startsAt.getTime() > Date.now() + 6 * DAY);
    assert.equal(d.agenda.length, 5);
    assert.ok(d.invitees.some((i) => i.answer === "oui") && d.invitees.some((i) => i.answer === null));
    assert.ok(d.invitees.every((i) => i.tokenHash && i.deliveryStatus === "sent"));
    const kept = sqlite.prepare("select attachments from mail where subject like 'Invitation : %'").all() as { attachments: string }[];
    assert.equal(kept.length, d.invitees.length);
    assert.match(JSON.parse(kept[0].attachments)[0].content, /METHOD:REQUEST/);
  });
});
