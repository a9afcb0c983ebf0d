/**
 * The federations: their directory (`directory.ts`), the communes' requests (`requests.ts`) and the
 * federation's answers (`decisions.ts`), removing members and unassigning facilitators (`removal.ts`), what a federation sees of its communes (`pipeline.ts`, and its pipeline by stage in `board.ts`), and its
 * members (`members.ts`); the claims on the maire role of its regions' communes (`claims.ts`, `claim-decisions.ts`).
 */
export { listFederations, getFederation, federationForRegion, listRegions, type FederationWithRegions, type RegionRef } from "./directory";
export { requestFederation, withdrawFederationRequest, federationNotificationAddresses } from "./requests";
export { federationOnBoussole } from "./founder";
export { acceptFederationRequest, declineFederationRequest } from "./decisions";
export { federationPipeline, federationDueItems, federationRequestDetail, type FederationPipeline, type DeclinedRequest } from "./board";
export {
  federationPeople,
  openMemberInvitations,
  inviteFederationMember,
  resendMemberInvitation,
  revokeMemberInvitation,
  userFederations,
  federationRolesOf,
  nameFederationAdmin,
} from "./members";
export { federationMembership, removeFederationMember, unassignFacilitator, type FederationMembership } from "./removal";
export { claimReviewers, federationClaims, federationClaimDetail, type ClaimDetail } from "./claims";
export { transferMaireRole, rejectClaim } from "./claim-decisions";
