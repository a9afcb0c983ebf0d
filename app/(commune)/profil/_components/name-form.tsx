"use client";

import { TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { changeNameAction, giveNameAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadOwnNameSchema = () => import("@/lib/validation/profile").then((m) => m.ownNameSchema);

/** « Prénom et nom » : at first sign-in (`retour` given: then back there), or on the profile page. */
export function NameForm({ name, retour }: { name: string; retour?: string }) {
  const firstTime = retour !== undefined;
  const kit = useActionForm(loadOwnNameSchema, firstTime ? giveNameAction : changeNameAction, { name, retour: retour ?? "" });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      {firstTime && <input {...kit.hidden("retour")} />}
      <FormField {...kit.field("name")} label="Prénom et nom" hint="Tel qu'il apparaîtra aux autres membres, dans les e-mails et l'historique. Par exemple : Claire Bonnefous." required>
        {(control) => <TextInput autoComplete="name" maxLength={80} {...control} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {firstTime ? "Continuer" : "Enregistrer mon nom"}
      </Button>
    </form>
  );
}
