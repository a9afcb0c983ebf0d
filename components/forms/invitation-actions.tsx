"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm, type FormSchema } from "@/components/forms/use-action-form";
import type { ActionState } from "@/lib/actions/state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Renvoyer" (a new link, the old one stops working) and "Retirer" (after confirmation) for an open invitation.
 * `scope` are the hidden fields that name the tenant (commune code or federation id) for the server's guard;
 * `schema` is the one both actions parse (the scope's fields and `invitationId`).
 */
export function InvitationActions({
  schema,
  scope,
  invitationId,
  email,
  resendAction,
  revokeAction,
}: {
  schema: FormSchema;
  scope: Record<string, string>;
  invitationId: number;
  email: string;
  resendAction: Action;
  revokeAction: Action;
}) {
  const values = { ...scope, invitationId: String(invitationId) };
  const resend = useActionForm(schema, resendAction, values);
  const revoke = useActionForm(schema, revokeAction, values);
  const names = Object.keys(values);
  return (
    <div className="space-y-2">
      <FormStatus state={resend.state.status !== "idle" ? resend.state : revoke.state} />
      <div className="flex flex-wrap gap-2">
        <form ref={resend.formRef} action={resend.formAction} onSubmit={resend.onSubmit} noValidate>
          {names.map((name) => (
            <input key={name} {...resend.hidden(name)} />
          ))}
          <Button type="submit" size="sm" variant="secondary" disabled={resend.pending} aria-label={`Renvoyer l'invitation à ${email}`}>
            Renvoyer
          </Button>
        </form>
        <form
          ref={revoke.formRef}
          action={revoke.formAction}
          onSubmit={(e) => {
            if (window.confirm(`Retirer l'invitation de ${email} ? Son lien ne fonctionnera plus.`)) revoke.onSubmit(e);
            else e.preventDefault();
          }}
          noValidate
        >
          {names.map((name) => (
            <input key={name} {...revoke.hidden(name)} />
          ))}
          <Button type="submit" size="sm" variant="danger" disabled={revoke.pending} aria-label={`Retirer l'invitation de ${email}`}>
            Retirer
          </Button>
        </form>
      </div>
    </div>
  );
}
