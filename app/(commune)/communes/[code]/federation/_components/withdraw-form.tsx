"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { withdrawRequestAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadWithdrawRequestSchema = () => import("@/lib/validation/workspace").then((m) => m.withdrawRequestSchema);

export function WithdrawRequestForm({ code, requestId, federationName }: { code: string; requestId: number; federationName: string }) {
  const kit = useActionForm(loadWithdrawRequestSchema, withdrawRequestAction, { code, requestId: String(requestId) });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={(e) => {
        if (window.confirm(`Retirer la demande adressée à la ${federationName} ?`)) onSubmit(e);
        else e.preventDefault();
      }}
      noValidate
      className="space-y-3"
    >
      <FormStatus state={state} />
      <input {...kit.hidden("code")} />
      <input {...kit.hidden("requestId")} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        Retirer la demande
      </Button>
    </form>
  );
}
