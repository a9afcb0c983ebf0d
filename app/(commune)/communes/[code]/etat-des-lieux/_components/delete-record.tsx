"use client";

import { useRef } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionState } from "@/lib/actions/state";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadDeleteRecordSchema = () => import("@/lib/validation/inventory").then((m) => m.deleteRecordSchema);

/**
 * Deleting asks first: a disclosure (native <details>, it works without JavaScript) holding the sentence that says
 * what will be lost and the confirming button. The version goes along: a record changed since it was opened is
 * not deleted.
 */
export function DeleteRecord({
  action,
  code,
  id,
  version,
  label,
  question,
  explanation = "La suppression est définitive ; elle est inscrite à l'historique de la commune.",
  confirmLabel = "Oui, supprimer définitivement",
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  code: string;
  id: number;
  version: number;
  /** "Supprimer cette fiche" */
  label: string;
  question: string;
  /** What will be lost, under the question. */
  explanation?: string;
  confirmLabel?: string;
}) {
  const kit = useActionForm(loadDeleteRecordSchema, action, { code, id: String(id), version: String(version) });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={details} className="group rounded-md border border-red-200 bg-white p-4" open={state.status === "error" || undefined}>
      <summary className={`${buttonClasses("secondary", "sm")} cursor-pointer list-none border-red-700 text-red-800 hover:bg-red-50`}>{label}…</summary>
      {/* The whole disclosure is the form: a refusal's message, inside it, gets the focus. */}
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
        <FormStatus state={state} />
        <p className="font-semibold text-slate-900">{question}</p>
        <p className="text-sm text-slate-800">{explanation}</p>
        <input {...kit.hidden("code")} />
        <input {...kit.hidden("id")} />
        <input {...kit.hidden("version")} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Un instant…" : confirmLabel}
          </Button>
          <button type="button" className={buttonClasses("ghost")} onClick={() => details.current?.removeAttribute("open")}>
            Non, garder
          </button>
        </div>
      </form>
    </details>
  );
}
