import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { isolateEachTest, testDatabase } from "../test-support";
import { meetingFixture, inDays, throwsOf, answer, type MeetingFixture } from "../meetings/test-fixture";
import { answerInvitation, recordAttendance } from "../meetings";
import { meetingInvitees, meetingSyntheses, synthesisLinks, workspaceMembers } from "../schema";
import { ConflictError, FieldError, FormError, NotFoundError } from "@/lib/domain/errors";
import { emptySynthesis, type SynthesisContent } from "@/lib/synthesis/content";
import { addUser, testContext } from "../test-support";
import { findSynthesisByReadingToken, memberMeetings, publishedSyntheses, publishedSynthesis, publishedSynthesisForInvitee, resendReadingLink, saveSynthesis, synthesisEditor } from ".";

const { db, sqlite } = testDatabase();
let f: MeetingFixture;
before(() => {
  f = meetingFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

const AFTER = inDays(3);

/**
 * Tomorrow's meeting, held: Alice said yes and came, Bob said no and did not come, Chris said yes and did not
 * come, Dora never answered but came. Alice and Dora wrote round-table answers.
 */
function heldMeeting() {
  const { meeting, tokens } = f.sentMeeting(["Alice", "Bob", "Chris", "Dora"], { startsAt: inDays(1) });
  const tok = (n: string) => tokens[`${n.toLowerCase()}@exemple.fr`];
  answerInvitation(f.link(), { token: tok("Alice").token, ...answer("oui", { situation: "Seule au cabinet depuis 2019", difficulties: "Pas de secrétariat" }) });
  answerInvitation(f.link(), { token: tok("Bob").token, ...answer("non") });
  answerInvitation(f.link(), { token: tok("Chris").token, ...answer("oui") });
  const held = recordAttendance(f.as(f.referent, inDays(2)), {
    meetingId: meeting.id,
    version: f.meetingRow(meeting.id).version,
    inviteeIds: [tok("Alice").id, tok("Dora").id],
    teamUserIds: [f.maire.id, f.facilitatrice.id],
  })!;
  return { meeting: held.meeting, tok };
}

function content(meetingId: number, over: Partial<SynthesisContent> = {}): SynthesisContent {
  const ed = synthesisEditor(f.as(f.facilitatrice, AFTER), { meetingId })!;
  return { ...ed.draft, ...over };
}

describe("the synthesis editor", () => {
  test("shows one note per agenda item, the round-table answers by question, the attendance by profession", () => {
    const { meeting } = heldMeeting();
    const ed = synthesisEditor(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id })!;
    assert.equal(ed.version, 0);
    assert.equal(ed.draft.agenda.length, ed.agenda.length);
    const situation = ed.roundTable.find((q) => q.name === "situation")!;
    assert.deepEqual(situation.answers.map((a) => a.name), ["Alice"]);
    assert.equal(ed.roundTable.find((q) => q.name === "difficulties")!.answers[0].text, "Pas de secrétariat");
    assert.equal(ed.attendance.present, 2);
    assert.equal(ed.attendance.invited, 4);
    assert.deepEqual(ed.readers.map((r) => r.name), ["Alice", "Chris", "Dora"], "yes, or came");
    assert.ok(ed.readers.every((r) => r.delivery === null));
    assert.equal(ed.canWrite, true);
  });

  test("another commune's meeting is not found", () => {
    const { meeting } = heldMeeting();
    assert.equal(synthesisEditor(f.as(f.maireLyon, AFTER, f.wsLyon), { meetingId: meeting.id }), null);
    throwsOf(NotFoundError, () => saveSynthesis(f.as(f.maireLyon, AFTER, f.wsLyon), { meetingId: meeting.id, version: 0, content: emptySynthesis([]), publish: false }));
  });
});

describe("saving the draft", () => {
  test("the facilitator saves; the version goes up; the history says it", () => {
    const { meeting } = heldMeeting();
    const c = content(meeting.id, { needs: "Un secrétariat partagé" });
    const r = saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: c, publish: false });
    assert.equal(r.version, 1);
    assert.equal(r.published, null);
    assert.equal(synthesisEditor(f.as(f.maire, AFTER), { meetingId: meeting.id })!.draft.needs, "Un secrétariat partagé");
    assert.equal(f.history("synthesis.saved").length, 1);
  });

  test("the référent may not write while a facilitator is assigned; the maire never", () => {
    const { meeting } = heldMeeting();
    const before = f.snapshot();
    throwsOf(FormError, () => saveSynthesis(f.as(f.referent, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id), publish: false }), (e) =>
      assert.match(e.message, /facilitat/),
    );
    throwsOf(FormError, () => saveSynthesis(f.as(f.maire, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id), publish: false }));
    assert.equal(f.snapshot(), before);
    assert.equal(db.select().from(meetingSyntheses).all().length, 0);
  });

  test("the référent writes when no facilitator is assigned", () => {
    const { meeting } = heldMeeting();
    db.delete(workspaceMembers).where(eq(workspaceMembers.userId, f.facilitatrice.id)).run();
    const r = saveSynthesis(f.as(f.referent, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id, { needs: "x" }), publish: false });
    assert.equal(r.version, 1);
  });

  test("not before the meeting is held, never once cancelled", () => {
    const { meeting } = f.sentMeeting(["Alice"], { startsAt: inDays(1) });
    throwsOf(FormError, () => saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: emptySynthesis([]), publish: false }), (e) =>
      assert.match(e.message, /présences/),
    );
  });

  test("two writers: the second save over a newer version is a conflict carrying the stored draft, nothing written", () => {
    const { meeting } = heldMeeting();
    const base = content(meeting.id);
    saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: { ...base, needs: "Les siens" }, publish: false });
    const before = f.snapshot();
    throwsOf(
      ConflictError,
      () => saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: { ...base, obstacles: "Les miens" }, publish: false }),
      (e) => {
        assert.equal(e.conflict.version, 1);
        assert.equal(e.conflict.theirs.needs, "Les siens");
        assert.equal(e.conflict.theirs.obstacles, "");
        assert.equal(e.conflict.theirs.note0, "");
        assert.match(e.conflict.theirs.agendaIds, /^\d+(,\d+){4}$/);
        assert.equal(e.conflict.updatedBy, "Fanny Facilitatrice");
      },
    );
    assert.equal(f.snapshot(), before);
  });

  test("a proposed follow-up meeting must come after the meeting", () => {
    const { meeting } = heldMeeting();
    const c = content(meeting.id, { followUp: { meeting: true, meetingOn: "2026-11-21", support: false, other: "" } });
    throwsOf(FieldError, () => saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: c, publish: false }), (e) => assert.equal(e.field, "followUpDate"));
  });
});

