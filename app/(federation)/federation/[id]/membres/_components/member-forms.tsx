"use client";

import { Field, TextInput, Select, describedBy } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { InvitationActions } from "@/components/forms/invitation-actions";
import { inviteMemberSchema } from "@/lib/validation/federation";
import { FEDERATION_ROLES, FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { inviteMemberAction, resendMemberAction, revokeMemberAction } from "../actions";

export function InviteMemberForm({ federationId }: { federationId: string }) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(inviteMemberSchema, inviteMemberAction, { federationId, name: "", email: "", role: "facilitateur" });
  const kept = state.status === "error" ? state.values : undefined;
  const e = { name: errorOf("name"), email: errorOf("email"), role: errorOf("role") };
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={federationId} {...form.register("federationId")} />
      <Field id="name" label="Prénom et nom" error={e.name} required>
        <TextInput id="name" defaultValue={kept?.name} aria-invalid={e.name ? true : undefined} aria-describedby={describedBy("name", { error: Boolean(e.name) })} {...form.register("name")} />
      </Field>
      <Field id="email" label="Adresse e-mail" error={e.email} required>
        <TextInput id="email" type="email" defaultValue={kept?.email} aria-invalid={e.email ? true : undefined} aria-describedby={describedBy("email", { error: Boolean(e.email) })} {...form.register("email")} />
      </Field>
      <Field id="role" label="Rôle" error={e.role} required>
        <Select id="role" defaultValue={kept?.role} aria-invalid={e.role ? true : undefined} aria-describedby={describedBy("role", { error: Boolean(e.role) })} {...form.register("role")}>
          {FEDERATION_ROLES.map((r) => (
            <option key={r} value={r}>
              {FEDERATION_ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        Envoyer l&apos;invitation
      </Button>
    </form>
  );
}

export function MemberInvitationActions({ federationId, invitationId, email }: { federationId: string; invitationId: number; email: string }) {
  return <InvitationActions scope={{ federationId }} invitationId={invitationId} email={email} resendAction={resendMemberAction} revokeAction={revokeMemberAction} />;
}
