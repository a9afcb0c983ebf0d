import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { meetingFixture, answer, inDays, later, DAY, type MeetingFixture } from "./test-fixture";
import { remindInvitees, resendInvitation } from "./sending";
import { updateMeeting } from "./meetings";
import { answerInvitation, findEndedLink, findInvitationByToken } from "./answers";
import { liveAnswerLinks, revokeAnswerLinks } from "./links";
import { ANSWER_LINK_DAYS_AFTER } from "@/lib/meetings/links";

const { db, sqlite } = testDatabase();
let f: MeetingFixture;
before(() => {
  f = meetingFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

const MINUTE = 60_000;

describe("answer links: an invitee may hold several, none killed by a later e-mail", () => {
  test("a reminder and a resend each add a link; every link delivered still opens the invitation and answers", () => {
    const { meeting, tokens } = f.sentMeeting(["Anne Martin"]);
    const anne = tokens["anne.martin@exemple.fr"];
    const reminded = remindInvitees(f.as(f.referent), { meetingId: meeting.id })!.issued[0];
    const resent = resendInvitation(f.as(f.referent, later(f.meetingRow(meeting.id).updatedAt, DAY)), { meetingId: meeting.id, inviteeId: anne.id })!.issued;
    const all = [anne.token, reminded.token, resent.token];
    assert.equal(new Set(all).size, 3);
    assert.equal(liveAnswerLinks(db, anne.id, inDays(1)), 3);
    for (const token of all) assert.equal(findInvitationByToken(f.link(), { token })?.invitee.id, anne.id);
    // The first e-mail's link answers, after the two others were sent.
    const r = answerInvitation(f.link(), { token: anne.token, ...answer("oui") });
    assert.equal(r.ok, true);
    assert.equal(f.invitee(anne.id).answer, "oui");
  });

  test("links work until the reading period after the meeting ends; then the page can name the organisers", () => {
    const { meeting, tokens } = f.sentMeeting(["Anne Martin"]);
    const { token } = tokens["anne.martin@exemple.fr"];
    const end = meeting.startsAt.getTime() + meeting.durationMinutes * MINUTE;
    const lastMinute = new Date(end + ANSWER_LINK_DAYS_AFTER * DAY - MINUTE);
    assert.equal(findInvitationByToken(f.link(lastMinute), { token })?.state, "over");
    assert.equal(findEndedLink(f.link(lastMinute), { token }), null, "a live link is not an ended one");
    const after = new Date(end + ANSWER_LINK_DAYS_AFTER * DAY);
    assert.equal(findInvitationByToken(f.link(after), { token }), null);
    const ended = findEndedLink(f.link(after), { token })!;
    assert.equal(ended.meeting.id, meeting.id);
    assert.deepEqual(ended.organisers.map((o) => o.name).sort(), ["Fanny Facilitatrice", "Rose Référente"]);
    assert.ok(ended.organisers.every((o) => o.email.includes("@")));
  });

  test("when the meeting moves, every link's reading period moves with it", () => {
    const { meeting, tokens } = f.sentMeeting(["Anne Martin"]);
    const { token } = tokens["anne.martin@exemple.fr"];
    const current = f.meetingRow(meeting.id);
    updateMeeting(f.as(f.referent), { ...f.fields({ title: current.title, startsAt: inDays(40) }), meetingId: meeting.id, version: current.version });
    const oldExpiry = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * MINUTE + ANSWER_LINK_DAYS_AFTER * DAY);
    assert.ok(findInvitationByToken(f.link(oldExpiry), { token }), "the first link lives on past its old end");
    assert.equal(findInvitationByToken(f.link(new Date(inDays(40).getTime() + 90 * MINUTE + ANSWER_LINK_DAYS_AFTER * DAY)), { token }), null);
  });

  test("a revoked link ends at once; an unknown or malformed token is neither live nor ended", () => {
    const { tokens } = f.sentMeeting(["Anne Martin"]);
    const anne = tokens["anne.martin@exemple.fr"];
    revokeAnswerLinks(db, [anne.id], inDays(1));
    assert.equal(findInvitationByToken(f.link(inDays(1)), { token: anne.token }), null);
    assert.ok(findEndedLink(f.link(inDays(1)), { token: anne.token }));
    assert.equal(answerInvitation(f.link(inDays(1)), { token: anne.token, ...answer("oui") }).ok, false);
    for (const token of ["A".repeat(43), "short"]) {
      assert.equal(findInvitationByToken(f.link(), { token }), null);
      assert.equal(findEndedLink(f.link(), { token }), null);
    }
  });
});
