/**
 * The federations: their directory (`directory.ts`), the communes' requests (`requests.ts`) and the
 * federation's answers (`decisions.ts`), what a federation sees of its communes (`pipeline.ts`, and its pipeline by stage in `board.ts`), and its
 * members (`members.ts`).
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
