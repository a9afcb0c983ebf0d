import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { meetingFixture, answer, inDays, people, type MeetingFixture } from "./test-fixture";
import { getMeeting, listMeetings, meetingTeam } from "./queries";
import { cancelMeeting, createMeeting, updateMeeting } from "./meetings";
import { addInvitees, removeInvitee } from "./invitees";
import { remindInvitees, resendInvitation, sendInvitations } from "./sending";
import { recordAttendance } from "./attendance";
import { answerInvitation } from "./answers";
import { defaultPreparerIds } from "@/lib/meetings/form-values";

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

  test("a facilitator's new meeting is prepared by default with the whole team: maire, référent and facilitator", () => {
    const ctx = f.as(f.facilitatrice);
    const ids = defaultPreparerIds(meetingTeam(ctx), f.facilitatrice.id);
    assert.deepEqual(ids, [f.facilitatrice.id, f.maire.id, f.referent.id]);
    const m = createMeeting(ctx, f.fields({ preparerIds: ids }));
    assert.deepEqual(
      getMeeting(ctx, { meetingId: m.id })!.preparers.map((p) => p.name).sort(),
      ["Fanny Facilitatrice", "Michaël Delafosse", "Rose Référente"],
    );
  });

  test("the list counts the answers of each meeting; 'no answer' is never 'no'", () => {
    const { meeting, tokens } = f.sentMeeting(["Alice", "Bob", "Chris"]);
    answerInvitation(f.link(), { token: tokens["alice@exemple.fr"].token, ...answer("oui") });
    answerInvitation(f.link(), { token: tokens["bob@exemple.fr"].token, ...answer("non") });
    const row = listMeetings(f.as(f.referent)).find((r) => r.meeting.id === meeting.id)!;
    assert.deepEqual(row.answers, { oui: 1, non: 1, peut_etre: 0, sans_reponse: 1, total: 3 });
  });

  test("a meeting without invitees counts nothing", () => {
    f.draft([], { startsAt: inDays(5) });
    assert.deepEqual(listMeetings(f.as(f.referent))[0].answers, { oui: 0, non: 0, peut_etre: 0, sans_reponse: 0, total: 0 });
  });

  test("upcoming meetings first, soonest first; then past ones, most recent first; cancelled ones with the past", () => {
    const later = f.draft([], { startsAt: inDays(20) }).meeting;
    const soon = f.draft([], { startsAt: inDays(5) }).meeting;
    const cancelledAhead = f.draft([], { startsAt: inDays(8) }).meeting;
    cancelMeeting(f.as(f.referent), { meetingId: cancelledAhead.id, version: cancelledAhead.version, reason: "" });
    const held = f.sentMeeting(["Anne"], { startsAt: inDays(2) }).meeting;
    const longAgo = f.sentMeeting(["Bob"], { startsAt: inDays(1) }).meeting;
    // A week on: the two sent meetings are over; one is held, the other awaits its attendance.
    const weekOn = inDays(9);
    recordAttendance(f.as(f.referent, weekOn), { meetingId: held.id, version: held.version, inviteeIds: [], teamUserIds: [] });
    const underWay = f.draft([], { startsAt: new Date(weekOn.getTime() - 30 * 60_000) }).meeting;

    const list = listMeetings(f.as(f.referent, weekOn));
    assert.deepEqual(
      list.map((r) => [r.meeting.id, r.section]),
      [
        [underWay.id, "upcoming"],
        [later.id, "upcoming"],
        [cancelledAhead.id, "past"],
        [soon.id, "past"],
        [held.id, "past"],
        [longAgo.id, "past"],
      ],
    );
  });

  test("before any date goes by, every meeting still standing is upcoming, the soonest first", () => {
    const b = f.draft([], { startsAt: inDays(12) }).meeting;
    const a = f.draft([], { startsAt: inDays(3) }).meeting;
    const c = f.draft([], { startsAt: inDays(12) }).meeting;
    assert.deepEqual(
      listMeetings(f.as(f.referent)).map((r) => [r.meeting.id, r.section]),
      [
        [a.id, "upcoming"],
        [b.id, "upcoming"],
        [c.id, "upcoming"],
      ],
    );
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
