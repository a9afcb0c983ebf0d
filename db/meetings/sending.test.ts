import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import { isolateEachTest, testDatabase } from "../test-support";
import { meetingFixture, answer, inDays, later, DAY, HOUR, NOW, throwsOf, type MeetingFixture } from "./test-fixture";
import { addInvitees } from "./invitees";
import { remindInvitees, resendInvitation, sendInvitations } from "./sending";
import { answerInvitation, findInvitationByToken } from "./answers";
import { FormError } from "@/lib/domain/errors";

const { db, sqlite } = testDatabase();
let f: MeetingFixture;
before(() => {
  f = meetingFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

const sha256 = (s: string) => crypto.createHash("sha256").update(s, "utf8").digest("hex");

describe("sending the invitations", () => {
  test("refused without invitee, with a stale version, or twice — nothing written", () => {
    const { meeting: m } = f.draft();
    let before = f.snapshot();
    throwsOf(FormError, () => sendInvitations(f.as(f.referent), { meetingId: m.id, version: m.version }), (e) => assert.match(e.message, /au moins un·e invité·e/));
    assert.equal(f.snapshot(), before);
    addInvitees(f.as(f.referent), { meetingId: m.id, people: [{ name: "Anne", profession: "", email: "anne@exemple.fr" }], duplicateField: "emails" });
    before = f.snapshot();
    throwsOf(FormError, () => sendInvitations(f.as(f.referent), { meetingId: m.id, version: m.version + 1 }), (e) => assert.match(e.message, /vient d'être modifiée/));
    assert.equal(f.snapshot(), before);
    const sent = sendInvitations(f.as(f.referent), { meetingId: m.id, version: m.version })!;
    before = f.snapshot();
    throwsOf(FormError, () => sendInvitations(f.as(f.referent), { meetingId: m.id, version: sent.meeting.version }), (e) => assert.match(e.message, /déjà été envoyées/));
    assert.equal(f.snapshot(), before);
  });

  test("a meeting whose date has passed is not sent", () => {
    const { meeting: m } = f.draft(["Anne Martin"]);
    throwsOf(FormError, () => sendInvitations(f.as(f.referent, inDays(11)), { meetingId: m.id, version: m.version }), (e) => assert.match(e.message, /date de la réunion est passée/));
  });

  test("each invitee gets a random link: only its SHA-256 is stored, the clear token nowhere", () => {
    const { meeting: m } = f.draft(["Anne Martin", "Bruno Petit"]);
    const sent = sendInvitations(f.as(f.referent), { meetingId: m.id, version: m.version })!;
    assert.equal(sent.meeting.status, "invitations_envoyees");
    assert.ok(sent.meeting.invitationsSentAt);
    assert.equal(sent.issued.length, 2);
    assert.notEqual(sent.issued[0].token, sent.issued[1].token);
    const dump = f.snapshot();
    for (const { invitee: i, token } of sent.issued) {
      assert.match(token, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(f.invitee(i.id).tokenHash, sha256(token));
      assert.equal(f.invitee(i.id).deliveryStatus, "pending");
      assert.ok(!dump.includes(token), "the clear token is not stored");
    }
  });

  test("a failed delivery is recorded and nothing else changes; a resend gives one more link", () => {
    const { meeting, tokens } = f.sentMeeting(["Anne Martin"]);
    const { id, token } = tokens["anne.martin@exemple.fr"];
    f.delivered(id, false);
    assert.equal(f.invitee(id).deliveryStatus, "failed");
    assert.equal(f.meetingRow(meeting.id).status, "invitations_envoyees");
    const again = resendInvitation(f.as(f.referent), { meetingId: meeting.id, inviteeId: id })!;
    assert.notEqual(again.issued.token, token);
    assert.equal(findInvitationByToken(f.link(), { token })?.invitee.id, id, "the first link still works");
    assert.equal(findInvitationByToken(f.link(), { token: again.issued.token })?.invitee.id, id);
    assert.equal(f.invitee(id).deliveryStatus, "pending");
  });

  test("no resend before the invitations are out, nor after the start", () => {
    const { meeting: m, added } = f.draft(["Anne Martin"]);
    throwsOf(FormError, () => resendInvitation(f.as(f.referent), { meetingId: m.id, inviteeId: added[0].id }), (e) => assert.equal(e.message, "Les invitations n'ont pas encore été envoyées."));
    const { meeting, tokens } = f.sentMeeting(["Bruno Petit"]);
    throwsOf(FormError, () => resendInvitation(f.as(f.referent, inDays(10)), { meetingId: meeting.id, inviteeId: tokens["bruno.petit@exemple.fr"].id }), (e) =>
      assert.equal(e.message, "La réunion a commencé : il n'y a plus lieu de renvoyer l'invitation."),
    );
  });
});

describe("reminders", () => {
  test("only those without an answer whose invitation arrived, at most once a day; each gets one more link", () => {
    const { meeting, tokens } = f.sentMeeting(["Alice", "Bob", "Chris", "Dana"]);
    answerInvitation(f.link(), { token: tokens["alice@exemple.fr"].token, ...answer("non") });
    answerInvitation(f.link(), { token: tokens["bob@exemple.fr"].token, ...answer("peut_etre") });
    f.delivered(tokens["dana@exemple.fr"].id, false);
    const r = remindInvitees(f.as(f.referent), { meetingId: meeting.id })!;
    assert.deepEqual(r.issued.map((i) => i.invitee.email), ["chris@exemple.fr"]);
    assert.equal(findInvitationByToken(f.link(), { token: tokens["chris@exemple.fr"].token })?.invitee.id, tokens["chris@exemple.fr"].id, "the reminded invitee's first link still works");
    assert.ok(findInvitationByToken(f.link(), { token: r.issued[0].token }));
    assert.ok(findInvitationByToken(f.link(), { token: tokens["alice@exemple.fr"].token }), "those who answered keep their link");
    assert.equal(f.invitee(tokens["chris@exemple.fr"].id).lastReminderAt?.getTime(), NOW.getTime());
    f.delivered(tokens["chris@exemple.fr"].id, true);

    const before = f.snapshot();
    throwsOf(FormError, () => remindInvitees(f.as(f.referent, later(NOW, 23 * HOUR)), { meetingId: meeting.id }), (e) => assert.match(e.message, /Personne à relancer aujourd'hui/));
    assert.equal(f.snapshot(), before);
    assert.deepEqual(
      remindInvitees(f.as(f.referent, later(NOW, DAY)), { meetingId: meeting.id })!.issued.map((i) => i.invitee.email),
      ["chris@exemple.fr"],
    );
  });

  test("nobody to remind when everyone answered", () => {
    const { meeting, tokens } = f.sentMeeting(["Alice"]);
    answerInvitation(f.link(), { token: tokens["alice@exemple.fr"].token, ...answer("oui") });
    throwsOf(FormError, () => remindInvitees(f.as(f.referent), { meetingId: meeting.id }), (e) => assert.match(e.message, /Tout le monde a répondu/));
  });

  test("not after the start", () => {
    const { meeting } = f.sentMeeting(["Alice"]);
    throwsOf(FormError, () => remindInvitees(f.as(f.referent, inDays(11)), { meetingId: meeting.id }), (e) => assert.match(e.message, /La réunion a commencé/));
  });
});
