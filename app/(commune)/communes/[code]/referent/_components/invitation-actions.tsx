"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { idle } from "@/lib/actions/state";
import { resendInvitationAction, revokeInvitationAction } from "../actions";

export function InvitationActions({ code, invitationId, email }: { code: string; invitationId: number; email: string }) {
  const [resendState, resend, resending] = useActionState(resendInvitationAction, idle);
  const [revokeState, revoke, revoking] = useActionState(revokeInvitationAction, idle);
  return (
    <div className="space-y-2">
      <FormStatus state={resendState.status !== "idle" ? resendState : revokeState} />
      <div className="flex flex-wrap gap-2">
        <form action={resend}>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="invitationId" value={invitationId} />
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
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="invitationId" value={invitationId} />
          <Button type="submit" size="sm" variant="danger" disabled={revoking} aria-label={`Retirer l'invitation de ${email}`}>
            Retirer
          </Button>
        </form>
      </div>
    </div>
  );
}
