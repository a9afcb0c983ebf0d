"use client";

import { TextArea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptRequestSchema, declineRequestSchema } from "@/lib/validation/federation";
import { acceptRequestAction, declineRequestAction } from "../actions";

type Person = { userId: string; name: string; role: string };

export function AcceptRequestForm({ federationId, requestId, communeName, people }: { federationId: string; requestId: number; communeName: string; people: Person[] }) {
  const kit = useActionForm(acceptRequestSchema, acceptRequestAction, {
    federationId,
    requestId: String(requestId),
    facilitatorIds: [],
  });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormStatus state={state} />
      <input {...kit.hidden("federationId")} />
      <input {...kit.hidden("requestId")} />
      <ChoiceGroup
        {...kit.choices("facilitatorIds", { id: `facilitators-${requestId}` })}
        type="checkbox"
        legend={`Qui accompagnera ${communeName} ?`}
        hint="Une ou deux personnes de la fédération."
        options={people.map((p) => ({
          value: p.userId,
          label: (
            <>
              {p.name} <span className="text-sm text-slate-700">({p.role})</span>
            </>
          ),
        }))}
      />
      <Button type="submit" disabled={pending}>
        Accepter et désigner
      </Button>
    </form>
  );
}

export function DeclineRequestForm({ federationId, requestId }: { federationId: string; requestId: number }) {
  const kit = useActionForm(declineRequestSchema, declineRequestAction, {
    federationId,
    requestId: String(requestId),
    reason: "",
  });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  if (state.status === "success") return <FormStatus state={state} />;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormStatus state={state} />
      <input {...kit.hidden("federationId")} />
      <input {...kit.hidden("requestId")} />
      <FormField noHealthData {...kit.field("reason", { id: `reason-${requestId}` })} label="Motif du refus" hint="Il sera transmis au maire." required>
        {(control) => <TextArea rows={3} {...control} />}
      </FormField>
      <Button type="submit" variant="danger" disabled={pending}>
        Décliner la demande
      </Button>
    </form>
  );
}
