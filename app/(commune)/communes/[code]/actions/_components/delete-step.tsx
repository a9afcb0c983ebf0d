"use client";

import { useRef } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { deleteNextStepAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadDeleteNextStepSchema = () => import("@/lib/validation/next-steps").then((m) => m.deleteNextStepSchema);

/** Deleting asks first (a native disclosure: it works without JavaScript); a step changed since it was opened is kept. */
export function DeleteStep({ code, id, version, title }: { code: string; id: number; version: number; title: string }) {
  const kit = useActionForm(loadDeleteNextStepSchema, deleteNextStepAction, { code, nextStepId: String(id), version: String(version) });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={details} className="rounded-md border border-red-200 bg-white p-4" open={state.status === "error" || undefined}>
      <summary className={`${buttonClasses("secondary", "sm")} cursor-pointer list-none border-red-700 text-red-800 hover:bg-red-50`}>Supprimer cette prochaine étape…</summary>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
        <FormStatus state={state} />
        <p className="font-semibold text-slate-900">Supprimer définitivement « {title} » ?</p>
        <p className="text-sm text-slate-800">
          Si elle n&apos;est plus d&apos;actualité, vous pouvez plutôt la marquer « Abandonné » : elle restera visible. La suppression est inscrite à l&apos;historique de la commune.
        </p>
        <input {...kit.hidden("code")} />
        <input {...kit.hidden("nextStepId")} />
        <input {...kit.hidden("version")} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Suppression…" : "Oui, supprimer définitivement"}
          </Button>
          <button type="button" className={buttonClasses("ghost")} onClick={() => details.current?.removeAttribute("open")}>
            Non, garder
          </button>
        </div>
      </form>
    </details>
  );
}
