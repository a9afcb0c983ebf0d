import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { formatMeetingShort, formatMeetingWhen, instantToParis, lengthWarningText, meetingEnd, meetingLengthWarning, parisToInstant, placeUrl } from "./schedule";

function instant(day: string, time: string) {
  const r = parisToInstant(day, time);
  assert.ok(r.ok, `${day} ${time}`);
  return r.instant.toISOString();
}

describe("Paris wall-clock time to an instant", () => {
  test("winter time is UTC+1, summer time UTC+2", () => {
    assert.equal(instant("2026-12-03", "18:30"), "2026-12-03T17:30:00.000Z");
    assert.equal(instant("2027-07-01", "09:00"), "2027-07-01T07:00:00.000Z");
  });

  test("the evening before and the morning after the spring change", () => {
    assert.equal(instant("2027-03-27", "20:00"), "2027-03-27T19:00:00.000Z");
    assert.equal(instant("2027-03-28", "01:59"), "2027-03-28T00:59:00.000Z");
    assert.equal(instant("2027-03-28", "03:00"), "2027-03-28T01:00:00.000Z");
    assert.equal(instant("2027-03-28", "18:00"), "2027-03-28T16:00:00.000Z");
  });

  test("a time skipped by the spring change does not exist: refused, not moved", () => {
    assert.deepEqual(parisToInstant("2027-03-28", "02:30"), { ok: false, reason: "nonexistent" });
    assert.deepEqual(parisToInstant("2027-03-28", "02:00"), { ok: false, reason: "nonexistent" });
  });

  test("a time repeated by the autumn change is the second one (winter time)", () => {
    assert.equal(instant("2026-10-25", "02:30"), "2026-10-25T01:30:00.000Z");
    assert.equal(instant("2026-10-25", "01:59"), "2026-10-24T23:59:00.000Z");
    assert.equal(instant("2026-10-25", "03:00"), "2026-10-25T02:00:00.000Z");
  });

  test("malformed or impossible values are invalid", () => {
    for (const [d, t] of [
      ["2026-02-30", "10:00"],
      ["2026-13-01", "10:00"],
      ["03/12/2026", "10:00"],
      ["2026-12-03", "24:00"],
      ["2026-12-03", "9:00"],
      ["2026-12-03", ""],
    ]) {
      assert.deepEqual(parisToInstant(d, t), { ok: false, reason: "invalid" }, `${d} ${t}`);
    }
  });

  test("back to the Paris date and time, whatever the server's zone", () => {
    assert.deepEqual(instantToParis(new Date("2026-12-03T17:30:00Z")), { day: "2026-12-03", time: "18:30" });
    assert.deepEqual(instantToParis(new Date("2027-07-01T22:30:00Z")), { day: "2027-07-02", time: "00:30" });
  });
});

describe("a meeting's moments", () => {
  const m = { startsAt: new Date("2026-12-03T17:30:00Z"), durationMinutes: 90 };

  test("it ends after its duration", () => {
    assert.equal(meetingEnd(m).toISOString(), "2026-12-03T19:00:00.000Z");
  });

  test("written in French, in Paris time", () => {
    assert.equal(formatMeetingWhen(m), "jeudi 3 décembre 2026, de 18 h 30 à 20 h 00 (heure de Paris)");
    assert.equal(formatMeetingWhen({ startsAt: new Date("2027-07-01T07:00:00Z"), durationMinutes: 60 }, { zone: false }), "jeudi 1 juillet 2027, de 9 h 00 à 10 h 00");
    assert.equal(formatMeetingShort(m.startsAt), "jeudi 3 décembre à 18 h 30");
  });

  test("across midnight, the end says its day", () => {
    assert.equal(
      formatMeetingWhen({ startsAt: new Date("2026-12-03T22:00:00Z"), durationMinutes: 120 }),
      "jeudi 3 décembre 2026 à 23 h 00, jusqu'au 4 décembre à 1 h 00 (heure de Paris)",
    );
  });

  test("a video link in the place is found", () => {
    assert.equal(placeUrl("Visio : https://visio.exemple.fr/abc-def."), "https://visio.exemple.fr/abc-def");
    assert.equal(placeUrl("Salle du conseil, mairie"), null);
    // Only https becomes a link: an http or other address stays plain text.
    assert.equal(placeUrl("Visio : http://visio.exemple.fr/abc"), null);
    assert.equal(placeUrl("Visio : javascript:alert(1)"), null);
    assert.equal(placeUrl("Visio : HTTPS://Visio.exemple.fr/x"), "HTTPS://Visio.exemple.fr/x");
  });
});

describe("the planned length of a first meeting against the kit's 1 h to 1 h 30", () => {
  test("60 and 90 minutes, and anything between, are fine", () => {
    for (const m of [60, 75, 90, "90"]) assert.equal(meetingLengthWarning(m, "premiere"), null, String(m));
  });

  test("59 minutes is shorter than the kit's, 91 longer: a warning, with its own words", () => {
    assert.deepEqual(meetingLengthWarning(59, "premiere"), { kind: "shorter_than_kit", minutes: 59 });
    assert.deepEqual(meetingLengthWarning("91", "premiere"), { kind: "longer_than_kit", minutes: 91 });
    assert.equal(
      lengthWarningText({ kind: "shorter_than_kit", minutes: 45 }),
      "La durée prévue (45 min) est plus courte que celle que conseille le kit pour une première rencontre : 1 h à 1 h 30. Le tour de table et les échanges ouverts demandent du temps.",
    );
    assert.equal(lengthWarningText({ kind: "longer_than_kit", minutes: 120 }), "La durée prévue (2 h) dépasse celle que conseille le kit pour une première rencontre : 1 h à 1 h 30.");
  });

  test("whatever the agenda's total: a 2-hour meeting warns even with an 85-minute agenda", () => {
    assert.equal(meetingLengthWarning(120, "premiere")?.kind, "longer_than_kit");
  });

  test("a follow-up meeting is not held to the first meeting's length", () => {
    assert.equal(meetingLengthWarning(120, "suivi"), null);
    assert.equal(meetingLengthWarning(30, "suivi"), null);
  });

  test("a length the form refuses (blank, not a whole number, under 15 min, over 4 h) gets its error, not a warning", () => {
    for (const m of ["", null, undefined, "abc", 0, 10, 60.5, 300]) assert.equal(meetingLengthWarning(m, "premiere"), null, String(m));
  });
});
