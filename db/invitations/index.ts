/** Invitations by e-mail link: the shared helpers (`tokens.ts`), the link's page (`lookup.ts`), accepting (`accept.ts`). */
export { createInvitation, renewInvitationToken, invitationState, type Invitation, type InvitationState } from "./tokens";
export { findInvitationByToken, type InvitationView } from "./lookup";
export { acceptInvitation, type AcceptResult } from "./accept";
