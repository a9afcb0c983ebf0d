/**
 * "Qui fait quoi" (journey 5): each actor's responsibilities in the commune, and the shared directory of local
 * partners' contacts. Every function is `fn(ctx, input)`, scoped by the context's workspace.
 */
export { listResponsibilities, saveResponsibility, UNKNOWN_ACTOR, type Responsibility } from "./responsibilities";
export {
  CONTACT_NOT_FOUND,
  PARTNERS_PAGE_SIZE,
  contactValues,
  createPartnerContact,
  deletePartnerContact,
  findPartnerContact,
  listPartnerContacts,
  partnerContactCounts,
  updatePartnerContact,
  type PartnerContact,
  type PartnerDirectory,
} from "./partners";
