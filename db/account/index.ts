export { setOwnName, endAllSessions, openSessionCount } from "./profile";
export { accountData, type AccountData } from "./export";
export { deleteOwnAccount, deletionBlockers } from "./delete";
