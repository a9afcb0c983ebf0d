"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createNextStep, deleteNextStep, setNextStepStatus, updateNextStep } from "@/db/next-steps";
import { formAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/state";
import { requireCommuneRole, type CommuneContext } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/domain/enums";
import { nextStepsPath } from "@/lib/next-steps/messages";
import { createNextStepSchema, deleteNextStepSchema, nextStepStatusSchema, updateNextStepSchema } from "@/lib/validation/next-steps";
import { addedMessage, tellOwner } from "./_components/tell-owner";

/** The list, and the synthesis the step comes from (it shows the meeting's steps): not the whole commune. */
function refresh(ctx: CommuneContext, meetingId: number | null) {
  revalidatePath(nextStepsPath(ctx.commune.code));
  if (meetingId !== null) revalidatePath(`/communes/${ctx.commune.code}/reunions/${meetingId}/synthese`);
}

/**
 * Adds a step and tells its owner. It answers on the form (no redirect), so that the form works wherever it
 * is placed: on the next steps page, or beside a lead of the synthesis.
 */
export const createNextStepAction = formAction({
  schema: createNextStepSchema,
  authorize: (input) => requireCommuneRole(input.code, "nextStep.manage"),
  run: async (input, ctx) => {
    const saved = createNextStep(ctx.data, input);
    const told = await tellOwner(ctx, saved, false);
    refresh(ctx, saved.step.meetingId);
    return ok(addedMessage(saved, told));
  },
});

export const updateNextStepAction = formAction({
  schema: updateNextStepSchema,
  authorize: (input) => requireCommuneRole(input.code, "nextStep.manage"),
  run: async (input, ctx) => {
    const saved = updateNextStep(ctx.data, input);
    const told = await tellOwner(ctx, saved, true);
    refresh(ctx, saved.step.meetingId);
    const done = saved.changed.length === 0 ? "inchangee" : told === "sent" ? "modifiee-prevenu" : told === "failed" ? "modifiee-email-echec" : "modifiee";
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
