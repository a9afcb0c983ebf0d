"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm, type SchemaLoader } from "@/components/forms/use-action-form";
import type { ActionState } from "@/lib/actions/state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type RemoveConfirmProps = {
  loadSchema: SchemaLoader;
  action: Action;
  values: Record<string, string>;
  title: string;
  confirmLabel: string;
  cancelHref: string;
  children: ReactNode;
};

/**
 * The confirmation of a removal, for the one person selected by the page's `?retirer=` (a GET that only
 * selects; the removal is this form's POST): what will happen, then "Oui, retirer…" or "Non, annuler" (a link
 * back to the page without the selection). `values` are the hidden fields the action's schema parses.
 * A refusal (the last maire, the last admin) comes back above the buttons and takes the focus. A schema's loader
 * cannot cross from a server component: each use is a small client component of its route that names its schema and action.
 */
export function RemoveConfirm({ loadSchema, action, values, title, confirmLabel, cancelHref, children }: RemoveConfirmProps) {
  const { state, pending, formRef, formAction, onSubmit, hidden } = useActionForm(loadSchema, action, values);
  return (
    <section id="retirer" aria-labelledby="retirer-titre" className="mt-4 rounded-lg border-2 border-red-700 bg-white p-5 shadow-sm">
      <h3 id="retirer-titre" className="break-words text-lg font-bold text-slate-900">
        {title}
      </h3>
      <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <FormStatus state={state} />
        <div className="space-y-2 text-slate-800">{children}</div>
        {Object.keys(values).map((name) => (
          <input key={name} {...hidden(name)} />
        ))}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Retrait…" : confirmLabel}
          </Button>
          <Link href={cancelHref} className={buttonClasses("ghost")}>
            Non, annuler
          </Link>
        </div>
      </form>
    </section>
  );
}
