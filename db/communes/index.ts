/** The official list of communes: reference reads only (a commune's workspace is in db/workspaces). */
export { searchCommunes, getCommune, escapeLike, type CommuneResult } from "./search";
