"use client";

import { Field, TextInput, describedBy } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestSignInLink } from "@/lib/auth/actions";
import { signInSchema } from "@/lib/validation/auth";

export function SignInForm({ retour }: { retour?: string }) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(signInSchema, requestSignInLink, {
    email: "",
    retour: retour ?? "",
  });
  const values = state.status === "error" ? state.values : undefined;
  const error = errorOf("email");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={retour ?? ""} {...form.register("retour")} />
      <Field id="email" label="Adresse e-mail" hint="Nous vous envoyons un lien de connexion, valable 15 minutes." error={error} required>
        <TextInput
          id="email"
          type="email"
          autoComplete="email"
          defaultValue={values?.email}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("email", { hint: true, error: Boolean(error) })}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi en cours…" : "Recevoir mon lien de connexion"}
      </Button>
    </form>
  );
}
