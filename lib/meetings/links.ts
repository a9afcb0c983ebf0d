/**
 * How long an invitee's answer link works: while the invitations are open it answers, then it shows the
 * meeting's outcome (the synthesis, once published) — until this many days after the meeting's end.
 */
export const ANSWER_LINK_DAYS_AFTER = 90;
const DAY_MS = 86_400_000;

export function answerLinkExpiry(meeting: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000 + ANSWER_LINK_DAYS_AFTER * DAY_MS);
}
