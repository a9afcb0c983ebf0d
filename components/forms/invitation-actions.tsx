"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm, type SchemaLoader } from "@/components/forms/use-action-form";
import type { ActionState } from "@/lib/actions/state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Renvoyer" (a new link, the old one stops working) and "Retirer" (after confirmation) for an open invitation.
 * `scope` are the hidden fields that name the tenant (commune code or federation id) for the server's guard;
 * `loadSchema` loads the one both actions parse (the scope's fields and `invitationId`).
 */
export function InvitationActions({
  loadSchema,
  scope,
  invitationId,
  email,
  resendAction,
  revokeAction,
}: {
  loadSchema: SchemaLoader;
  scope: Record<string, string>;
  invitationId: number;
  email: string;
  resendAction: Action;
  revokeAction: Action;
}) {
  const values = { ...scope, invitationId: String(invitationId) };
  // Destructured: the kit also holds the form's ref, which render must not read through the object.
  const { state: resendState, pending: resendPending, formRef: resendRef, formAction: resendFormAction, onSubmit: resendSubmit, hidden: resendHidden } = useActionForm(
    loadSchema,
    resendAction,
    values,
  );
  const { state: revokeState, pending: revokePending, formRef: revokeRef, formAction: revokeFormAction, onSubmit: revokeSubmit, hidden: revokeHidden } = useActionForm(
    loadSchema,
    revokeAction,
    values,
  );
  const names = Object.keys(values);
  return (
    <div className="space-y-2">
      <FormStatus state={resendState.status !== "idle" ? resendState : revokeState} />
      <div className="flex flex-wrap gap-2">
        <form ref={resendRef} action={resendFormAction} onSubmit={resendSubmit} noValidate>
          {names.map((name) => (
            <input key={name} {...resendHidden(name)} />
          ))}
          <Button type="submit" size="sm" variant="secondary" disabled={resendPending} aria-label={`Renvoyer l'invitation à ${email}`}>
            Renvoyer
          </Button>
        </form>
        <form
          ref={revokeRef}
          action={revokeFormAction}
          onSubmit={(e) => {
            if (window.confirm(`Retirer l'invitation de ${email} ? Son lien ne fonctionnera plus.`)) revokeSubmit(e);
            else e.preventDefault();
          }}
          noValidate
        >
          {names.map((name) => (
            <input key={name} {...revokeHidden(name)} />
          ))}
          <Button type="submit" size="sm" variant="danger" disabled={revokePending} aria-label={`Retirer l'invitation de ${email}`}>
            Retirer
          </Button>
        </form>
      </div>
    </div>
  );
}
