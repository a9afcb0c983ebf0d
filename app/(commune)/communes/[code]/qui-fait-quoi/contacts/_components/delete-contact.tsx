"use client";

import { useRef } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { deletePartnerContactAction } from "../../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadDeletePartnerContactSchema = () => import("@/lib/validation/roles").then((m) => m.deletePartnerContactSchema);

/** Deleting asks first (a native disclosure: it works without JavaScript); a contact changed since it was opened is kept. */
export function DeleteContact({ code, id, version, name }: { code: string; id: number; version: number; name: string }) {
  const kit = useActionForm(loadDeletePartnerContactSchema, deletePartnerContactAction, { code, id: String(id), version: String(version) });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={details} className="rounded-md border border-red-200 bg-white p-4" open={state.status === "error" || undefined}>
      <summary className={`${buttonClasses("secondary", "sm")} cursor-pointer list-none border-red-700 text-red-800 hover:bg-red-50`}>Supprimer ce contact…</summary>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-4 space-y-3">
        <FormStatus state={state} />
        <p className="font-semibold text-slate-900">Supprimer définitivement le contact « {name} » de l&apos;annuaire ?</p>
        <p className="text-sm text-slate-800">La suppression est inscrite à l&apos;historique de la commune.</p>
        <input {...kit.hidden("code")} />
        <input {...kit.hidden("id")} />
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
