"use client";

import { Field, TextInput, describedBy } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { InvitationActions } from "@/components/forms/invitation-actions";
import { inviteProfessionalSchema } from "@/lib/validation/inventory";
import { inviteProfessionalAction, resendProfessionalInvitationAction, revokeProfessionalInvitationAction } from "../actions";

/** Invites the professional of a line, by e-mail, to check and confirm it themself. */
export function InviteProfessionalForm({ code, id, email, again }: { code: string; id: number; email: string; again: boolean }) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(inviteProfessionalSchema, inviteProfessionalAction, { code, id: String(id), email });
  const error = errorOf("email");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <input type="hidden" defaultValue={id} {...form.register("id")} />
      <Field id="invite-email" label="Adresse e-mail du professionnel" hint="Un lien personnel lui sera envoyé ; son compte est créé quand il l'accepte, sans mot de passe." error={error} required>
        <TextInput
          id="invite-email"
          type="email"
          autoComplete="off"
          defaultValue={state.status === "error" ? (state.values.email ?? email) : email}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("invite-email", { hint: true, error: Boolean(error) })}
          {...form.register("email")}
        />
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Envoi…" : again ? "Envoyer une nouvelle invitation" : "Inviter à confirmer sa fiche"}
      </Button>
    </form>
  );
}

export function ProfessionalInvitationActions({ code, invitationId, email }: { code: string; invitationId: number; email: string }) {
  return (
    <InvitationActions
      scope={{ code }}
      invitationId={invitationId}
      email={email}
      resendAction={resendProfessionalInvitationAction}
      revokeAction={revokeProfessionalInvitationAction}
    />
  );
}
