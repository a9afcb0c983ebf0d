"use client";

import { TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestSignInLink } from "@/lib/auth/actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadSignInSchema = () => import("@/lib/validation/auth").then((m) => m.signInSchema);

export function SignInForm({ retour }: { retour?: string }) {
  const kit = useActionForm(loadSignInSchema, requestSignInLink, {
    email: "",
    retour: retour ?? "",
  });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input {...kit.hidden("retour")} />
      <FormField {...kit.field("email")} label="Adresse e-mail" hint="Nous vous envoyons un lien de connexion, valable 15 minutes." required>
        {(control) => <TextInput type="email" autoComplete="email" {...control} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi en cours…" : "Recevoir mon lien de connexion"}
      </Button>
    </form>
  );
}
