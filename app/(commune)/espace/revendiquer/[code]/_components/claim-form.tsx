"use client";

import { TextArea, TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { fileClaimAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadFileClaimSchema = () => import("@/lib/validation/claims").then((m) => m.fileClaimSchema);

export function ClaimForm({ code, name }: { code: string; name: string }) {
  const kit = useActionForm(loadFileClaimSchema, fileClaimAction, { code, name, role: "", phone: "", message: "" });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus state={state} />
      <input {...kit.hidden("code")} />
      <FormField {...kit.field("name")} label="Prénom et nom" required>
        {(control) => <TextInput autoComplete="name" {...control} />}
      </FormField>
      <FormField {...kit.field("role")} label="Fonction à la mairie" hint="Par exemple : Maire, Maire déléguée, Premier adjoint agissant pour le maire." required>
        {(control) => <TextInput autoComplete="organization-title" {...control} />}
      </FormField>
      <FormField {...kit.field("phone")} label="Téléphone" hint="Un numéro français où la fédération peut vous rappeler, par exemple 04 66 32 00 00." required>
        {(control) => <TextInput type="tel" autoComplete="tel" {...control} />}
      </FormField>
      <FormField {...kit.field("message")} label="Message" hint="Depuis quand vous êtes maire, comment joindre la mairie pour le vérifier (2 000 caractères au plus)." required>
        {(control) => <TextArea rows={5} {...control} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi…" : "Envoyer ma revendication"}
      </Button>
    </form>
  );
}
