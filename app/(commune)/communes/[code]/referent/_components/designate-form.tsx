"use client";

import { Field, TextInput, describedBy } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { designateReferentSchema } from "@/lib/validation/workspace";
import { REFERENT_KINDS, REFERENT_KIND_LABELS } from "@/lib/domain/enums";
import { designateReferentAction } from "../actions";

export function DesignateReferentForm({ code }: { code: string }) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(designateReferentSchema, designateReferentAction, {
    code,
    kind: "elu",
    eluName: "",
    eluEmail: "",
    agentName: "",
    agentEmail: "",
  });
  const kept = state.status === "error" ? state.values : undefined;
  const kind = form.watch("kind");
  const kindError = errorOf("kind");
  const show = (who: "elu" | "agent") => kind === "binome" || kind === who;

  const person = (who: "elu" | "agent", title: string) => {
    const nameId = `${who}Name`;
    const emailId = `${who}Email`;
    const nameError = errorOf(nameId);
    const emailError = errorOf(emailId);
    return (
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">{title}</legend>
        <Field id={nameId} label="Prénom et nom" error={nameError} required>
          <TextInput id={nameId} autoComplete="name" defaultValue={kept?.[nameId]} aria-invalid={nameError ? true : undefined} aria-describedby={describedBy(nameId, { error: Boolean(nameError) })} {...form.register(nameId as "eluName")} />
        </Field>
        <Field id={emailId} label="Adresse e-mail" hint="L'invitation y sera envoyée." error={emailError} required>
          <TextInput id={emailId} type="email" autoComplete="email" defaultValue={kept?.[emailId]} aria-invalid={emailError ? true : undefined} aria-describedby={describedBy(emailId, { hint: true, error: Boolean(emailError) })} {...form.register(emailId as "eluEmail")} />
        </Field>
      </fieldset>
    );
  };

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormStatus state={state} />
      <input type="hidden" defaultValue={code} {...form.register("code")} />
      <fieldset aria-describedby={kindError ? "kind-error" : undefined}>
        <legend className="mb-2 font-semibold">Qui sera référent·e santé ?</legend>
        <div className="space-y-2">
          {REFERENT_KINDS.map((k) => (
            <label key={k} className="flex items-center gap-3">
              <input type="radio" value={k} className="h-4 w-4" defaultChecked={kept ? kept.kind === k : k === "elu"} {...form.register("kind")} />
              {REFERENT_KIND_LABELS[k]}
            </label>
          ))}
        </div>
        {kindError && (
          <p id="kind-error" className="mt-2 text-sm font-medium text-red-700">
            {kindError}
          </p>
        )}
      </fieldset>
      {show("elu") && person("elu", kind === "binome" ? "L'élu·e du binôme" : "L'élu·e")}
      {show("agent") && person("agent", kind === "binome" ? "L'agent·e du binôme" : "L'agent·e")}
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi…" : kind === "binome" ? "Envoyer les deux invitations" : "Envoyer l'invitation"}
      </Button>
    </form>
  );
}
