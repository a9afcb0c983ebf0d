"use client";

import { Field, TextArea, Select, describedBy } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { federationRequestSchema } from "@/lib/validation/workspace";
import { requestFederationAction } from "../actions";

type Option = { id: string; label: string };

export function FederationRequestForm({ code, proposedId, options, defaultMessage }: { code: string; proposedId: string | null; options: Option[]; defaultMessage: string }) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(federationRequestSchema, requestFederationAction, {
    code,
    federationId: proposedId ?? "",
    message: defaultMessage,
  });
  const kept = state.status === "error" ? state.values : undefined;
  const fedError = errorOf("federationId");
  const msgError = errorOf("message");
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <Field id="federationId" label="Fédération à solliciter" hint="Celle de votre région est proposée ; vous pouvez en choisir une autre." error={fedError} required>
        <Select
          id="federationId"
          defaultValue={kept?.federationId}
          aria-invalid={fedError ? true : undefined}
          aria-describedby={describedBy("federationId", { hint: true, error: Boolean(fedError) })}
          {...form.register("federationId")}
        >
          <option value="">— Choisir —</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="message" label="Votre message" hint="Présentez en quelques lignes la situation de la commune et ce que vous attendez (4 000 caractères au plus)." error={msgError} required>
        <TextArea
          id="message"
          rows={8}
          defaultValue={kept?.message}
          aria-invalid={msgError ? true : undefined}
          aria-describedby={describedBy("message", { hint: true, error: Boolean(msgError) })}
          {...form.register("message")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi…" : "Envoyer la demande"}
      </Button>
    </form>
  );
}
