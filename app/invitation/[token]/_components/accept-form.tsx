"use client";

import * as z from "zod/mini";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptInvitationAction } from "../actions";

/** What the form sends: the token of the link (the action reads it as is and checks it against the database). */
const acceptSchema = z.object({ token: z.string() });

export function AcceptInvitationForm({ token }: { token: string }) {
  const kit = useActionForm(acceptSchema, acceptInvitationAction, { token });
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
