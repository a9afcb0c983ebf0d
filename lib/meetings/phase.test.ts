import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { MeetingStatus } from "@/lib/domain/enums";
import {
  answersClosedReason,
  attendanceRefusal,
  awaitsAttendance,
  canAnswer,
  canCancel,
  canEdit,
  canMarkAttendance,
  canRemind,
  canSend,
  canSynthesise,
  frozenReason,
  invitationsOut,
  isAhead,
  showsAnswerWarnings,
  isDraft,
  linkState,
  listSection,
  meetingPhase,
  MEETING_PHASES,
  type MeetingPhase,
} from "./phase";

// 3 December 2026, 18:30 to 20:00 in Paris.
const START = new Date("2026-12-03T17:30:00Z");
const END = new Date("2026-12-03T19:00:00Z");
const at = (d: Date, ms: number) => new Date(d.getTime() + ms);
const meeting = (status: MeetingStatus) => ({ status, startsAt: START, durationMinutes: 90 });

const BEFORE = at(START, -1);
const MOMENTS = { "a week before": at(START, -7 * 86_400_000), "1 ms before the start": BEFORE, "at the start": START, "1 ms before the end": at(END, -1), "at the end": END, "a week after": at(END, 7 * 86_400_000) };

describe("a meeting's phase", () => {
  test("a draft: brouillon until its start, then started, then over and to be marked — never 'invitations open'", () => {
    assert.deepEqual(
      Object.values(MOMENTS).map((now) => meetingPhase(meeting("brouillon"), now)),
      ["brouillon", "brouillon", "commencee", "commencee", "a_marquer", "a_marquer"],
    );
  });

  test("invitations sent: open until the start instant, started until the end instant, then to be marked", () => {
    assert.deepEqual(
      Object.values(MOMENTS).map((now) => meetingPhase(meeting("invitations_envoyees"), now)),
      ["invitations_ouvertes", "invitations_ouvertes", "commencee", "commencee", "a_marquer", "a_marquer"],
    );
  });

  test("held and cancelled whatever the clock says", () => {
    for (const now of Object.values(MOMENTS)) {
      assert.equal(meetingPhase(meeting("tenue"), now), "tenue");
      assert.equal(meetingPhase(meeting("annulee"), now), "annulee");
    }
  });

  test("still ahead: a draft or sent meeting before its start, nothing cancelled, started or held", () => {
    assert.equal(isAhead(meeting("brouillon"), BEFORE), true);
    assert.equal(isAhead(meeting("invitations_envoyees"), BEFORE), true);
    assert.equal(isAhead(meeting("invitations_envoyees"), START), false);
    assert.equal(isAhead(meeting("annulee"), BEFORE), false);
    assert.equal(isAhead(meeting("tenue"), BEFORE), false);
  });

  test("the duration sets the end", () => {
    const short = { status: "invitations_envoyees" as const, startsAt: START, durationMinutes: 15 };
    assert.equal(meetingPhase(short, at(START, 15 * 60_000 - 1)), "commencee");
    assert.equal(meetingPhase(short, at(START, 15 * 60_000)), "a_marquer");
  });

  test("every phase is reached", () => {
    const seen = new Set<MeetingPhase>();
    for (const status of ["brouillon", "invitations_envoyees", "tenue", "annulee"] as const) for (const now of Object.values(MOMENTS)) seen.add(meetingPhase(meeting(status), now));
    assert.deepEqual([...seen].sort(), [...MEETING_PHASES].sort());
  });
});

