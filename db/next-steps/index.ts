/**
 * Next steps (journey 4): who does what by when, made from a synthesis's leads or added on the commune's
 * next steps page. Every data function is `fn(ctx, input)`, scoped by the context's workspace: another
 * commune's step or meeting is "not found". Owners are members, invitees, inventory lines or actors
 * (lib/next-steps/owner.ts); overdue is lib/next-steps/rules.ts's rule.
 */
export { nextStepOwnerOptions, type OwnerAccount } from "./owners";
export { createNextStep, deleteNextStep, setNextStepStatus, updateNextStep, type SavedNextStep } from "./steps";
export { MINE, NEXT_STEPS_PAGE_SIZE, listNextSteps, nextStepForEdit, nextStepsOfMeeting } from "./list";
export type { MeetingNextStep, NextStepForEdit, NextStepList, NextStepRow } from "./list";
export type { NextStep, StepMeeting } from "./shared";
