import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { meetingFixture, answer, later, HOUR, type MeetingFixture } from "./test-fixture";
import { answerInvitation, findInvitationByToken } from "./answers";
import { cancelMeeting } from "./meetings";
import { recordAttendance } from "./attendance";

const { db, sqlite } = testDatabase();
let f: MeetingFixture;
before(() => {
  f = meetingFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

describe("the personal link", () => {
  test("opening it reads only; malformed or unknown tokens find nothing", () => {
    const { tokens } = f.sentMeeting(["Anne Martin"]);
    const { token } = tokens["anne.martin@exemple.fr"];
    const before = f.snapshot();
    const view = findInvitationByToken(f.link(), { token })!;
    assert.equal(view.state, "open");
    assert.equal(view.invitee.name, "Anne Martin");
    assert.equal(view.communeName, "Montpellier");
    assert.equal(view.agenda.length, 5);
    assert.equal(view.mail.federationName, "Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires");
    assert.equal(findInvitationByToken(f.link(), { token: "abc" }), null);
    assert.equal(findInvitationByToken(f.link(), { token: `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}` }), null);
    assert.equal(findInvitationByToken(f.link(), { token: `${token}'; drop table meeting; --` }), null);
    assert.equal(f.snapshot(), before);
  });

  test("answering, then changing the answer, until the meeting starts; each with a history line", () => {
    const { meeting, tokens } = f.sentMeeting(["Anne Martin"]);
    const { id, token } = tokens["anne.martin@exemple.fr"];
    const r1 = answerInvitation(f.link(), { token, ...answer("peut_etre", { comment: "Sous réserve de garde", situation: "Cabinet à deux" }) });
    assert.ok(r1.ok);
    assert.equal(f.invitee(id).answer, "peut_etre");
    assert.equal(f.invitee(id).comment, "Sous réserve de garde");
    assert.equal(f.invitee(id).situation, "Cabinet à deux");
    assert.equal(f.invitee(id).conditions, null);
    const r2 = answerInvitation(f.link(), { token, ...answer("oui", { comment: "  ", situation: "Cabinet à deux", expectations: "Un projet de santé" }) });
    assert.ok(r2.ok);
    assert.equal(f.invitee(id).answer, "oui");
    assert.equal(f.invitee(id).comment, null);
    assert.equal(f.invitee(id).expectations, "Un projet de santé");
    const lines = f.history("meeting.answered");
    assert.equal(lines.length, 2);
    assert.equal(lines[0].actorId, null);
    assert.equal(lines[0].workspaceId, meeting.workspaceId);
    assert.match(lines[1].summary, /^Anne Martin \(Médecin généraliste\) a répondu « Oui » \(au lieu de « Peut-être »\)/);
  });

  test("after the start, after the end, or with a tampered token: refused, nothing written", () => {
    const { meeting, tokens } = f.sentMeeting(["Anne Martin"], { durationMinutes: 60 });
    const { token } = tokens["anne.martin@exemple.fr"];
    const before = f.snapshot();
    const started = later(meeting.startsAt, 1000);
    const over = later(meeting.startsAt, HOUR);
    assert.deepEqual(answerInvitation(f.link(started), { token, ...answer("oui") }), { ok: false, reason: "started" });
    assert.equal(findInvitationByToken(f.link(started), { token })?.state, "started");
    assert.deepEqual(answerInvitation(f.link(over), { token, ...answer("oui") }), { ok: false, reason: "over" });
    assert.equal(findInvitationByToken(f.link(over), { token })?.state, "over");
    assert.deepEqual(answerInvitation(f.link(), { token: "x".repeat(43), ...answer("oui") }), { ok: false, reason: "invalid" });
    assert.deepEqual(answerInvitation(f.link(), { token: "not-a-token", ...answer("oui") }), { ok: false, reason: "invalid" });
    assert.equal(f.snapshot(), before);
  });

  test("once cancelled: refused, nothing written; the link says so", () => {
    const { meeting, tokens } = f.sentMeeting(["Anne Martin"]);
    const { token } = tokens["anne.martin@exemple.fr"];
    cancelMeeting(f.as(f.referent), { meetingId: meeting.id, version: meeting.version, reason: "" });
    const before = f.snapshot();
    assert.deepEqual(answerInvitation(f.link(), { token, ...answer("oui") }), { ok: false, reason: "cancelled" });
    assert.equal(findInvitationByToken(f.link(), { token })?.state, "cancelled");
    assert.equal(f.snapshot(), before);
  });

  test("once held, even before its end, the link is over", () => {
    const { meeting, tokens } = f.sentMeeting(["Anne Martin"]);
    const { token } = tokens["anne.martin@exemple.fr"];
    const started = later(meeting.startsAt, 1000);
    recordAttendance(f.as(f.referent, started), { meetingId: meeting.id, version: meeting.version, inviteeIds: [], teamUserIds: [] });
    assert.equal(findInvitationByToken(f.link(started), { token })?.state, "over");
    assert.deepEqual(answerInvitation(f.link(started), { token, ...answer("oui") }), { ok: false, reason: "over" });
  });
});
