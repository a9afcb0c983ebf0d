import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { NATIONAL_CONTACT_AFTER_DAYS, requestWaitingHints } from "./waiting";

const requestedAt = new Date("2026-04-01T08:00:00Z");
const after = (days: number, ms = 0) => new Date(requestedAt.getTime() + days * 24 * 3600_000 + ms);

describe("requestWaitingHints", () => {
  test("a pending request to a federation not on Boussole: say so at once, the national contact from day 14", () => {
    assert.deepEqual(requestWaitingHints({ status: "pending", requestedAt }, false, requestedAt), { notOnBoussole: true, suggestNational: false });
    assert.deepEqual(requestWaitingHints({ status: "pending", requestedAt }, false, after(NATIONAL_CONTACT_AFTER_DAYS, -1)), { notOnBoussole: true, suggestNational: false });
    assert.deepEqual(requestWaitingHints({ status: "pending", requestedAt }, false, after(NATIONAL_CONTACT_AFTER_DAYS)), { notOnBoussole: true, suggestNational: true });
  });
  test("a federation on Boussole that does not answer in 14 days: the national contact too", () => {
    assert.deepEqual(requestWaitingHints({ status: "pending", requestedAt }, true, after(3)), { notOnBoussole: false, suggestNational: false });
    assert.deepEqual(requestWaitingHints({ status: "pending", requestedAt }, true, after(20)), { notOnBoussole: false, suggestNational: true });
  });
  test("an answered or withdrawn request: nothing to suggest", () => {
    for (const status of ["accepted", "declined", "withdrawn"]) {
      assert.deepEqual(requestWaitingHints({ status, requestedAt }, false, after(30)), { notOnBoussole: false, suggestNational: false });
    }
  });
});
