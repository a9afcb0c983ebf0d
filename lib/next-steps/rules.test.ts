import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { firstDueDay, isOpen, isOverdue } from "./rules";

describe("next steps' rules", () => {
  test("open: à faire and en cours; fait and abandonné are closed", () => {
    assert.deepEqual(
      (["a_faire", "en_cours", "fait", "abandonne"] as const).map((s) => isOpen(s)),
      [true, true, false, false],
    );
  });

  test("overdue at midnight in Paris, not at midnight UTC (winter: UTC+1)", () => {
    const step = { status: "a_faire" as const, dueOn: "2026-11-20" };
    // 23:59 in Paris on the due day: not overdue.
    assert.equal(isOverdue(step, new Date("2026-11-20T22:59:00Z")), false);
    // 00:00 in Paris the next day (still the 20th in UTC): overdue.
    assert.equal(isOverdue(step, new Date("2026-11-20T23:00:00Z")), true);
  });

  test("overdue in summer time (UTC+2), and never for a closed step", () => {
    const step = { status: "en_cours" as const, dueOn: "2026-07-01" };
    assert.equal(isOverdue(step, new Date("2026-07-01T21:59:59Z")), false);
    assert.equal(isOverdue(step, new Date("2026-07-01T22:00:00Z")), true);
    assert.equal(isOverdue({ ...step, status: "fait" }, new Date("2026-08-01T12:00:00Z")), false);
    assert.equal(isOverdue({ ...step, status: "abandonne" }, new Date("2026-08-01T12:00:00Z")), false);
  });

  test("the first due day is the meeting's day in Paris (a meeting at 00:30 in Paris is on that Paris day)", () => {
    assert.equal(firstDueDay({ startsAt: new Date("2026-11-19T23:30:00Z") }), "2026-11-20");
    assert.equal(firstDueDay({ startsAt: new Date("2026-11-20T17:30:00Z") }), "2026-11-20");
  });
});
