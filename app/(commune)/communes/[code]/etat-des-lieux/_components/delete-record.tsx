"use client";

import { useActionState, useRef } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { idle, type ActionState } from "@/lib/actions/state";

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
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  code: string;
  id: number;
  version: number;
  /** "Supprimer cette fiche" */
  label: string;
  question: string;
}) {
  const [state, formAction, pending] = useActionState(action, idle);
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={details} className="group rounded-md border border-red-200 bg-white p-4" open={state.status === "error" || undefined}>
      <summary className={`${buttonClasses("secondary", "sm")} cursor-pointer list-none border-red-700 text-red-800 hover:bg-red-50`}>{label}…</summary>
      <div className="mt-4 space-y-3">
        <FormStatus state={state} />
        <p className="font-semibold text-slate-900">{question}</p>
        <p className="text-sm text-slate-800">La suppression est définitive ; elle est inscrite à l&apos;historique de la commune.</p>
        <form action={formAction} className="flex flex-wrap gap-3">
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Suppression…" : "Oui, supprimer définitivement"}
          </Button>
          <button type="button" className={buttonClasses("ghost")} onClick={() => details.current?.removeAttribute("open")}>
            Non, garder
          </button>
        </form>
      </div>
    </details>
  );
}
