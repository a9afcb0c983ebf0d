/**
 * Writing next steps: add one (from a synthesis's lead or on the next steps page), edit it, change its
 * status, delete it. Each write is one IMMEDIATE transaction with its history event; a step carries a
 * version, and a save over a newer version is refused (nothing written). The caller e-mails afterwards.
 */
import { and, eq } from "drizzle-orm";
import { write, within, type DataContext } from "../context";
import { nextSteps, professionals } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { NotFoundError } from "@/lib/domain/errors";
import { NEXT_STEP_STATUS_LABELS, type NextStepStatus } from "@/lib/domain/enums";
import { formatDate } from "@/lib/dates";
import { ownerValue, ownerRefValue } from "@/lib/next-steps/owner";
import type { NextStepFields } from "@/lib/validation/next-steps";
import { resolveOwner, type OwnerAccount, type ResolvedOwner } from "./owners";
import { STEP_NOT_FOUND, checkDueOn, conflictOf, meetingOfWorkspace, staleError, stepOrNotFound, type NextStep, type StepMeeting } from "./shared";

/** A step written, the meeting it comes from, and the owner to tell by e-mail (an account, not the actor). */
export type SavedNextStep = { step: NextStep; meeting: StepMeeting | null; notify: OwnerAccount | null };

const notifiable = (ctx: DataContext, owner: ResolvedOwner) => (owner.account && owner.account.userId !== ctx.actor.id ? owner.account : null);

/**
 * A new next step. Its owner must be of this workspace; when it comes from a meeting, the meeting must be
 * this workspace's (else not found) and the step due on the meeting's day or later.
 */
export function createNextStep(ctx: DataContext, input: { meetingId: number | null; lead: string | null; step: NextStepFields }): SavedNextStep {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const c = within(ctx, tx);
    const meeting = input.meetingId === null ? null : meetingOfWorkspace(c, input.meetingId);
    if (input.meetingId !== null && !meeting) throw new NotFoundError("Cette réunion n'existe pas ou plus : rechargez la page.");
    const owner = resolveOwner(c, input.step.owner);
    checkDueOn(meeting, input.step.dueOn);
    const step = tx
      .insert(nextSteps)
      .values({
        workspaceId: workspace.id,
        meetingId: meeting?.id ?? null,
        lead: meeting ? input.lead : null,
        title: input.step.title,
        details: input.step.details,
        ...owner.columns,
        ownerLabel: owner.label,
        dueOn: input.step.dueOn,
        createdBy: actor.id,
        createdAt: now,
        updatedBy: actor.id,
        updatedAt: now,
      })
      .returning()
      .get();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "next_step.created",
      summary: `${displayName(actor)} a ajouté la prochaine étape « ${step.title} », confiée à ${owner.label}, d'ici le ${formatDate(step.dueOn)}${meeting ? ` (suite de la réunion « ${meeting.title} »)` : ""}.`,
      createdAt: now,
    });
    return { step, meeting, notify: notifiable(ctx, owner) };
  });
}

