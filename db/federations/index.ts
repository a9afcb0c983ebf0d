/**
 * The federations: their directory (`directory.ts`), the communes' requests (`requests.ts`) and the
 * federation's answers (`decisions.ts`), removing members and unassigning facilitators (`removal.ts`), its pipeline of communes by stage (`board.ts`, its SQL rules in `pipeline-sql.ts`), and its
 * members (`members.ts`); the claims on the maire role of its regions' communes (`claims.ts`, `claim-decisions.ts`).
 */
export { listFederations, getFederation, federationForRegion, listRegions, type FederationWithRegions, type RegionRef } from "./directory";
export { requestFederation, withdrawFederationRequest, federationNotificationAddresses } from "./requests";
export { federationOnBoussole } from "./founder";
export { acceptFederationRequest, declineFederationRequest } from "./decisions";
export { federationBoard, federationFacilitators, federationRequestDetail, type FederationBoard, type DeclinedRequest, type DueList } from "./board";
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
