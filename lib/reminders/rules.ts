/**
 * The daily job's selection rules, in one place: which checklist items a reminder lists, which next steps are
 * due soon, when a federation's request waits too long or a commune is quiet, and how often each reminder
 * may go out. Pure: the clock and the rows come from db/jobs.
 */
import { getISOWeek, getISOWeekYear } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { TIME_ZONE, todayInParis } from "@/lib/dates";
import type { ChecklistEntry } from "@/lib/checklist/rules";
import { addDays, daysBetween } from "@/lib/checklist/rules";

/** A checklist item is listed when it is still open and overdue, or due within this many days. */
export const CHECKLIST_WINDOW_DAYS = 7;
/** A next step is reminded when still open and due within this many days, or overdue. */
export const NEXT_STEP_WINDOW_DAYS = 3;
/** A federation's request is "unanswered" once pending for more than this many days. */
export const PENDING_REQUEST_DAYS = 2;
/** An accompanied commune is "quiet" with no history event for more than this many days. */
export const QUIET_DAYS = 21;
/** The weekly reminders (checklist, federation) go to one person at most once in this many days. */
export const WEEKLY_DAYS = 7;

const DAY_MS = 86_400_000;

/** "2026-W49": the ISO week of a "YYYY-MM-DD" day. */
export function isoWeek(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(y, m - 1, d, 12);
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, "0")}`;
}

/** The instant of midnight in Paris on a "YYYY-MM-DD" day. */
export function parisMidnight(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, TIME_ZONE).getTime());
}

/** The instant the job reads as "now" for `--date=YYYY-MM-DD`: 8 a.m. in Paris that day, the cron's hour. */
export function jobInstant(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(new TZDate(y, m - 1, d, 8, 0, 0, TIME_ZONE).getTime());
}

/** Whether a "YYYY-MM-DD" string names a real day. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A weekly reminder sent on day D blocks the same reminder through D+6: it may go again on D+7, whatever the
 * hour the cron ran each day. Counted in Paris days, from this instant on.
 */
export function weeklyBlockSince(today: string): Date {
  return parisMidnight(addDays(today, -(WEEKLY_DAYS - 1)));
}

/** The checklist items a reminder lists: open, and overdue or due within 7 days; overdue first, then by date. */
export function checklistItemsToRemind(entries: readonly ChecklistEntry[]): ChecklistEntry[] {
  return entries
    .filter((e) => (e.status === "a_faire" || e.status === "en_cours") && (e.overdue || (e.daysLeft >= 0 && e.daysLeft <= CHECKLIST_WINDOW_DAYS)))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** The last due day (inclusive) of the next steps reminded today. */
export function nextStepHorizon(today: string): string {
  return addDays(today, NEXT_STEP_WINDOW_DAYS);
}

/** Requests made before this instant and still pending are unanswered. */
export function pendingBefore(now: Date): Date {
  return new Date(now.getTime() - PENDING_REQUEST_DAYS * DAY_MS);
}

/** A commune whose latest history event is before this instant (or that has none) is quiet. */
export function quietBefore(now: Date): Date {
  return new Date(now.getTime() - QUIET_DAYS * DAY_MS);
}

/** Calendar days (Paris) from an instant's day to now's: what "il y a N jours" says. */
export function daysAgo(at: Date, now: Date): number {
  return daysBetween(todayInParis(at), todayInParis(now));
}
