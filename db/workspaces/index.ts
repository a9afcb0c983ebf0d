/**
 * A commune's workspace: opening it (`create.ts`), its members and who may enter (`members.ts`), what its
 * pages show (`overview.ts`), the referent's designation (`referent.ts`), removing people and replacing the referent
 * (`removal.ts`), and the claims on the maire role (`claims.ts`). The federation requests are in
 * db/federations.
 */
export { createWorkspace, communesWithWorkspace, type Workspace } from "./create";
export { userWorkspacesPage, MY_SPACES_PAGE_SIZE, type MySpacesPage } from "./my-spaces";
export { workspaceMembersList, userWorkspaces, roleLabels, communeAccessOf, type Member, type CommuneAccess } from "./members";
export { workspaceOverview, inventoryLinesForSummary, type WorkspaceOverview } from "./overview";
export { designateReferent, resendReferentInvitation, revokeReferentInvitation, type ReferentDesignation } from "./referent";
export { dashboardFacts, URGENT_STEPS, type DashboardFacts, type DashboardMeeting } from "./dashboard-facts";
export { workspaceMember, removeWorkspaceMember, designateAnotherReferent, memberRoleLabel, type RemovedMember } from "./removal";
export { claimableCommune, fileCommuneClaim, noWorkspaceMessage } from "./claims";
