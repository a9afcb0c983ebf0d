"use client";

import { TextInput, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { InvitationActions } from "@/components/forms/invitation-actions";
import { FEDERATION_ROLES, FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { inviteMemberAction, resendMemberAction, revokeMemberAction } from "../actions";

// Each form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadInviteMemberSchema = () => import("@/lib/validation/federation").then((m) => m.inviteMemberSchema);
const loadMemberInvitationActionSchema = () => import("@/lib/validation/federation").then((m) => m.memberInvitationActionSchema);

export function InviteMemberForm({ federationId }: { federationId: string }) {
  const kit = useActionForm(loadInviteMemberSchema, inviteMemberAction, { federationId, name: "", email: "", role: "facilitateur" });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input {...kit.hidden("federationId")} />
      <FormField {...kit.field("name")} label="Prénom et nom" required>
        {(control) => <TextInput {...control} />}
      </FormField>
      <FormField {...kit.field("email")} label="Adresse e-mail" required>
        {(control) => <TextInput type="email" {...control} />}
      </FormField>
      <FormField {...kit.field("role")} label="Rôle" required>
        {(control) => (
          <Select {...control}>
            {FEDERATION_ROLES.map((r) => (
              <option key={r} value={r}>
                {FEDERATION_ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <Button type="submit" disabled={pending}>
        Envoyer l&apos;invitation
      </Button>
    </form>
  );
}

export function MemberInvitationActions({ federationId, invitationId, email }: { federationId: string; invitationId: number; email: string }) {
  return <InvitationActions loadSchema={loadMemberInvitationActionSchema} scope={{ federationId }} invitationId={invitationId} email={email} resendAction={resendMemberAction} revokeAction={revokeMemberAction} />;
}
