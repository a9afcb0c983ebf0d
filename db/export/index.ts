/**
 * The commune's data export (act `workspace.export`, the maire): everything of the workspace, read in one
 * IMMEDIATE transaction — a consistent snapshot, whatever is being saved meanwhile — that also records who
 * downloaded it in the history. A fixed number of queries whatever the commune's size.
 */
import { write, within, type DataContext } from "../context";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { professionalsForExport } from "../inventory";
import { workspaceChecklist } from "../checklist";
import { inviteesForExport, meetingsForExport, synthesesForExport } from "./meetings";
import { historyForExport, nextStepsForExport, notesForExport, partnersForExport, responsibilitiesForExport } from "./records";

export type WorkspaceExport = ReturnType<typeof readWorkspace>;

function readWorkspace(ctx: DataContext) {
  return {
    professionals: professionalsForExport(ctx),
    notes: notesForExport(ctx),
    meetings: meetingsForExport(ctx),
    invitees: inviteesForExport(ctx),
    syntheses: synthesesForExport(ctx),
    nextSteps: nextStepsForExport(ctx),
    checklist: workspaceChecklist(ctx),
    responsibilities: responsibilitiesForExport(ctx),
    partners: partnersForExport(ctx),
    history: historyForExport(ctx),
  };
}

/** The workspace's data as of `ctx.now`; the download is recorded in the history (after the snapshot). */
export function exportWorkspace(ctx: DataContext): WorkspaceExport {
  return write(ctx, (tx) => {
    const data = readWorkspace(within(ctx, tx));
    recordHistory(tx, {
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.id,
      action: "workspace.exported",
      summary: `${displayName(ctx.actor)} a téléchargé les données de la commune (archive zip : état des lieux, réunions, synthèses, prochaines étapes, check-list, historique).`,
      createdAt: ctx.now,
    });
    return data;
  });
}
