"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { idle } from "@/lib/actions/state";
import { withdrawRequestAction } from "../actions";

export function WithdrawRequestForm({ code, requestId, federationName }: { code: string; requestId: number; federationName: string }) {
  const [state, action, pending] = useActionState(withdrawRequestAction, idle);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(`Retirer la demande adressée à la ${federationName} ?`)) e.preventDefault();
      }}
      className="space-y-3"
    >
      <FormStatus state={state} />
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="requestId" value={requestId} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        Retirer la demande
      </Button>
    </form>
  );
}
