/** Where communes stand, for many workspaces at once, in a fixed number of queries. */
export { workspaceProgress, type WorkspaceProgress } from "./snapshot";
export { workspaceFollowUp, type WorkspaceFollowUp } from "./follow-up";
