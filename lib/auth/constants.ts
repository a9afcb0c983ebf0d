export const SIGN_IN_LINK_MINUTES = 15;
export const INVITATION_DAYS = 7;
/** A session ends after 7 days without use… */
export const SESSION_IDLE_DAYS = 7;
/** …and 30 days after it was opened, whatever its use. */
export const SESSION_ABSOLUTE_DAYS = 30;
/** How often a used session's end is moved forward (one write an hour at most). */
export const SESSION_UPDATE_SECONDS = 60 * 60;