describe("publishing", () => {
  test("an empty synthesis is not published", () => {
    const { meeting } = heldMeeting();
    throwsOf(FormError, () => saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id), publish: true }), (e) =>
      assert.match(e.message, /vide/),
    );
    assert.equal(db.select().from(synthesisLinks).all().length, 0);
  });

  test("the first publication issues a reading link to those who said yes or came, not to one who declined", () => {
    const { meeting } = heldMeeting();
    const r = saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id, { leads: ["Un secrétariat partagé"] }), publish: true });
    assert.equal(r.published, "first");
    assert.deepEqual(r.issued.map((i) => i.invitee.name).sort(), ["Alice", "Chris", "Dora"]);
    assert.equal(f.history("synthesis.published").length, 1);
    const stored = db.select().from(synthesisLinks).all();
    assert.ok(stored.every((l) => l.tokenHash.length === 64 && !r.issued.some((i) => i.token === l.tokenHash)), "only hashes are stored");
  });

  test("the reading link shows the published text after the meeting, and the draft's later changes only once published again", () => {
    const { meeting } = heldMeeting();
    const c = content(meeting.id, { leads: ["Un secrétariat partagé"] });
    const r = saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: c, publish: true });
    const token = r.issued.find((i) => i.invitee.name === "Alice")!.token;
    const later = inDays(40);
    const view = findSynthesisByReadingToken(f.link(later), { token })!;
    assert.deepEqual(view.content.leads, ["Un secrétariat partagé"]);
    assert.equal(view.communeName, "Montpellier");
    assert.equal(view.readerName, "Alice");

    saveSynthesis(f.as(f.facilitatrice, inDays(5)), { meetingId: meeting.id, version: 1, content: { ...c, leads: ["Un secrétariat partagé", "Des locaux"] }, publish: false });
    assert.deepEqual(findSynthesisByReadingToken(f.link(later), { token })!.content.leads, ["Un secrétariat partagé"], "a draft is not read");
    assert.equal(publishedSynthesis(f.as(f.maire, later), { meetingId: meeting.id })!.publication!.content.leads.length, 1);

    const corr = saveSynthesis(f.as(f.facilitatrice, inDays(6)), { meetingId: meeting.id, version: 2, content: { ...c, leads: ["Un secrétariat partagé", "Des locaux"] }, publish: true });
    assert.equal(corr.published, "correction");
    assert.equal(corr.issued.length, 0, "a correction e-mails nobody again");
    const corrected = findSynthesisByReadingToken(f.link(later), { token })!;
    assert.equal(corrected.content.leads.length, 2);
    assert.equal(corrected.publishedAt.getTime(), inDays(6).getTime());
    assert.equal(corrected.firstPublishedAt.getTime(), AFTER.getTime());
    assert.equal(f.history("synthesis.corrected").length, 1);
  });

  test("a reading link expires after a year; a malformed or unknown one shows nothing", () => {
    const { meeting } = heldMeeting();
    const r = saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id, { needs: "x" }), publish: true });
    const token = r.issued[0].token;
    assert.ok(findSynthesisByReadingToken(f.link(inDays(360)), { token }));
    assert.equal(findSynthesisByReadingToken(f.link(inDays(370)), { token }), null);
    assert.equal(findSynthesisByReadingToken(f.link(AFTER), { token: "x" }), null);
    assert.equal(findSynthesisByReadingToken(f.link(AFTER), { token: "A".repeat(43) }), null);
  });

  test("a new link does not replace the one already received", () => {
    const { meeting } = heldMeeting();
    const r = saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id, { needs: "x" }), publish: true });
    const alice = r.issued.find((i) => i.invitee.name === "Alice")!;
    const again = resendReadingLink(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, inviteeId: alice.invitee.id });
    assert.ok(findSynthesisByReadingToken(f.link(AFTER), { token: alice.token }));
    assert.ok(findSynthesisByReadingToken(f.link(AFTER), { token: again.token }));
  });

  test("only the synthesis's writer sends a new reading link (a forged call by the référent is refused)", () => {
    const { meeting } = heldMeeting();
    const r = saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id, { needs: "x" }), publish: true });
    const before = f.snapshot();
    const links = db.select().from(synthesisLinks).all().length;
    throwsOf(FormError, () => resendReadingLink(f.as(f.referent, AFTER), { meetingId: meeting.id, inviteeId: r.issued[0].invitee.id }), (e) => assert.match(e.message, /facilitat/));
    assert.equal(db.select().from(synthesisLinks).all().length, links);
    assert.equal(f.snapshot(), before);
  });

  test("the answer link shows the published synthesis to a reader, not to one who declined", () => {
    const { meeting } = heldMeeting();
    saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id, { needs: "x" }), publish: true });
    const byName = (n: string) => db.select().from(meetingInvitees).all().find((i) => i.name === n)!;
    const bob = byName("Bob");
    const alice = byName("Alice");
    assert.equal(publishedSynthesisForInvitee(f.link(AFTER), { invitee: bob }), null);
    assert.ok(publishedSynthesisForInvitee(f.link(AFTER), { invitee: alice }));
  });
});

