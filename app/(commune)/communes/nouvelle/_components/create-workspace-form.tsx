"use client";

import { Field, TextInput, describedBy } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { createWorkspaceSchema } from "@/lib/validation/workspace";
import { createWorkspaceAction } from "../actions";

export type CommuneChoice = { code: string; name: string; postalCodes: string[]; departementName: string | null; regionName: string | null; population: number | null; taken: boolean };

export function CreateWorkspaceForm({ choices, today }: { choices: CommuneChoice[]; today: string }) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(createWorkspaceSchema, createWorkspaceAction, {
    communeCode: choices.length === 1 && !choices[0].taken ? choices[0].code : "",
    mandateStart: "",
  });
  const kept = state.status === "error" ? state.values : undefined;
  const communeError = errorOf("communeCode");
  const dateError = errorOf("mandateStart");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormStatus state={state} />
      <fieldset aria-describedby={communeError ? "communeCode-error" : undefined}>
        <legend className="mb-2 font-semibold text-slate-900">Votre commune</legend>
        <ul className="grid gap-2">
          {choices.map((c, i) => (
            <li key={c.code}>
              <label className={`flex cursor-pointer items-start gap-3 rounded-md border p-3 ${c.taken ? "border-slate-200 bg-slate-100 text-slate-600" : "border-slate-300 bg-white hover:border-blue-800"}`}>
                <input
                  type="radio"
                  value={c.code}
                  disabled={c.taken}
                  defaultChecked={kept?.communeCode === c.code}
                  className="mt-1 h-4 w-4"
                  id={i === 0 ? "communeCode" : undefined}
                  aria-invalid={communeError ? true : undefined}
                  {...form.register("communeCode")}
                />
                <span>
                  <span className="font-semibold">{c.name}</span> — {c.postalCodes.join(", ")}
                  <span className="block text-sm text-slate-700">
                    {c.departementName}, {c.regionName}
                    {c.population ? ` · ${c.population.toLocaleString("fr-FR")} habitants` : ""}
                    {c.taken ? " · un espace existe déjà" : ""}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {communeError && (
          <p id="communeCode-error" className="mt-2 text-sm font-medium text-red-700">
            <span className="sr-only">Erreur : </span>
            {communeError}
          </p>
        )}
      </fieldset>
      <Field id="mandateStart" label="Date de début du mandat" hint="Le jour de votre élection ou de votre installation ; les 100 jours se comptent à partir de là." error={dateError} required>
        <TextInput
          id="mandateStart"
          type="date"
          min="2020-01-01"
          max={today}
          defaultValue={kept?.mandateStart}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={describedBy("mandateStart", { hint: true, error: Boolean(dateError) })}
          {...form.register("mandateStart")}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Création…" : "Ouvrir l'espace de la commune"}
      </Button>
    </form>
  );
}
