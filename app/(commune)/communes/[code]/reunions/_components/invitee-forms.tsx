"use client";

import { useEffect } from "react";
import { Field, Select, TextArea, TextInput, describedBy } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { PROFESSIONS, PROFESSION_LABELS } from "@/lib/domain/enums";
import { inventoryInviteesSchema, pastedInviteesSchema, typedInviteeSchema } from "@/lib/validation/meetings";
import { addInventoryInviteesAction, addPastedInviteesAction, addTypedInviteeAction } from "../actions";

type Ref = { code: string; meetingId: number; sent: boolean };

const submitLabel = (sent: boolean, one: boolean) => (sent ? (one ? "Ajouter et envoyer l'invitation" : "Ajouter et envoyer les invitations") : "Ajouter aux invité·es");

/** A message of several lines (one invalid address per line) as a list. */
function Lines({ text }: { text?: string }) {
  if (!text) return null;
  const [first, ...rest] = text.split("\n");
  if (rest.length === 0) return <>{text}</>;
  return (
    <>
      {first}
      <ul className="mt-1 list-disc pl-5">
        {rest.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ul>
    </>
  );
}

export function TypedInviteeForm({ code, meetingId, sent }: Ref) {
  const defaults = { code, meetingId: String(meetingId), name: "", profession: "" as never, professionOther: "", email: "" };
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(typedInviteeSchema, addTypedInviteeAction, defaults);
  const profession = form.watch("profession");
  const kept = state.status === "error" ? state.values : undefined;
  useEffect(() => {
    if (state.status === "success") form.reset(defaults);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const e = (n: string) => errorOf(n);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <input type="hidden" defaultValue={meetingId} {...form.register("meetingId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="invitee-name" label="Prénom et nom" error={e("name")} required>
          <TextInput id="invitee-name" autoComplete="off" defaultValue={kept?.name} aria-invalid={e("name") ? true : undefined} aria-describedby={describedBy("invitee-name", { error: e("name") })} {...form.register("name")} />
        </Field>
        <Field id="invitee-email" label="Adresse e-mail" error={e("email")} required>
          <TextInput id="invitee-email" type="email" autoComplete="off" defaultValue={kept?.email} aria-invalid={e("email") ? true : undefined} aria-describedby={describedBy("invitee-email", { error: e("email") })} {...form.register("email")} />
        </Field>
        <Field id="invitee-profession" label="Profession" error={e("profession")} required>
          <Select id="invitee-profession" defaultValue={kept?.profession} aria-invalid={e("profession") ? true : undefined} aria-describedby={describedBy("invitee-profession", { error: e("profession") })} {...form.register("profession")}>
            <option value="">Choisissez…</option>
            {PROFESSIONS.map((p) => (
              <option key={p} value={p}>
                {PROFESSION_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        {(profession === "autre" || kept?.profession === "autre") && (
          <Field id="invitee-profession-other" label="Précisez la profession" error={e("professionOther")} required>
            <TextInput
              id="invitee-profession-other"
              autoComplete="off"
              defaultValue={kept?.professionOther}
              aria-invalid={e("professionOther") ? true : undefined}
              aria-describedby={describedBy("invitee-profession-other", { error: e("professionOther") })}
              {...form.register("professionOther")}
            />
          </Field>
        )}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Ajout…" : submitLabel(sent, true)}
      </Button>
    </form>
  );
}

export function PastedInviteesForm({ code, meetingId, sent }: Ref) {
  const defaults = { code, meetingId: String(meetingId), emails: "", profession: "" as const };
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(pastedInviteesSchema, addPastedInviteesAction, defaults);
  useEffect(() => {
    if (state.status === "success") form.reset(defaults);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const emailsError = errorOf("emails");
  const kept = state.status === "error" ? state.values : undefined;
  const professionError = errorOf("profession");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <input type="hidden" defaultValue={meetingId} {...form.register("meetingId")} />
      <Field
        id="pasted-emails"
        label="Adresses e-mail"
        hint="Séparées par des virgules, des points-virgules ou des retours à la ligne ; « Prénom Nom <adresse> » est accepté. Les doublons sont fusionnés."
        error={emailsError ? <Lines text={emailsError} /> : undefined}
        required
      >
        <TextArea
          id="pasted-emails"
          rows={4}
          defaultValue={kept?.emails}
          aria-invalid={emailsError ? true : undefined}
          aria-describedby={describedBy("pasted-emails", { hint: true, error: emailsError })}
          {...form.register("emails")}
        />
      </Field>
      <Field id="pasted-profession" label="Profession de ces personnes" hint="Facultatif : laissez « non précisée » si elles n'ont pas toutes la même." error={professionError}>
        <Select id="pasted-profession" defaultValue={kept?.profession} aria-describedby={describedBy("pasted-profession", { hint: true, error: professionError })} {...form.register("profession")}>
          <option value="">Non précisée</option>
          {PROFESSIONS.filter((p) => p !== "autre").map((p) => (
            <option key={p} value={p}>
              {PROFESSION_LABELS[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Ajout…" : submitLabel(sent, false)}
      </Button>
    </form>
  );
}

export type InvitableProfessional = { id: number; label: string; profession: string; email: string };

export function InventoryInviteesForm({ code, meetingId, sent, professionals }: Ref & { professionals: InvitableProfessional[] }) {
  const defaults = { code, meetingId: String(meetingId), professionalIds: [] as string[] };
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(inventoryInviteesSchema, addInventoryInviteesAction, defaults);
  useEffect(() => {
    if (state.status === "success") form.reset(defaults);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const error = errorOf("professionalIds");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <input type="hidden" defaultValue={meetingId} {...form.register("meetingId")} />
      <fieldset aria-describedby={error ? "professionalIds-error" : undefined}>
        <legend className="font-semibold text-slate-900">Professionnel·les de l&apos;état des lieux ayant une adresse e-mail</legend>
        <ul className="mt-2 space-y-1">
          {professionals.map((p) => (
            <li key={p.id}>
              <label className="flex items-start gap-2">
                <input type="checkbox" value={String(p.id)} className="mt-1.5 h-4 w-4" aria-invalid={error ? true : undefined} {...form.register("professionalIds")} />
                <span>
                  {p.label} <span className="text-sm text-slate-700">({p.profession} — {p.email})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {error && (
          <p id="professionalIds-error" className="mt-1 text-sm font-semibold text-red-700">
            {error}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Ajout…" : submitLabel(sent, false)}
      </Button>
    </form>
  );
}
