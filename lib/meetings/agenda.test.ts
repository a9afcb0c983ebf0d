import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { KIT_AGENDA, KIT_TOTAL_RANGE, agendaTotal, agendaWarningText, agendaWarnings, formatMinutes, kitAgenda, kitRangeOf, moveItem, questionLines } from "./agenda";

describe("the kit's template", () => {
  test("five sections in the kit's order, each default inside its indicative range", () => {
    assert.deepEqual(
      KIT_AGENDA.map((s) => s.title),
      ["Introduction", "Tour de table des professionnels", "Partage d'un premier constat territorial", "Échanges ouverts", "Conclusion et suites"],
    );
    assert.deepEqual(
      KIT_AGENDA.map((s) => s.range),
      [
        [5, 10],
        [20, 30],
        [15, 20],
        [20, 30],
        [10, 10],
      ],
    );
    for (const s of KIT_AGENDA) assert.ok(s.durationMinutes >= s.range[0] && s.durationMinutes <= s.range[1], s.title);
  });

  test("its default total is within the kit's 60–90 minutes, and its ranges allow exactly 70 to 100", () => {
    const total = agendaTotal(kitAgenda());
    assert.equal(total, 85);
    assert.deepEqual(agendaWarnings(total, 90), []);
    assert.equal(KIT_AGENDA.reduce((s, i) => s + i.range[0], 0), 70);
    assert.equal(KIT_AGENDA.reduce((s, i) => s + i.range[1], 0), 100);
  });

  test("every section has who leads it and guiding questions, the round table the four of the kit", () => {
    for (const s of kitAgenda()) {
      assert.ok(s.leader);
      assert.ok(questionLines(s.questions).length >= 3, s.title);
    }
    assert.deepEqual(questionLines(kitAgenda()[1].questions), ["Votre situation actuelle", "Vos conditions d'exercice", "Les difficultés rencontrées", "Vos éventuelles attentes"]);
  });

  test("kitAgenda() returns a fresh copy each time", () => {
    const a = kitAgenda();
    a[0].durationMinutes = 99;
    assert.equal(kitAgenda()[0].durationMinutes, 10);
  });

  test("the range of a kit section is found by its title", () => {
    assert.deepEqual(kitRangeOf(" Tour de table des professionnels "), [20, 30]);
    assert.equal(kitRangeOf("Pause"), null);
  });
});

describe("the agenda total rule", () => {
  const items = (...m: (number | string)[]) => m.map((durationMinutes) => ({ durationMinutes: durationMinutes as number }));

  test("sums the durations; blanks, zero, negatives and non-numbers count for nothing", () => {
    assert.equal(agendaTotal(items(10, 25, 15)), 50);
    assert.equal(agendaTotal(items(10, "", 0, -5, "abc", "20")), 30);
    assert.equal(agendaTotal([]), 0);
  });

  test("60 and 90 minutes are inside the kit's range: no warning", () => {
    assert.deepEqual(agendaWarnings(KIT_TOTAL_RANGE.min, 90), []);
    assert.deepEqual(agendaWarnings(KIT_TOTAL_RANGE.max, 90), []);
  });

  test("59 minutes is below the range, 91 above", () => {
    assert.deepEqual(agendaWarnings(59, 90), [{ kind: "below_kit", total: 59 }]);
    assert.deepEqual(agendaWarnings(91, 120), [{ kind: "above_kit", total: 91 }]);
  });

  test("a total above the meeting's duration is flagged, even inside the kit's range", () => {
    assert.deepEqual(agendaWarnings(85, 75), [{ kind: "exceeds_meeting", total: 85, meetingMinutes: 75 }]);
    assert.deepEqual(agendaWarnings(75, 75), []);
  });

  test("both warnings at once when the total is above 90 and above the meeting", () => {
    assert.deepEqual(
      agendaWarnings(100, 90).map((w) => w.kind),
      ["above_kit", "exceeds_meeting"],
    );
  });

  test("no meeting duration typed yet: only the kit's range is checked", () => {
    assert.deepEqual(agendaWarnings(85, null), []);
    assert.deepEqual(agendaWarnings(85, Number.NaN), []);
    assert.deepEqual(agendaWarnings(85, 0), []);
  });

  test("the warnings read in French with durations in hours and minutes", () => {
    assert.equal(agendaWarningText({ kind: "above_kit", total: 105 }), "Le total (1 h 45) dépasse la durée conseillée par le kit : 1 h à 1 h 30.");
    assert.equal(agendaWarningText({ kind: "exceeds_meeting", total: 95, meetingMinutes: 90 }), "Le total (1 h 35) dépasse la durée prévue de la réunion (1 h 30).");
    assert.match(agendaWarningText({ kind: "below_kit", total: 45 }), /^Le total \(45 min\) est en dessous/);
  });
});

describe("small helpers", () => {
  test("formatMinutes", () => {
    assert.equal(formatMinutes(5), "5 min");
    assert.equal(formatMinutes(60), "1 h");
    assert.equal(formatMinutes(90), "1 h 30");
    assert.equal(formatMinutes(125), "2 h 05");
  });

  test("moveItem moves up and down, clamps at the ends, never mutates", () => {
    const a = ["a", "b", "c"];
    assert.deepEqual(moveItem(a, 1, 0), ["b", "a", "c"]);
    assert.deepEqual(moveItem(a, 1, 2), ["a", "c", "b"]);
    assert.deepEqual(moveItem(a, 0, -1), ["a", "b", "c"]);
    assert.deepEqual(moveItem(a, 2, 5), ["a", "b", "c"]);
    assert.deepEqual(moveItem(a, 7, 0), ["a", "b", "c"]);
    assert.deepEqual(a, ["a", "b", "c"]);
  });

  test("questionLines drops blank lines and trims", () => {
    assert.deepEqual(questionLines("  Une \r\n\n Deux\n  "), ["Une", "Deux"]);
  });
});
