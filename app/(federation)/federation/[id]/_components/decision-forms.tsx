"use client";

import { TextArea, TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptRequestAction, declineRequestAction } from "../actions";

// Each form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadAcceptRequestSchema = () => import("@/lib/validation/federation").then((m) => m.acceptRequestSchema);
const loadDeclineRequestSchema = () => import("@/lib/validation/federation").then((m) => m.declineRequestSchema);

type Person = { userId: string; name: string; role: string };

export function AcceptRequestForm({
  federationId,
  requestId,
  communeName,
  requesterName,
  people,
  needsVerification,
}: {
  federationId: string;
  requestId: number;
  communeName: string;
  requesterName: string;
  people: Person[];
  /** The workspace is still "à vérifier": accepting verifies it, after a call to the town hall. */
  needsVerification: boolean;
}) {
  const kit = useActionForm(loadAcceptRequestSchema, acceptRequestAction, {
    federationId,
    requestId: String(requestId),
    facilitatorIds: [],
    mandateChecked: false,
    mandateCheckHow: "",
  });
  const checked = kit.checkbox("mandateChecked", { id: `mandate-${requestId}`, hint: true });
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
      {needsVerification && (
        <fieldset className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
          <legend className="px-1 font-semibold text-slate-900">Vérification du mandat (obligatoire)</legend>
          <p id={`${checked.id}-hint`} className="text-sm text-slate-800">
            L&apos;espace de {communeName} n&apos;est pas encore vérifié : n&apos;importe qui peut ouvrir l&apos;espace d&apos;une commune.
            Appelez la mairie (son numéro est sur le site de la commune ou l&apos;annuaire du service public) pour confirmer que{" "}
            {requesterName} en est bien le maire. En acceptant, vous ouvrez à l&apos;espace l&apos;envoi des invitations.
          </p>
          <div className="flex items-start gap-2">
            <input {...checked.control} className="mt-1 h-5 w-5" />
            <label htmlFor={checked.id} className="font-semibold text-slate-900">
              J&apos;ai vérifié auprès de la mairie que {requesterName} est bien maire de {communeName}
            </label>
          </div>
          {checked.error && (
            <p id={`${checked.id}-error`} className="text-sm font-semibold text-red-700">
              <span className="sr-only">Erreur : </span>
              {checked.error}
            </p>
          )}
          <FormField {...kit.field("mandateCheckHow", { id: `mandate-how-${requestId}`, hint: true })} label="Comment (facultatif)" hint="Par exemple : appel au secrétariat de la mairie le 3 décembre.">
            {(control) => <TextInput {...control} />}
          </FormField>
        </fieldset>
      )}
      <Button type="submit" disabled={pending}>
        Accepter et désigner
      </Button>
    </form>
  );
}

export function DeclineRequestForm({ federationId, requestId }: { federationId: string; requestId: number }) {
  const kit = useActionForm(loadDeclineRequestSchema, declineRequestAction, {
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
