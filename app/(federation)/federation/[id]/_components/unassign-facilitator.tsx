"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { useActionForm } from "@/components/forms/use-action-form";
import { unassignFacilitatorAction } from "../membres/removal-actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadUnassignFacilitatorSchema = () => import("@/lib/validation/federation").then((m) => m.unassignFacilitatorSchema);

type Facilitator = { userId: string; name: string };

/**
 * For an admin, on an accepted request: end one facilitator's accompaniment of the commune (after a
 * confirmation). The facilitator stays a member of the federation; the commune's other facilitator stays.
 */
export function UnassignFacilitatorForm({ federationId, communeCode, communeName, facilitators }: { federationId: string; communeCode: string; communeName: string; facilitators: Facilitator[] }) {
  const kit = useActionForm(loadUnassignFacilitatorSchema, unassignFacilitatorAction, {
    federationId,
    communeCode,
    userId: facilitators.length === 1 ? facilitators[0].userId : "",
  });
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  return (
    <div className="mt-5 space-y-3 rounded-md border border-slate-300 p-4">
      <h3 className="font-semibold text-slate-900">Retirer un·e facilitateur·rice de la commune</h3>
      {facilitators.length === 0 ? (
        <>
          <FormStatus state={state} />
          {state.status !== "success" && <p className="text-slate-800">Personne n&apos;accompagne la commune pour la fédération.</p>}
        </>
      ) : (
        <form
          ref={formRef}
          action={formAction}
          onSubmit={(e) => {
            // The choice must be one of the facilitators shown now (the list moves on after each removal).
            const chosen = facilitators.find((f) => f.userId === form.getValues("userId"));
            if (!chosen) {
              e.preventDefault();
              form.setError("userId", { type: "manual", message: "Choisissez la personne à retirer." }, { shouldFocus: true });
            } else if (window.confirm(`Retirer ${chosen.name} de l'accompagnement de ${communeName} ? Son accès à l'espace de la commune prendra fin tout de suite.`)) onSubmit(e);
            else e.preventDefault();
          }}
          noValidate
          className="space-y-3"
        >
          <FormStatus state={state} />
          <input {...kit.hidden("federationId")} />
          <input {...kit.hidden("communeCode")} />
          <ChoiceGroup
            {...kit.choices("userId", { id: `retirer-${communeCode}` })}
            legend={`Qui n'accompagne plus ${communeName} ?`}
            hint="Son accès à l'espace de la commune prend fin tout de suite ; la personne reste membre de la fédération et en est prévenue par e-mail."
            options={facilitators.map((f) => ({ value: f.userId, label: f.name }))}
          />
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? "Retrait…" : "Retirer de la commune"}
          </Button>
        </form>
      )}
    </div>
  );
}
