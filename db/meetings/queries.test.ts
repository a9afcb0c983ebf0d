import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { meetingFixture, answer, inDays, people, type MeetingFixture } from "./test-fixture";
import { getMeeting, listMeetings, meetingTeam } from "./queries";
import { cancelMeeting, updateMeeting } from "./meetings";
import { addInvitees, removeInvitee } from "./invitees";
import { remindInvitees, resendInvitation, sendInvitations } from "./sending";
import { recordAttendance } from "./attendance";
import { answerInvitation } from "./answers";

const { db, sqlite } = testDatabase();
let f: MeetingFixture;
before(() => {
  f = meetingFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

describe("reading", () => {
  test("the team is the members who may prepare meetings, in the order they joined, each once with their roles", () => {
    assert.deepEqual(
      meetingTeam(f.as(f.referent)).map((t) => [t.name, t.roles]),
      [
        ["Michaël Delafosse", ["maire"]],
        ["Rose Référente", ["referent"]],
        ["Fanny Facilitatrice", ["facilitateur"]],
      ],
    );
    assert.deepEqual(
      meetingTeam(f.as(f.maireLyon, undefined, f.wsLyon)).map((t) => t.name),
      ["Grégory Doucet"],
    );
  });

  test("the list counts the answers of each meeting; 'no answer' is never 'no'", () => {
    const { meeting, tokens } = f.sentMeeting(["Alice", "Bob", "Chris"]);
    answerInvitation(f.link(), { token: tokens["alice@exemple.fr"].token, ...answer("oui") });
    answerInvitation(f.link(), { token: tokens["bob@exemple.fr"].token, ...answer("non") });
    const row = listMeetings(f.as(f.referent)).find((r) => r.meeting.id === meeting.id)!;
    assert.deepEqual(row.answers, { oui: 1, non: 1, peut_etre: 0, sans_reponse: 1, total: 3 });
  });

  test("the list is latest first, and a meeting without invitees counts nothing", () => {
    const soon = f.draft([], { startsAt: inDays(5) }).meeting;
    const later = f.draft([], { startsAt: inDays(20) }).meeting;
    const list = listMeetings(f.as(f.referent));
    assert.deepEqual(
      list.map((r) => r.meeting.id),
      [later.id, soon.id],
    );
    assert.deepEqual(list[0].answers, { oui: 0, non: 0, peut_etre: 0, sans_reponse: 0, total: 0 });
  });
});

describe("another commune's meeting", () => {
  test("does not exist: every function answers 'not found' and writes nothing", () => {
    const { meeting: m, added } = f.draft(["Anne Martin"]);
    const inv = added[0];
    const lyon = f.as(f.maireLyon, undefined, f.wsLyon);
    const before = f.snapshot();
    assert.equal(getMeeting(lyon, { meetingId: m.id }), null);
    assert.equal(listMeetings(lyon).length, 0);
    assert.equal(updateMeeting(lyon, { ...f.fields({ preparerIds: [f.maireLyon.id] }), meetingId: m.id, version: m.version }), null);
    assert.equal(addInvitees(lyon, { meetingId: m.id, people: people("Zoé"), duplicateField: "emails" }), null);
    assert.equal(sendInvitations(lyon, { meetingId: m.id, version: m.version }), null);
    assert.equal(removeInvitee(lyon, { meetingId: m.id, inviteeId: inv.id }), null);
    assert.equal(remindInvitees(lyon, { meetingId: m.id }), null);
    assert.equal(resendInvitation(lyon, { meetingId: m.id, inviteeId: inv.id }), null);
    assert.equal(cancelMeeting(lyon, { meetingId: m.id, version: m.version, reason: "" }), null);
    assert.equal(recordAttendance(f.as(f.maireLyon, inDays(30), f.wsLyon), { meetingId: m.id, version: m.version, inviteeIds: [], teamUserIds: [] }), null);
    assert.equal(f.snapshot(), before);
  });
});
