/**
 * What the next steps' files share: the stored record, finding one of the workspace, the meeting it comes
 * from, the due-date rule against that meeting, and the stored version for a conflict.
 */
import { and, eq } from "drizzle-orm";
import type { DataContext, Queryable } from "../context";
import { meetings, nextSteps, users } from "../schema";
import { displayName } from "../users";
import { ConflictError, FieldError, FormError, NotFoundError } from "@/lib/domain/errors";
import { formatDate, formatDateTime } from "@/lib/dates";
import { nextStepConflict } from "@/lib/next-steps/form-values";
import { firstDueDay } from "@/lib/next-steps/rules";

export type NextStep = typeof nextSteps.$inferSelect;

/** What reads need: the database, the workspace they are scoped to, and the clock (overdue is "before today"). */
export type StepsReader = Pick<DataContext, "db" | "workspace" | "now">;

/** The meeting a step comes from, as the step's pages and e-mail name it. */
export type StepMeeting = { id: number; title: string; startsAt: Date };

export const STEP_NOT_FOUND = "Cette prochaine étape n'existe pas ou plus : elle a peut-être été supprimée. Rechargez la page.";

/** One step of the workspace, or undefined when it is not there (or another commune's). */
export function findStep(ctx: Pick<DataContext, "db" | "workspace">, id: number): NextStep | undefined {
  return ctx.db
    .select()
    .from(nextSteps)
    .where(and(eq(nextSteps.id, id), eq(nextSteps.workspaceId, ctx.workspace.id)))
    .get();
}

/** The step, or a NotFoundError (nothing is written: the caller is inside its transaction). */
export function stepOrNotFound(ctx: Pick<DataContext, "db" | "workspace">, id: number): NextStep {
  const step = findStep(ctx, id);
  if (!step) throw new NotFoundError(STEP_NOT_FOUND);
  return step;
}

/** A meeting of the workspace, or null. */
export function meetingOfWorkspace(ctx: Pick<DataContext, "db" | "workspace">, id: number): StepMeeting | null {
  return (
    ctx.db
      .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
      .from(meetings)
      .where(and(eq(meetings.id, id), eq(meetings.workspaceId, ctx.workspace.id)))
      .get() ?? null
  );
}

/** A step decided at a meeting is due on the meeting's day (Paris) or later. */
export function checkDueOn(meeting: StepMeeting | null, dueOn: string) {
  if (!meeting) return;
  const first = firstDueDay(meeting);
  if (dueOn < first) throw new FieldError("dueOn", `La date prévue ne peut pas précéder la réunion du ${formatDate(first)} : choisissez ce jour-là ou un jour suivant.`);
}

function updaterOf(db: Queryable, step: NextStep): string | null {
  const who = step.updatedBy ? db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, step.updatedBy)).get() : undefined;
  return who ? displayName(who) : null;
}

/** The step saved over a newer version: what is stored now, for the form to show beside what was typed. */
export function conflictOf(db: Queryable, step: NextStep): ConflictError {
  return new ConflictError(nextStepConflict(step, { version: step.version, updatedAt: step.updatedAt, updatedByName: updaterOf(db, step) }));
}

/** A short form (status, deletion) sent over a newer version: refused, with who changed it and when. */
export function staleError(db: Queryable, step: NextStep): FormError {
  return new FormError(
    `${updaterOf(db, step) ?? "Quelqu'un"} a modifié cette prochaine étape le ${formatDateTime(step.updatedAt)}, depuis que vous avez ouvert la page : rechargez la page pour voir où elle en est.`,
  );
}
