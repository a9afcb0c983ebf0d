/**
 * A next step written with the e-mail telling its owner (someone with an account, not the person acting) in one
 * IMMEDIATE transaction (the data function's own becomes a savepoint): a refused save writes no mail, and a mail
 * that cannot be written undoes the save. The outbox's worker sends it; the page says it is on its way.
 */
import "server-only";
import { write, within, type DataContext, type Tx } from "@/db/context";
import { createNextStep, updateNextStep, type SavedNextStep } from "@/db/next-steps";
import { displayName } from "@/db/users";
import { sendNextStepAssigned } from "./next-step-messages";

type Commune = { code: string; name: string };

/** `told`: whether an e-mail to the owner was written (it is on its way, not yet delivered). */
export type ToldNextStep = SavedNextStep & { told: boolean };

function tellOwner(tx: Tx, data: DataContext, saved: SavedNextStep, commune: Commune, reassigned: boolean): boolean {
  if (!saved.notify) return false;
  const { step, meeting } = saved;
  sendNextStepAssigned(
    saved.notify,
    { title: step.title, details: step.details, dueOn: step.dueOn, communeName: commune.name, assignedBy: displayName(data.actor), meeting, lead: step.lead, reassigned },
    { code: commune.code },
    { db: tx },
  );
  return true;
}

/** Adds a step; its owner is told. */
export function createNextStepAndTell(data: DataContext, input: Parameters<typeof createNextStep>[1], commune: Commune): ToldNextStep {
  return write(data, (tx) => {
    const saved = createNextStep(within(data, tx), input);
    return { ...saved, told: tellOwner(tx, data, saved, commune, false) };
  });
}

/** Edits a step; its owner is told only when the step changed hands. */
export function updateNextStepAndTell(data: DataContext, input: Parameters<typeof updateNextStep>[1], commune: Commune): ToldNextStep & { changed: string[] } {
  return write(data, (tx) => {
    const saved = updateNextStep(within(data, tx), input);
    return { ...saved, told: tellOwner(tx, data, saved, commune, true) };
  });
}
