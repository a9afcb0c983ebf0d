export { assertWorkspaceMayMail, unverifiedWorkspaceOf, markVerified, verifyWorkspaceByOperator } from "./verification";
export { allowSignInLink, signInLinkUsed, allowWorkspaceCreation, workspaceCreated, invitationAllowance, invitationsSent, assertWithinAllowance } from "./limits";
export { checkOutgoing } from "./outgoing";