describe("a member's meetings and the published syntheses", () => {
  test("a professional with an account sees the meetings they are invited to, with their answer, never a draft", () => {
    const { meeting } = heldMeeting();
    f.draft(["Alice"]);
    const alice = addUser(db, "alice@exemple.fr", "Alice");
    db.insert(workspaceMembers).values({ workspaceId: f.ws.id, userId: alice.id, role: "professionnel" }).run();
    const mine = memberMeetings(testContext(db, f.ws, alice, AFTER));
    assert.deepEqual(mine.map((m) => [m.meetingId, m.answer, m.attended, m.synthesisPublishedAt]), [[meeting.id, "oui", true, null]]);
    saveSynthesis(f.as(f.facilitatrice, AFTER), { meetingId: meeting.id, version: 0, content: content(meeting.id, { needs: "x" }), publish: true });
    assert.equal(memberMeetings(testContext(db, f.ws, alice, AFTER))[0].synthesisPublishedAt?.getTime(), AFTER.getTime());
    assert.deepEqual(publishedSyntheses(f.as(f.maire, AFTER)).map((s) => s.meetingId), [meeting.id]);
    assert.deepEqual(publishedSyntheses(f.as(f.maireLyon, AFTER, f.wsLyon)), [], "another commune's are not listed");
  });
});
