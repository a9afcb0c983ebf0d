"use client";

import { Field, TextArea, describedBy } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptRequestSchema, declineRequestSchema } from "@/lib/validation/federation";
import { acceptRequestAction, declineRequestAction } from "../actions";

type Person = { userId: string; name: string; role: string };

export function AcceptRequestForm({ federationId, requestId, communeName, people }: { federationId: string; requestId: number; communeName: string; people: Person[] }) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(acceptRequestSchema, acceptRequestAction, {
    federationId,
    requestId: String(requestId),
    facilitatorIds: [],
  });
  const error = errorOf("facilitatorIds");
  const groupId = `facilitators-${requestId}`;
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={federationId} {...form.register("federationId")} />
      <input type="hidden" defaultValue={requestId} {...form.register("requestId")} />
      <fieldset aria-describedby={`${groupId}-hint${error ? ` ${groupId}-error` : ""}`}>
        <legend className="font-semibold">Qui accompagnera {communeName} ?</legend>
        <p id={`${groupId}-hint`} className="text-sm text-slate-700">
          Une ou deux personnes de la fédération.
        </p>
        <ul className="mt-2 space-y-1">
          {people.map((p) => (
            <li key={p.userId}>
              <label className="flex items-center gap-2">
                <input type="checkbox" value={p.userId} className="h-4 w-4" aria-invalid={error ? true : undefined} {...form.register("facilitatorIds")} />
                {p.name} <span className="text-sm text-slate-700">({p.role})</span>
              </label>
            </li>
          ))}
        </ul>
        {error && (
          <p id={`${groupId}-error`} className="mt-1 text-sm font-medium text-red-700">
            {error}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        Accepter et désigner
      </Button>
    </form>
  );
}

export function DeclineRequestForm({ federationId, requestId }: { federationId: string; requestId: number }) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(declineRequestSchema, declineRequestAction, {
    federationId,
    requestId: String(requestId),
    reason: "",
  });
  const id = `reason-${requestId}`;
  const error = errorOf("reason");
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={federationId} {...form.register("federationId")} />
      <input type="hidden" defaultValue={requestId} {...form.register("requestId")} />
      <Field id={id} label="Motif du refus" hint="Il sera transmis au maire." error={error} required>
        <TextArea id={id} rows={3} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, { hint: true, error: Boolean(error) })} {...form.register("reason")} />
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        Décliner la demande
      </Button>
    </form>
  );
}
