"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { deleteNextStep, setNextStepStatus } from "@/db/next-steps";
import { formAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/state";
import { requireCommuneRole, type CommuneContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/domain/enums";
import { createNextStepAndTell, updateNextStepAndTell } from "@/lib/mail/next-step-changes";
import { nextStepsPath } from "@/lib/next-steps/messages";
import { createNextStepSchema, deleteNextStepSchema, nextStepStatusSchema, updateNextStepSchema } from "@/lib/validation/next-steps";
import { addedMessage } from "./_components/tell-owner";

/** The list, and the synthesis the step comes from (it shows the meeting's steps): not the whole commune. */
function refresh(ctx: CommuneContext, meetingId: number | null) {
  revalidatePath(nextStepsPath(ctx.commune.code));
  if (meetingId !== null) revalidatePath(`/communes/${ctx.commune.code}/reunions/${meetingId}/synthese`);
}

/**
 * Adds a step and writes the e-mail telling its owner, in one transaction. It answers on the form (no redirect), so that the form works wherever it
 * is placed: on the next steps page, or beside a lead of the synthesis.
 */
export const createNextStepAction = formAction({
  schema: createNextStepSchema,
  authorize: (input) => requireCommuneRole(input.code, "nextStep.manage"),
  run: async (input, ctx) => {
    const saved = createNextStepAndTell(ctx.data, input, ctx.commune);
    refresh(ctx, saved.step.meetingId);
    return ok(addedMessage(saved));
  },
});

export const updateNextStepAction = formAction({
  schema: updateNextStepSchema,
  authorize: (input) => requireCommuneRole(input.code, "nextStep.manage"),
  run: async (input, ctx) => {
    const saved = updateNextStepAndTell(ctx.data, input, ctx.commune);
    refresh(ctx, saved.step.meetingId);
    const done = saved.changed.length === 0 ? "inchangee" : saved.told ? "modifiee-prevenu" : "modifiee";
    redirect(`${nextStepsPath(ctx.commune.code)}?fait=${done}#etape-${saved.step.id}`);
  },
});

/** The team changes any step's status; anyone else only the steps they own (another's is "not found"). */
export const setNextStepStatusAction = formAction({
  schema: nextStepStatusSchema,
  authorize: (input) => requireCommuneRole(input.code, ["nextStep.manage", "nextStep.updateOwn"]),
  run: async (input, ctx) => {
    const { step, changed } = setNextStepStatus(ctx.data, { ...input, manage: can(ctx.roles, "nextStep.manage") });
    refresh(ctx, step.meetingId);
    const label = NEXT_STEP_STATUS_LABELS[step.status].toLowerCase();
    return ok(changed ? `Statut enregistré : « ${step.title} » est maintenant « ${label} ».` : `« ${step.title} » était déjà « ${label} ».`);
  },
});

export const deleteNextStepAction = formAction({
  schema: deleteNextStepSchema,
  authorize: (input) => requireCommuneRole(input.code, "nextStep.manage"),
  run: async (input, ctx) => {
    const deleted = deleteNextStep(ctx.data, input);
    refresh(ctx, deleted.meetingId);
    redirect(`${nextStepsPath(ctx.commune.code)}?fait=supprimee`);
  },
});