describe("what each phase allows", () => {
  /** Each predicate's answer in the phases, in the order of MEETING_PHASES. */
  const cases: [MeetingStatus, Date][] = [
    ["brouillon", BEFORE],
    ["invitations_envoyees", BEFORE],
    ["invitations_envoyees", START],
    ["invitations_envoyees", END],
    ["tenue", END],
    ["annulee", BEFORE],
  ];
  const table = (fn: (m: ReturnType<typeof meeting>, now: Date) => boolean) => cases.map(([s, now]) => fn(meeting(s), now));

  test("the cases cover the phases in order", () => {
    assert.deepEqual(
      cases.map(([s, now]) => meetingPhase(meeting(s), now)),
      [...MEETING_PHASES],
    );
  });

  test("edited (time, place, agenda, invitees) until the start", () => {
    assert.deepEqual(table(canEdit), [true, true, false, false, false, false]);
  });

  test("sent only as a draft still to come", () => {
    assert.deepEqual(table(canSend), [true, false, false, false, false, false]);
  });

  test("answered and reminded only while the invitations are open", () => {
    assert.deepEqual(table(canAnswer), [false, true, false, false, false, false]);
    assert.deepEqual(table(canRemind), [false, true, false, false, false, false]);
  });

  test("attendance marked from the start on, and corrected once held; awaited while not marked", () => {
    assert.deepEqual(table(canMarkAttendance), [false, false, true, true, true, false]);
    assert.deepEqual(table(awaitsAttendance), [false, false, true, true, false, false]);
  });

  test("warnings about the answers only while they are open: gone once started, held or cancelled", () => {
    assert.deepEqual(table(showsAnswerWarnings), [false, true, false, false, false, false]);
  });

  test("the list: a draft, a sent and a started meeting are upcoming; over, held and cancelled ones are past", () => {
    assert.deepEqual(
      cases.map(([s, now]) => listSection(meeting(s), now)),
      ["upcoming", "upcoming", "upcoming", "past", "past", "past"],
    );
    // A meeting cancelled before its date, and a draft whose date went by, are past too.
    assert.equal(listSection(meeting("annulee"), MOMENTS["a week before"]), "past");
    assert.equal(listSection(meeting("brouillon"), MOMENTS["a week after"]), "past");
  });

  test("cancelled until held; synthesised once held", () => {
    assert.deepEqual(table(canCancel), [true, true, true, true, false, false]);
    assert.deepEqual(table(canSynthesise), [false, false, false, false, true, false]);
  });

  test("the instants themselves: the start closes answers and edits and opens attendance", () => {
    const sent = meeting("invitations_envoyees");
    assert.equal(canAnswer(sent, BEFORE), true);
    assert.equal(canAnswer(sent, START), false);
    assert.equal(canEdit(sent, BEFORE), true);
    assert.equal(canEdit(sent, START), false);
    assert.equal(canMarkAttendance(sent, BEFORE), false);
    assert.equal(canMarkAttendance(sent, START), true);
  });

  test("draft and sent are facts of the stored status, whatever the clock", () => {
    assert.deepEqual(
      (["brouillon", "invitations_envoyees", "tenue", "annulee"] as const).map((s) => [isDraft(meeting(s)), invitationsOut(meeting(s))]),
      [
        [true, false],
        [false, true],
        [false, false],
        [false, false],
      ],
    );
  });
});

describe("why not, in French", () => {
  test("frozen: cancelled, held, started (or over); nothing while it can be edited", () => {
    assert.equal(frozenReason(meeting("annulee"), BEFORE), "Cette réunion est annulée : elle ne peut plus être modifiée.");
    assert.equal(frozenReason(meeting("tenue"), END), "Cette réunion a eu lieu : elle ne peut plus être modifiée.");
    const started = "La réunion a commencé : son horaire, son lieu et son ordre du jour ne peuvent plus être modifiés.";
    assert.equal(frozenReason(meeting("invitations_envoyees"), START), started);
    assert.equal(frozenReason(meeting("brouillon"), END), started);
    assert.equal(frozenReason(meeting("brouillon"), BEFORE), null);
    assert.equal(frozenReason(meeting("invitations_envoyees"), BEFORE), null);
  });

  test("answers closed: not sent yet, cancelled, held, started", () => {
    assert.equal(answersClosedReason(meeting("invitations_envoyees"), BEFORE, "relancer"), null);
    assert.equal(answersClosedReason(meeting("brouillon"), BEFORE, "relancer"), "Les invitations n'ont pas encore été envoyées.");
    assert.equal(answersClosedReason(meeting("brouillon"), START, "relancer"), "Les invitations n'ont pas encore été envoyées.");
    assert.equal(answersClosedReason(meeting("annulee"), BEFORE, "relancer"), "Cette réunion est annulée.");
    assert.equal(answersClosedReason(meeting("tenue"), END, "relancer"), "Cette réunion a eu lieu.");
    assert.equal(answersClosedReason(meeting("invitations_envoyees"), START, "relancer"), "La réunion a commencé : il n'y a plus lieu de relancer.");
  });

  test("attendance: not before the start (said with the Paris time), never once cancelled", () => {
    assert.equal(attendanceRefusal(meeting("invitations_envoyees"), BEFORE), "La réunion n'a pas encore commencé : vous pourrez noter les présences à partir du 3 décembre 2026 à 18 h 30.");
    assert.equal(attendanceRefusal(meeting("annulee"), END), "Cette réunion est annulée.");
    assert.equal(attendanceRefusal(meeting("invitations_envoyees"), START), null);
    assert.equal(attendanceRefusal(meeting("tenue"), END), null);
  });
});

describe("the invitee's link", () => {
  test("open until the start, started until the end, then over; cancelled; over once held, even early", () => {
    const sent = meeting("invitations_envoyees");
    assert.deepEqual(
      Object.values(MOMENTS).map((now) => linkState(sent, now)),
      ["open", "open", "started", "started", "over", "over"],
    );
    assert.equal(linkState(meeting("annulee"), BEFORE), "cancelled");
    assert.equal(linkState(meeting("tenue"), START), "over");
  });

  test("a draft's invitees hold no link", () => {
    for (const now of Object.values(MOMENTS)) assert.equal(linkState(meeting("brouillon"), now), null);
  });
});
