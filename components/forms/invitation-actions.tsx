"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { idle, type ActionState } from "@/lib/actions/state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Renvoyer" (a new link, the old one stops working) and "Retirer" (after confirmation) for an open invitation.
 * `scope` are the hidden fields that name the tenant (commune code or federation id) for the server's guard.
 */
export function InvitationActions({
  scope,
  invitationId,
  email,
  resendAction,
  revokeAction,
}: {
  scope: Record<string, string>;
  invitationId: number;
  email: string;
  resendAction: Action;
  revokeAction: Action;
}) {
  const [resendState, resend, resending] = useActionState(resendAction, idle);
  const [revokeState, revoke, revoking] = useActionState(revokeAction, idle);
  const hidden = (
    <>
      {Object.entries(scope).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="invitationId" value={invitationId} />
    </>
  );
  return (
    <div className="space-y-2">
      <FormStatus state={resendState.status !== "idle" ? resendState : revokeState} />
      <div className="flex flex-wrap gap-2">
        <form action={resend}>
          {hidden}
          <Button type="submit" size="sm" variant="secondary" disabled={resending} aria-label={`Renvoyer l'invitation à ${email}`}>
            Renvoyer
          </Button>
        </form>
        <form
          action={revoke}
          onSubmit={(e) => {
            if (!window.confirm(`Retirer l'invitation de ${email} ? Son lien ne fonctionnera plus.`)) e.preventDefault();
          }}
        >
          {hidden}
          <Button type="submit" size="sm" variant="danger" disabled={revoking} aria-label={`Retirer l'invitation de ${email}`}>
            Retirer
          </Button>
        </form>
      </div>
    </div>
  );
}
