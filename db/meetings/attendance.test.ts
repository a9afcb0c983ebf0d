import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { meetingFixture, inDays, throwsOf, type MeetingFixture } from "./test-fixture";
import { getMeeting } from "./queries";
import { cancelMeeting } from "./meetings";
import { recordAttendance } from "./attendance";
import { FormError } from "@/lib/domain/errors";

const { db, sqlite } = testDatabase();
let f: MeetingFixture;
before(() => {
  f = meetingFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

/** Tomorrow's meeting with Alice, Bob and Chris invited; their invitee ids by e-mail. */
function tomorrow() {
  const { meeting, tokens } = f.sentMeeting(["Alice", "Bob", "Chris"], { startsAt: inDays(1) });
  return { meeting, ids: Object.fromEntries(Object.entries(tokens).map(([k, v]) => [k, v.id])) };
}

describe("attendance", () => {
  test("not before the meeting has started", () => {
    const { meeting } = tomorrow();
    const before = f.snapshot();
    throwsOf(FormError, () => recordAttendance(f.as(f.referent), { meetingId: meeting.id, version: meeting.version, inviteeIds: [], teamUserIds: [] }), (e) =>
      assert.match(e.message, /pas encore commencé/),
    );
    assert.equal(f.snapshot(), before);
  });

  test("never once cancelled", () => {
    const { meeting } = tomorrow();
    const c = cancelMeeting(f.as(f.referent), { meetingId: meeting.id, version: meeting.version, reason: "" })!;
    throwsOf(FormError, () => recordAttendance(f.as(f.referent, inDays(2)), { meetingId: meeting.id, version: c.meeting.version, inviteeIds: [], teamUserIds: [] }), (e) =>
      assert.equal(e.message, "Cette réunion est annulée."),
    );
  });

  test("afterwards: who came, invitees and team; the meeting is held", () => {
    const { meeting, ids } = tomorrow();
    const r = recordAttendance(f.as(f.referent, inDays(2)), {
      meetingId: meeting.id,
      version: meeting.version,
      inviteeIds: [ids["alice@exemple.fr"], ids["bob@exemple.fr"]],
      teamUserIds: [f.referent.id, f.facilitatrice.id],
    })!;
    assert.equal(r.meeting.status, "tenue");
    assert.equal(r.meeting.heldAt?.getTime(), inDays(2).getTime());
    assert.equal(r.present, 2);
    const d = getMeeting(f.as(f.referent), { meetingId: meeting.id })!;
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
    const [h] = f.history("meeting.held");
    assert.match(h.summary, /2 professionnel·le\(s\) de 2 profession\(s\), 2 membre\(s\) de l'équipe ; la réunion est tenue/);
  });

  test("it can be corrected later, over the version now stored; the first date it was held is kept", () => {
    const { meeting, ids } = tomorrow();
    const first = recordAttendance(f.as(f.referent, inDays(2)), { meetingId: meeting.id, version: meeting.version, inviteeIds: [ids["alice@exemple.fr"]], teamUserIds: [] })!;
    const fixed = recordAttendance(f.as(f.maire, inDays(3)), { meetingId: meeting.id, version: first.meeting.version, inviteeIds: [ids["chris@exemple.fr"]], teamUserIds: [f.maire.id] })!;
    assert.equal(fixed.meeting.heldAt?.getTime(), inDays(2).getTime());
    assert.deepEqual(getMeeting(f.as(f.referent), { meetingId: meeting.id })!.invitees.map((i) => i.attended), [false, false, true]);
    assert.equal(f.history("meeting.held").length, 1);
    assert.match(f.history("meeting.attendance_updated")[0].summary, /^Michaël Delafosse a noté les présences .* 1 membre\(s\) de l'équipe\.$/);
  });

  test("a stale version is refused, nothing written: someone recorded or changed the meeting meanwhile", () => {
    const { meeting, ids } = tomorrow();
    recordAttendance(f.as(f.referent, inDays(2)), { meetingId: meeting.id, version: meeting.version, inviteeIds: [ids["alice@exemple.fr"]], teamUserIds: [] });
    const before = f.snapshot();
    throwsOf(FormError, () => recordAttendance(f.as(f.maire, inDays(2)), { meetingId: meeting.id, version: meeting.version, inviteeIds: [], teamUserIds: [] }), (e) =>
      assert.match(e.message, /vient d'être modifiée par quelqu'un d'autre : rechargez la page/),
    );
    assert.equal(f.snapshot(), before);
  });

  test("someone who is not a participant is refused, nothing written", () => {
    const { meeting } = tomorrow();
    const before = f.snapshot();
    throwsOf(FormError, () => recordAttendance(f.as(f.referent, inDays(2)), { meetingId: meeting.id, version: meeting.version, inviteeIds: [999_999], teamUserIds: [] }));
    throwsOf(FormError, () => recordAttendance(f.as(f.referent, inDays(2)), { meetingId: meeting.id, version: meeting.version, inviteeIds: [], teamUserIds: [f.outsider.id] }));
    assert.equal(f.snapshot(), before);
  });
});
