"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { deleteAccountAction, signOutEverywhereAction } from "../actions";

// Each form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadDeleteAccountSchema = () => import("@/lib/validation/profile").then((m) => m.deleteAccountSchema);
const loadSignOutEverywhereSchema = () => import("@/lib/validation/profile").then((m) => m.signOutEverywhereSchema);

/** « Se déconnecter partout » : confirmed in the browser, then every session of the account ends. */
export function SignOutEverywhereForm() {
  const kit = useActionForm(loadSignOutEverywhereSchema, signOutEverywhereAction, {});
  const { state, pending, formRef, formAction, onSubmit } = kit;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(e) => {
        if (window.confirm("Se déconnecter sur tous les appareils, celui-ci compris ?")) onSubmit(e);
        else e.preventDefault();
      }}
      noValidate
      className="space-y-3"
    >
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Se déconnecter partout
      </Button>
    </form>
  );
}

/** « Supprimer mon compte » : a box to tick and a confirmation; a refusal says what to do first. */
export function DeleteAccountForm() {
  const kit = useActionForm(loadDeleteAccountSchema, deleteAccountAction, { confirm: false });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const confirm = kit.checkbox("confirm", { id: "confirm" });
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(e) => {
        if (window.confirm("Supprimer définitivement votre compte ? Cette action ne peut pas être annulée.")) onSubmit(e);
        else e.preventDefault();
      }}
      noValidate
      className="space-y-3"
    >
      <FormStatus state={state} />
      <div>
        <label htmlFor={confirm.id} className="flex items-start gap-3">
          <input className="mt-1 h-4 w-4" {...confirm.control} />
          <span>Je comprends que mon compte sera supprimé : je perdrai l&apos;accès à mes espaces, et ce que j&apos;ai écrit restera sous « compte supprimé ».</span>
        </label>
        {confirm.error && (
          <p id={`${confirm.id}-error`} className="mt-1 text-sm font-semibold text-red-700">
            <span className="sr-only">Erreur : </span>
            {confirm.error}
          </p>
        )}
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        Supprimer mon compte
      </Button>
    </form>
  );
}
