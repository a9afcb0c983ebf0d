"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadAcceptSchema = () => import("@/lib/validation/auth").then((m) => m.acceptInvitationSchema);

export function AcceptInvitationForm({ token }: { token: string }) {
  const kit = useActionForm(loadAcceptSchema, acceptInvitationAction, { token });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input {...kit.hidden("token")} />
      <Button type="submit" disabled={pending}>
        {pending ? "Un instant…" : "Accepter l'invitation"}
      </Button>
    </form>
  );
}
