/**
 * A stored next step as the form's string fields: the edit form's defaults, and "their" side of a conflict.
 * Pure; db/next-steps reads the step and calls these.
 */
import type { Conflict } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/dates";
import { ownerValue, type StoredOwner } from "./owner";

export type StoredStep = StoredOwner & { title: string; details: string; ownerLabel: string; dueOn: string };

/** The fields as the form names them; `ownerLabel` names the owner for the conflict view. */
export function nextStepFormValues(s: StoredStep): Record<"title" | "details" | "owner" | "ownerLabel" | "dueOn", string> {
  return { title: s.title, details: s.details, owner: ownerValue(s), ownerLabel: s.ownerLabel, dueOn: s.dueOn };
}

/** What a ConflictError carries for a step saved over a newer version. */
export function nextStepConflict(s: StoredStep, stored: { version: number; updatedAt: Date; updatedByName: string | null }): Conflict {
  return { theirs: nextStepFormValues(s), updatedBy: stored.updatedByName ?? "Quelqu'un", updatedAt: formatDateTime(stored.updatedAt), version: stored.version };
}
