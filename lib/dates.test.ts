import { test } from "node:test";
import assert from "node:assert/strict";
import { format } from "date-fns";
import { fr } from "date-fns/locale";
import { TZDate } from "@date-fns/tz";
import { formatDate, formatDateTime, todayInParis, TIME_ZONE } from "./dates";

// The cached Intl formatters must write exactly what date-fns wrote before them (the pages and e-mails, and the
// tests that read them, depend on it): compared over two years of instants every 7 h 13 min, both DST changes
// and the minutes around them, midnight in Paris and in UTC.
const instants = [
  ...Array.from({ length: 2 * 365 * 3 + 10 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * (7 * 3_600_000 + 13 * 60_000))),
  ...["2026-03-29T00:59:00Z", "2026-03-29T01:00:00Z", "2026-10-25T00:59:00Z", "2026-10-25T01:00:00Z", "2026-12-31T22:59:59Z", "2026-12-31T23:00:00Z", "2027-01-01T00:00:00Z"].map((s) => new Date(s)),
];

test("todayInParis, formatDate and formatDateTime write what date-fns wrote, in Paris time", () => {
  for (const d of instants) {
    const paris = new TZDate(d, TIME_ZONE);
    assert.equal(todayInParis(d), format(paris, "yyyy-MM-dd"), d.toISOString());
    assert.equal(formatDate(d), format(paris, "d MMMM yyyy", { locale: fr }), d.toISOString());
    assert.equal(formatDateTime(d), format(paris, "d MMMM yyyy 'à' H 'h' mm", { locale: fr }), d.toISOString());
  }
});

test("formatDate of a calendar day is that day, whatever the server's time zone", () => {
  for (const day of ["2026-01-01", "2026-03-29", "2026-10-25", "2026-12-31", "2027-02-28"]) {
    const [y, m, d] = day.split("-").map(Number);
    assert.equal(formatDate(day), format(new Date(y, m - 1, d), "d MMMM yyyy", { locale: fr }), day);
  }
  assert.equal(formatDate("2026-11-24"), "24 novembre 2026");
  assert.equal(formatDateTime(new Date("2026-11-24T13:05:00Z")), "24 novembre 2026 à 14 h 05");
  assert.equal(formatDateTime(new Date("2026-07-01T22:00:00Z")), "2 juillet 2026 à 0 h 00");
});
