"use client";

import { useEffect } from "react";
import { Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { NEXT_STEP_STATUSES, NEXT_STEP_STATUS_LABELS, type NextStepStatus } from "@/lib/domain/enums";
import { setNextStepStatusAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadNextStepStatusSchema = () => import("@/lib/validation/next-steps").then((m) => m.nextStepStatusSchema);

/**
 * One step's status, changed in place: a labelled select and a button (the version goes along, hidden). The
 * page shows it only to those who may: the team, and the step's owner.
 */
export function StatusForm({ code, step }: { code: string; step: { id: number; version: number; status: NextStepStatus; title: string } }) {
  const kit = useActionForm(loadNextStepStatusSchema, setNextStepStatusAction, { code, nextStepId: String(step.id), version: String(step.version), status: step.status });
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  const status = kit.field("status", { id: `statut-${step.id}` });

  // The page is refreshed after a change: the next change goes with the version now stored.
  useEffect(() => {
    form.setValue("version", String(step.version));
  }, [form, step.version]);

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <FormStatus state={state} />
      <input {...kit.hidden("code")} />
      <input {...kit.hidden("nextStepId")} />
      <input {...kit.hidden("version")} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-full space-y-1 sm:w-48">
          <label htmlFor={status.id} className="block text-sm font-semibold text-slate-900">
            Statut<span className="sr-only"> de « {step.title} »</span>
          </label>
          <Select {...status.control}>
            {NEXT_STEP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {NEXT_STEP_STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" size="sm" variant="secondary" disabled={pending} className="py-2">
          {pending ? "Enregistrement…" : "Changer le statut"}
          <span className="sr-only"> de « {step.title} »</span>
        </Button>
      </div>
      {status.error && (
        <p id={`${status.id}-error`} className="text-sm font-semibold text-red-700">
          <span className="sr-only">Erreur : </span>
          {status.error}
        </p>
      )}
    </form>
  );
}
