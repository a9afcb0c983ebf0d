"use client";

import { TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { InvitationActions } from "@/components/forms/invitation-actions";
import { inviteProfessionalAction, resendProfessionalInvitationAction, revokeProfessionalInvitationAction } from "../actions";

// Each form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadInviteProfessionalSchema = () => import("@/lib/validation/inventory").then((m) => m.inviteProfessionalSchema);
const loadProfessionalInvitationSchema = () => import("@/lib/validation/inventory").then((m) => m.professionalInvitationSchema);

/** Invites the professional of a line, by e-mail, to check and confirm it themself. */
export function InviteProfessionalForm({ code, id, email, again }: { code: string; id: number; email: string; again: boolean }) {
  const kit = useActionForm(loadInviteProfessionalSchema, inviteProfessionalAction, { code, id: String(id), email });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input {...kit.hidden("code")} />
      <input {...kit.hidden("id")} />
      <FormField
        {...kit.field("email", { id: "invite-email" })}
        label="Adresse e-mail du professionnel"
        hint="Un lien personnel lui sera envoyé ; son compte est créé quand il l'accepte, sans mot de passe."
        required
      >
        {(control) => <TextInput type="email" autoComplete="off" {...control} />}
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Envoi…" : again ? "Envoyer une nouvelle invitation" : "Inviter à confirmer sa fiche"}
      </Button>
    </form>
  );
}

export function ProfessionalInvitationActions({ code, invitationId, email }: { code: string; invitationId: number; email: string }) {
  return (
    <InvitationActions
      loadSchema={loadProfessionalInvitationSchema}
      scope={{ code }}
      invitationId={invitationId}
      email={email}
      resendAction={resendProfessionalInvitationAction}
      revokeAction={revokeProfessionalInvitationAction}
    />
  );
}
