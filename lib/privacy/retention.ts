/**
 * How long personal data is kept: the one list read by the daily purge (`db/jobs/purge.ts`) and by the
 * « Confidentialité » page, so that the page states the durations the purge applies.
 */
export const MAIL_RETENTION_DAYS = 30;
/** An invitation never accepted is deleted this many days after its link expired. */
export const UNACCEPTED_INVITATION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which a stored mail is purged. */
export function mailCutoff(now: Date): Date {
  return new Date(now.getTime() - MAIL_RETENTION_DAYS * DAY_MS);
}

/** An invitation never accepted whose link expired before this instant is purged. */
export function invitationCutoff(now: Date): Date {
  return new Date(now.getTime() - UNACCEPTED_INVITATION_DAYS * DAY_MS);
}

/** An ended answer link (its meeting's reading period over, or revoked) is deleted this many days later. */
export const ENDED_LINK_GRACE_DAYS = 30;
