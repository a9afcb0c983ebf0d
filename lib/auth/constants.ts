export const SIGN_IN_LINK_MINUTES = 15;
export const INVITATION_DAYS = 7;
export const SESSION_DAYS = 30;
