/**
 * The rules of next steps, in one place: which statuses are still open, when a step is overdue, and the
 * first day a step decided at a meeting may be due. Pages, data functions and e-mails ask these.
 */
import { todayInParis } from "@/lib/dates";
import type { NextStepStatus } from "@/lib/domain/enums";

/** Still to be done: "à faire" and "en cours". "Fait" and "abandonné" are closed. */
export const OPEN_STATUSES = ["a_faire", "en_cours"] as const satisfies readonly NextStepStatus[];

export function isOpen(status: NextStepStatus): boolean {
  return (OPEN_STATUSES as readonly NextStepStatus[]).includes(status);
}

/**
 * Overdue: still open and due before today, counted in Paris. A step due today is not overdue yet; it
 * becomes so at midnight in Paris, whatever the server's time zone.
 */
export function isOverdue(step: { status: NextStepStatus; dueOn: string }, now: Date): boolean {
  return isOpen(step.status) && step.dueOn < todayInParis(now);
}

/** The first day a step decided at a meeting may be due: the meeting's own day, in Paris. */
export function firstDueDay(meeting: { startsAt: Date }): string {
  return todayInParis(meeting.startsAt);
}
