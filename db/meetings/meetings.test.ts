import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { meetingFixture, answer, inDays, later, HOUR, NOW, throwsOf, type MeetingFixture } from "./test-fixture";
import { getMeeting, mailContext } from "./queries";
import { cancelMeeting, createMeeting, updateMeeting } from "./meetings";
import { findInvitationByToken, answerInvitation } from "./answers";
import { addInvitees } from "./invitees";
import { remindInvitees, sendInvitations } from "./sending";
import { recordAttendance } from "./attendance";
import { ConflictError, FieldError, FormError } from "@/lib/domain/errors";
import { kitAgenda } from "@/lib/meetings/agenda";

const { db, sqlite } = testDatabase();
let f: MeetingFixture;
before(() => {
  f = meetingFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

describe("preparing a meeting", () => {
  test("a new meeting is a draft with the agenda in order, its preparers, a stable calendar UID, and a history line", () => {
    const m = createMeeting(f.as(f.referent), f.fields());
    assert.equal(m.status, "brouillon");
    assert.equal(m.icsSequence, 0);
    assert.match(m.icsUid, /^[0-9a-f-]{36}@boussole$/);
    const d = getMeeting(f.as(f.referent), { meetingId: m.id })!;
    assert.deepEqual(
      d.agenda.map((a) => [a.position, a.title, a.durationMinutes]),
      kitAgenda().map((a, i) => [i + 1, a.title, a.durationMinutes]),
    );
    assert.deepEqual(d.preparers.map((p) => p.name).sort(), ["Fanny Facilitatrice", "Rose Référente"]);
    assert.deepEqual(d.team.map((t) => t.name), ["Michaël Delafosse", "Rose Référente", "Fanny Facilitatrice"]);
    const [h] = f.history("meeting.created");
    assert.equal(h.actorId, f.referent.id);
    assert.match(h.summary, /^Rose Référente a préparé la réunion « Première rencontre avec les professionnels de santé » .* en brouillon\.$/);
  });

  test("a preparer outside the commune's team is refused beside the field, nothing written", () => {
    const before = f.snapshot();
    throwsOf(FieldError, () => createMeeting(f.as(f.referent), f.fields({ preparerIds: [f.maireLyon.id] })), (e) => assert.equal(e.field, "preparerIds"));
    assert.equal(f.snapshot(), before);
  });

  test("the meeting and its history are one transaction", () => {
    const before = f.snapshot();
    f.withFailingHistory("meeting.created", () => assert.throws(() => createMeeting(f.as(f.referent), f.fields()), /history down/));
    assert.equal(f.snapshot(), before);
  });
});

describe("changes", () => {
  test("a stale version is a conflict carrying the stored version, form-shaped; nothing written", () => {
    const m = createMeeting(f.as(f.referent), f.fields());
    updateMeeting(f.as(f.facilitatrice), { ...f.fields({ title: "Rencontre du jeudi", durationMinutes: 75 }), meetingId: m.id, version: m.version });
    const before = f.snapshot();
    throwsOf(ConflictError, () => updateMeeting(f.as(f.referent), { ...f.fields({ title: "Autre titre" }), meetingId: m.id, version: m.version }), (e) => {
      assert.equal(e.conflict.updatedBy, "Fanny Facilitatrice");
      assert.equal(e.conflict.version, m.version + 1);
      assert.equal(e.conflict.theirs.title, "Rencontre du jeudi");
      assert.equal(e.conflict.theirs.time.length, 5);
      assert.equal(e.conflict.theirs.durationMinutes, "75");
      assert.equal(e.conflict.theirs.preparerIds.split("\n").sort().join(), [f.referent.id, f.facilitatrice.id].sort().join());
      assert.equal(JSON.parse(e.conflict.theirs.agendaItems).length, 5);
    });
    assert.equal(f.snapshot(), before);
  });

  test("in a draft, a change of date notifies nobody and keeps the calendar's SEQUENCE", () => {
    const { meeting: m } = f.draft(["Anne Martin"]);
    const r = updateMeeting(f.as(f.referent), { ...f.fields({ startsAt: inDays(12) }), meetingId: m.id, version: m.version })!;
    assert.equal(r.scheduleChanged, true);
    assert.equal(r.issued.length, 0);
    assert.equal(r.meeting.icsSequence, 0);
    assert.equal(r.meeting.version, m.version + 1);
  });

  test("once sent, a change of date, duration or place bumps SEQUENCE (same UID) and gives every invitee a new link", () => {
    const { meeting, tokens } = f.sentMeeting(["Alice", "Bob"]);
    answerInvitation(f.link(), { token: tokens["alice@exemple.fr"].token, ...answer("oui") });
    const titleOnly = updateMeeting(f.as(f.referent), { ...f.fields({ title: "Première rencontre — Montpellier", startsAt: meeting.startsAt }), meetingId: meeting.id, version: meeting.version })!;
    assert.equal(titleOnly.scheduleChanged, false);
    assert.equal(titleOnly.issued.length, 0);
    assert.equal(titleOnly.meeting.icsSequence, 0);
    for (const [change, expectedSequence] of [
      [{ startsAt: inDays(12) }, 1],
      [{ startsAt: inDays(12), durationMinutes: 120 }, 2],
      [{ startsAt: inDays(12), durationMinutes: 120, place: "Salle des fêtes" }, 3],
    ] as const) {
      const current = f.meetingRow(meeting.id);
      const r = updateMeeting(f.as(f.referent), { ...f.fields({ title: current.title, ...change }), meetingId: meeting.id, version: current.version })!;
      assert.equal(r.scheduleChanged, true);
      assert.equal(r.meeting.icsSequence, expectedSequence);
      assert.equal(r.meeting.icsUid, meeting.icsUid);
      assert.deepEqual(r.issued.map((i) => i.invitee.email).sort(), ["alice@exemple.fr", "bob@exemple.fr"]);
    }
    const first = findInvitationByToken(f.link(), { token: tokens["alice@exemple.fr"].token });
    assert.equal(first?.meeting.startsAt.getTime(), inDays(12).getTime(), "the first link still works and shows the new date");
    assert.equal(f.invitee(tokens["alice@exemple.fr"].id).answer, "oui", "answers are kept");
    assert.equal(mailContext(f.link(), { meeting: f.meetingRow(meeting.id) }).icsSequence, 3);
  });

  test("not after the start", () => {
    const { meeting } = f.sentMeeting(["Alice"]);
    const before = f.snapshot();
    throwsOf(FormError, () => updateMeeting(f.as(f.referent, inDays(11)), { ...f.fields(), meetingId: meeting.id, version: meeting.version }), (e) => assert.match(e.message, /La réunion a commencé/));
    assert.equal(f.snapshot(), before);
  });

  test("not once cancelled, and not cancelled twice", () => {
    const { meeting } = f.sentMeeting(["Alice"]);
    const c = cancelMeeting(f.as(f.referent), { meetingId: meeting.id, version: meeting.version, reason: "" })!;
    const before = f.snapshot();
    throwsOf(FormError, () => updateMeeting(f.as(f.referent), { ...f.fields(), meetingId: meeting.id, version: c.meeting.version }), (e) => assert.match(e.message, /annulée/));
    throwsOf(FormError, () => cancelMeeting(f.as(f.referent), { meetingId: meeting.id, version: c.meeting.version, reason: "" }), (e) => assert.match(e.message, /déjà annulée/));
    assert.equal(f.snapshot(), before);
  });
});

describe("cancellation", () => {
  test("cancelling a sent meeting: next SEQUENCE, the invited are returned for the CANCEL e-mail, the history says why", () => {
    const { meeting } = f.sentMeeting(["Alice", "Bob"]);
    const c = cancelMeeting(f.as(f.maire), { meetingId: meeting.id, version: meeting.version, reason: "Salle indisponible" })!;
    assert.equal(c.wasSent, true);
    assert.equal(c.meeting.status, "annulee");
    assert.equal(c.meeting.icsSequence, meeting.icsSequence + 1);
    assert.equal(c.recipients.length, 2);
    const [h] = f.history("meeting.cancelled");
    assert.match(h.summary, /Michaël Delafosse a annulé .* 2 invité·e\(s\) prévenu·e\(s\) — « Salle indisponible »/);
  });

  test("cancelling a draft notifies nobody", () => {
    const { meeting: m } = f.draft(["Anne Martin"]);
    const c = cancelMeeting(f.as(f.referent), { meetingId: m.id, version: m.version, reason: "" })!;
    assert.equal(c.wasSent, false);
    assert.deepEqual(c.recipients, []);
    assert.equal(c.meeting.icsSequence, 0);
  });

  test("a stale version is refused; a held meeting cannot be cancelled", () => {
    const { meeting } = f.sentMeeting(["Alice"]);
    throwsOf(FormError, () => cancelMeeting(f.as(f.referent), { meetingId: meeting.id, version: meeting.version - 1, reason: "" }), (e) => assert.match(e.message, /vient d'être modifiée/));
    const held = recordAttendance(f.as(f.referent, inDays(11)), { meetingId: meeting.id, version: meeting.version, inviteeIds: [], teamUserIds: [] })!;
    throwsOf(FormError, () => cancelMeeting(f.as(f.referent, inDays(11)), { meetingId: meeting.id, version: held.meeting.version, reason: "" }), (e) => assert.match(e.message, /a eu lieu/));
  });
});

describe("the clock", () => {
  test("what is stored is the context's instant, never the machine's", () => {
    const t0 = new Date("2026-06-01T08:00:00.000Z");
    const t1 = later(t0, 2 * HOUR);
    const t2 = later(t0, 30 * HOUR);
    const startsAt = later(t0, 10 * 24 * HOUR);
    const m = createMeeting(f.as(f.referent, t0), f.fields({ startsAt }));
    assert.equal(m.createdAt.getTime(), t0.getTime());
    assert.equal(m.updatedAt.getTime(), t0.getTime());
    const { added } = addInvitees(f.as(f.referent, t0), { meetingId: m.id, people: [{ name: "Anne", profession: "infirmier", email: "anne@exemple.fr" }], duplicateField: "emails" })!;
    assert.equal(added[0].createdAt.getTime(), t0.getTime());
    const sent = sendInvitations(f.as(f.referent, t1), { meetingId: m.id, version: m.version })!;
    assert.equal(sent.meeting.invitationsSentAt?.getTime(), t1.getTime());
    assert.equal(sent.meeting.updatedAt.getTime(), t1.getTime());
    f.delivered(added[0].id, true, t1);
    assert.equal(f.invitee(added[0].id).lastSentAt?.getTime(), t1.getTime());
    const reminded = remindInvitees(f.as(f.referent, t2), { meetingId: m.id })!;
    assert.equal(f.invitee(added[0].id).lastReminderAt?.getTime(), t2.getTime());
    answerInvitation(f.link(t2), { token: reminded.issued[0].token, ...answer("oui") });
    assert.equal(f.invitee(added[0].id).answeredAt?.getTime(), t2.getTime());
    const times = (action: Parameters<typeof f.history>[0]) => f.history(action).map((h) => h.createdAt.getTime());
    assert.deepEqual(times("meeting.created"), [t0.getTime()]);
    assert.deepEqual(times("meeting.invitees_added"), [t0.getTime()]);
    assert.deepEqual(times("meeting.invitations_sent"), [t1.getTime()]);
    assert.deepEqual(times("meeting.reminded"), [t2.getTime()]);
    assert.deepEqual(times("meeting.answered"), [t2.getTime()]);
    assert.notEqual(t0.getTime(), NOW.getTime());
  });
});
