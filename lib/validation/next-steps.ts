/**
 * The next steps' forms, one schema for browser and server: adding one (from the synthesis's lead or on
 * the next steps page), editing it, changing its status, deleting it. The owner is one string (see
 * lib/next-steps/owner.ts); the hidden references (meeting, next step, version) are checked here and refused
 * with a message for the whole form, since nobody can correct a hidden field.
 */
import * as z from "zod/mini";
import { NEXT_STEP_STATUSES } from "@/lib/domain/enums";
import { parseOwnerValue, type OwnerRef } from "@/lib/next-steps/owner";
import { communeCodeField, isoDay, orEmpty } from "./common";
import { cleanLine, cleanSingleLine, cleanText } from "./text";
import { DETAILS_MAX, TITLE_MAX, TITLE_MIN } from "./limits";

export { DETAILS_MAX, TITLE_MAX, TITLE_MIN };
export const LEAD_MAX = 1000;

export const OWNER_MISSING = "Choisissez qui s'en charge.";

/** Run the checks of the hidden references even when a visible field failed: every message at once. */
const ALWAYS = { when: () => true };

const ROW_ID = /^[1-9]\d{0,11}$/;
const hiddenText = orEmpty(z.string());

const MESSAGES = {
  meetingId: "Cette réunion n'existe pas ou plus : rechargez la page.",
  nextStepId: "Cette prochaine étape n'existe pas ou plus : rechargez la page.",
  version: "Rechargez la page : la version de cette prochaine étape manque.",
  lead: `La piste reprise de la synthèse est trop longue (${LEAD_MAX.toLocaleString("fr-FR")} caractères au plus).`,
} as const;

/** What a person types: the same for adding and editing. */
const stepFields = {
  code: communeCodeField,
  title: cleanLine("Donnez un intitulé à la prochaine étape.").check(
    z.minLength(TITLE_MIN, `Donnez un intitulé à la prochaine étape (${TITLE_MIN} caractères au moins).`),
    z.maxLength(TITLE_MAX, `L'intitulé ne peut pas dépasser ${TITLE_MAX} caractères.`),
  ),
  details: orEmpty(cleanText().check(z.maxLength(DETAILS_MAX, `Les précisions ne peuvent pas dépasser ${DETAILS_MAX.toLocaleString("fr-FR")} caractères.`))),
  owner: z
    .string({ error: OWNER_MISSING })
    .check(
      z.trim(),
      z.minLength(1, OWNER_MISSING),
      z.refine((v: string) => parseOwnerValue(v) !== null, "Choisissez qui s'en charge dans la liste."),
    ),
  dueOn: isoDay,
};

/** A next step's fields once parsed. */
export type NextStepFields = { title: string; details: string; owner: OwnerRef; dueOn: string };

const fieldsOf = (v: { title: string; details: string; owner: string; dueOn: string }): NextStepFields => ({
  title: v.title,
  details: v.details,
  owner: parseOwnerValue(v.owner)!,
  dueOn: v.dueOn,
});

type Issue = (message: string) => void;
const rootIssue = (ctx: z.core.$RefinementCtx): Issue => (message) => ctx.addIssue({ code: "custom", path: [], message });
const text = (x: unknown) => (typeof x === "string" ? x.trim() : "");

function checkStepRef(v: { nextStepId?: unknown; version?: unknown }, issue: Issue) {
  if (!ROW_ID.test(text(v.nextStepId))) issue(MESSAGES.nextStepId);
  else if (!ROW_ID.test(text(v.version))) issue(MESSAGES.version);
}

export const createNextStepSchema = z.pipe(
  z.object({ ...stepFields, meetingId: hiddenText, lead: hiddenText }).check(
    z.superRefine((v, ctx) => {
      const issue = rootIssue(ctx);
      const meetingId = text(v.meetingId);
      if (meetingId && !ROW_ID.test(meetingId)) issue(MESSAGES.meetingId);
      if (cleanSingleLine(text(v.lead)).length > LEAD_MAX) issue(MESSAGES.lead);
    }, ALWAYS),
  ),
  z.transform((v) => ({
    code: v.code,
    meetingId: v.meetingId.trim() ? Number(v.meetingId.trim()) : null,
    lead: cleanSingleLine(v.lead) || null,
    step: fieldsOf(v),
  })),
);
export type CreateNextStepInput = z.output<typeof createNextStepSchema>;

export const updateNextStepSchema = z.pipe(
  z.object({ ...stepFields, nextStepId: hiddenText, version: hiddenText }).check(z.superRefine((v, ctx) => checkStepRef(v, rootIssue(ctx)), ALWAYS)),
  z.transform((v) => ({ code: v.code, nextStepId: Number(v.nextStepId), version: Number(v.version), step: fieldsOf(v) })),
);
export type UpdateNextStepInput = z.output<typeof updateNextStepSchema>;

/** The form's values, as the browser holds them (adding and editing share the form). */
export type NextStepFormValues = {
  code: string;
  meetingId: string;
  lead: string;
  nextStepId: string;
  version: string;
  title: string;
  details: string;
  owner: string;
  dueOn: string;
};

export const nextStepStatusSchema = z.pipe(
  z
    .object({
      code: communeCodeField,
      nextStepId: hiddenText,
      version: hiddenText,
      status: z.enum(NEXT_STEP_STATUSES, { error: "Choisissez un statut dans la liste." }),
    })
    .check(z.superRefine((v, ctx) => checkStepRef(v, rootIssue(ctx)), ALWAYS)),
  z.transform((v) => ({ code: v.code, nextStepId: Number(v.nextStepId), version: Number(v.version), status: v.status })),
);
export type NextStepStatusValues = z.input<typeof nextStepStatusSchema>;

export const deleteNextStepSchema = z.pipe(
  z.object({ code: communeCodeField, nextStepId: hiddenText, version: hiddenText }).check(z.superRefine((v, ctx) => checkStepRef(v, rootIssue(ctx)), ALWAYS)),
  z.transform((v) => ({ code: v.code, nextStepId: Number(v.nextStepId), version: Number(v.version) })),
);
export type DeleteNextStepValues = z.input<typeof deleteNextStepSchema>;
