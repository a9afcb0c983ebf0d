/**
 * The inventory (état des lieux): professionals' lines and the notes of the other themes. Every data function
 * is `fn(ctx, input)`: the context names the database (or open transaction), the workspace every query is
 * scoped by, who acts and the clock. Every write is one IMMEDIATE transaction with its history event; shared
 * records carry a version, and a save over a newer version is a ConflictError.
 */
export { locatedIn, type LocatedWorkspace, type NoteRecord, type ProfessionalRecord, type WorkspaceContext } from "./shared";
export { inventoryView, notesView, noteForEdit, professionalForEdit, professionalsForExport, type NoteView, type ProfessionalView } from "./views";
export { createProfessional, deleteProfessional, updateProfessional } from "./lines";
export { eraseProfessional, type ErasureResult } from "./erase";
export { inviteProfessional, resendProfessionalInvitation, revokeProfessionalInvitation } from "./invitations";
export { createNote, deleteNote, updateNote } from "./notes";
export type { ImportInput, ImportPlan, PlanAction, PlanRow } from "./import-plan";
export { applyImport, previewImport } from "./import";
export { practiceCommuneChoices, type PracticeCommuneChoice } from "./communes";
export { inventoryGroups, ownLines, professionalsPage, type ProfessionMatch, type ProfessionalsPage } from "./list";
