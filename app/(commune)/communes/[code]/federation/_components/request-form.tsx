"use client";

import { TextArea, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestFederationAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadFederationRequestSchema = () => import("@/lib/validation/workspace").then((m) => m.federationRequestSchema);

type Option = { id: string; label: string };

export function FederationRequestForm({ code, proposedId, options, defaultMessage }: { code: string; proposedId: string | null; options: Option[]; defaultMessage: string }) {
  const kit = useActionForm(loadFederationRequestSchema, requestFederationAction, {
    code,
    federationId: proposedId ?? "",
    message: defaultMessage,
  });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus state={state} />
      <input {...kit.hidden("code")} />
      <FormField {...kit.field("federationId")} label="Fédération à solliciter" hint="Celle de votre région est proposée ; vous pouvez en choisir une autre." required>
        {(control) => (
          <Select {...control}>
            <option value="">— Choisir —</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField noHealthData {...kit.field("message")} label="Votre message" hint="Présentez en quelques lignes la situation de la commune et ce que vous attendez (4 000 caractères au plus)." required>
        {(control) => <TextArea rows={8} {...control} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi…" : "Envoyer la demande"}
      </Button>
    </form>
  );
}