/** Edits a step (the team). Its owner is e-mailed only when the owner changed. */
export function updateNextStep(ctx: DataContext, input: { nextStepId: number; version: number; step: NextStepFields }): SavedNextStep & { changed: string[] } {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const c = within(ctx, tx);
    const current = stepOrNotFound(c, input.nextStepId);
    if (current.version !== input.version) throw conflictOf(tx, current);
    const meeting = current.meetingId === null ? null : meetingOfWorkspace(c, current.meetingId);
    // The same owner is kept as stored, even when they are no longer offered (left the workspace, say).
    const sameOwner = ownerValue(current) === ownerRefValue(input.step.owner);
    const owner: ResolvedOwner | null = sameOwner ? null : resolveOwner(c, input.step.owner);
    checkDueOn(meeting, input.step.dueOn);

    const next = { title: input.step.title, details: input.step.details, dueOn: input.step.dueOn };
    const changed = [
      ...(next.title !== current.title ? ["intitulé"] : []),
      ...(next.details !== current.details ? ["précisions"] : []),
      ...(owner ? [`responsable : ${owner.label}`] : []),
      ...(next.dueOn !== current.dueOn ? [`date prévue : ${formatDate(next.dueOn)}`] : []),
    ];
    if (changed.length === 0) return { step: current, meeting, notify: null, changed };
    const res = tx
      .update(nextSteps)
      .set({ ...next, ...(owner ? { ...owner.columns, ownerLabel: owner.label } : {}), version: current.version + 1, updatedBy: actor.id, updatedAt: now })
      .where(and(eq(nextSteps.id, current.id), eq(nextSteps.workspaceId, workspace.id), eq(nextSteps.version, input.version)))
      .run();
    if (res.changes !== 1) throw conflictOf(tx, current);
    const step = stepOrNotFound(c, current.id);
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "next_step.updated",
      summary: `${displayName(actor)} a modifié la prochaine étape « ${step.title} » (${changed.join(", ")}).`,
      createdAt: now,
    });
    return { step, meeting, notify: owner ? notifiable(ctx, owner) : null, changed };
  });
}

/** Whether the actor owns the step: given to them as a member, or to the inventory line linked to their account. */
function ownsStep(ctx: DataContext, step: NextStep): boolean {
  if (step.ownerUserId === ctx.actor.id) return true;
  if (step.ownerProfessionalId === null) return false;
  const line = ctx.db
    .select({ id: professionals.id })
    .from(professionals)
    .where(and(eq(professionals.id, step.ownerProfessionalId), eq(professionals.workspaceId, ctx.workspace.id), eq(professionals.userId, ctx.actor.id)))
    .get();
  return Boolean(line);
}

/**
 * Changes a step's status: the team any step (`manage`), anyone else only the steps they own — another's
 * step is "not found" for them. "Fait" stamps the day it was done; leaving "fait" clears it.
 */
export function setNextStepStatus(
  ctx: DataContext,
  input: { nextStepId: number; version: number; status: NextStepStatus; manage: boolean },
): { step: NextStep; changed: boolean } {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const c = within(ctx, tx);
    const current = stepOrNotFound(c, input.nextStepId);
    if (!input.manage && !ownsStep(c, current)) throw new NotFoundError(STEP_NOT_FOUND);
    // Two people marking the same status: the second has nothing to do, whatever version they saw.
    if (current.status === input.status) return { step: current, changed: false };
    if (current.version !== input.version) throw staleError(tx, current);
    const res = tx
      .update(nextSteps)
      .set({ status: input.status, doneAt: input.status === "fait" ? now : null, version: current.version + 1, updatedBy: actor.id, updatedAt: now })
      .where(and(eq(nextSteps.id, current.id), eq(nextSteps.workspaceId, workspace.id), eq(nextSteps.version, input.version)))
      .run();
    if (res.changes !== 1) throw staleError(tx, current);
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "next_step.status_changed",
      summary: `${displayName(actor)} a passé la prochaine étape « ${current.title} » de « ${NEXT_STEP_STATUS_LABELS[current.status]} » à « ${NEXT_STEP_STATUS_LABELS[input.status]} ».`,
      createdAt: now,
    });
    return { step: stepOrNotFound(c, current.id), changed: true };
  });
}

/** Deletes a step (the team); refused when it changed since `version`. */
export function deleteNextStep(ctx: DataContext, input: { nextStepId: number; version: number }): NextStep {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const current = stepOrNotFound(within(ctx, tx), input.nextStepId);
    if (current.version !== input.version) throw staleError(tx, current);
    tx.delete(nextSteps).where(and(eq(nextSteps.id, current.id), eq(nextSteps.workspaceId, workspace.id))).run();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "next_step.deleted",
      summary: `${displayName(actor)} a supprimé la prochaine étape « ${current.title} » (confiée à ${current.ownerLabel}).`,
      createdAt: now,
    });
    return current;
  });
}
