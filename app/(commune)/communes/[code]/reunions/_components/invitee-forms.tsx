"use client";

import { useEffect } from "react";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionState } from "@/lib/actions/state";
import { PROFESSIONS, PROFESSION_LABELS } from "@/lib/domain/enums";
import { addInventoryInviteesAction, addPastedInviteesAction, addTypedInviteeAction } from "../actions";

// Each form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadInventoryInviteesSchema = () => import("@/lib/validation/meetings").then((m) => m.inventoryInviteesSchema);
const loadPastedInviteesSchema = () => import("@/lib/validation/meetings").then((m) => m.pastedInviteesSchema);
const loadTypedInviteeSchema = () => import("@/lib/validation/meetings").then((m) => m.typedInviteeSchema);

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

/** After an invitee is added the form is emptied for the next one (the list on the page shows them). */
function useResetOnSuccess(state: ActionState, reset: () => void) {
  useEffect(() => {
    if (state.status === "success") reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new state arrives
  }, [state]);
}

export function TypedInviteeForm({ code, meetingId, sent }: Ref) {
  const defaults = { code, meetingId: String(meetingId), name: "", profession: "", professionOther: "", email: "" };
  const kit = useActionForm(loadTypedInviteeSchema, addTypedInviteeAction, defaults);
  const { form, state, pending, formRef, formAction, onSubmit, kept } = kit;
  const profession = form.watch("profession");
  useResetOnSuccess(state, () => form.reset(defaults));
  const name = kit.field("name", { id: "invitee-name" });
  const email = kit.field("email", { id: "invitee-email" });
  const job = kit.field("profession", { id: "invitee-profession" });
  const other = kit.field("professionOther", { id: "invitee-profession-other" });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <input type="hidden" defaultValue={meetingId} {...form.register("meetingId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={name.id} label="Prénom et nom" error={name.error} required>
          <TextInput autoComplete="off" {...name.control} />
        </Field>
        <Field id={email.id} label="Adresse e-mail" error={email.error} required>
          <TextInput type="email" autoComplete="off" {...email.control} />
        </Field>
        <Field id={job.id} label="Profession" error={job.error} required>
          <Select {...job.control}>
            <option value="">Choisissez…</option>
            {PROFESSIONS.map((p) => (
              <option key={p} value={p}>
                {PROFESSION_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        {(profession === "autre" || kept?.profession === "autre") && (
          <Field id={other.id} label="Précisez la profession" error={other.error} required>
            <TextInput autoComplete="off" {...other.control} />
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
  const kit = useActionForm(loadPastedInviteesSchema, addPastedInviteesAction, defaults);
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  useResetOnSuccess(state, () => form.reset(defaults));
  const emails = kit.field("emails", { id: "pasted-emails", hint: true });
  const profession = kit.field("profession", { id: "pasted-profession", hint: true });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <input type="hidden" defaultValue={meetingId} {...form.register("meetingId")} />
      <Field
        id={emails.id}
        label="Adresses e-mail"
        hint="Séparées par des virgules, des points-virgules ou des retours à la ligne ; « Prénom Nom <adresse> » est accepté. Les doublons sont fusionnés."
        error={emails.error ? <Lines text={emails.error} /> : undefined}
        required
      >
        <TextArea rows={4} {...emails.control} />
      </Field>
      <Field id={profession.id} label="Profession de ces personnes" hint="Facultatif : laissez « non précisée » si elles n'ont pas toutes la même." error={profession.error}>
        <Select {...profession.control}>
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
  const kit = useActionForm(loadInventoryInviteesSchema, addInventoryInviteesAction, defaults);
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  useResetOnSuccess(state, () => form.reset(defaults));
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <input type="hidden" defaultValue={meetingId} {...form.register("meetingId")} />
      <ChoiceGroup
        {...kit.choices("professionalIds")}
        type="checkbox"
        legend={<>Professionnel·les de l&apos;état des lieux ayant une adresse e-mail</>}
        options={professionals.map((p) => ({
          value: String(p.id),
          label: (
            <span>
              {p.label} <span className="text-sm text-slate-700">({p.profession} — {p.email})</span>
            </span>
          ),
        }))}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Ajout…" : submitLabel(sent, false)}
      </Button>
    </form>
  );
}
