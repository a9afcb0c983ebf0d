"use client";

import Link from "next/link";
import { TextInput } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { ChoiceFieldset } from "@/components/forms/choice-group";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { createWorkspaceAction } from "../actions";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadCreateWorkspaceSchema = () => import("@/lib/validation/workspace").then((m) => m.createWorkspaceSchema);

export type CommuneChoice = { code: string; name: string; postalCodes: string[]; departementName: string | null; regionName: string | null; population: number | null; taken: boolean };

export function CreateWorkspaceForm({ choices, today }: { choices: CommuneChoice[]; today: string }) {
  const kit = useActionForm(loadCreateWorkspaceSchema, createWorkspaceAction, {
    communeCode: choices.length === 1 && !choices[0].taken ? choices[0].code : "",
    mandateStart: "",
  });
  const { state, pending, formRef, formAction, onSubmit } = kit;
  const commune = kit.choices("communeCode");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormStatus state={state} />
      <ChoiceFieldset id={commune.id} error={commune.error} legend="Votre commune">
        <ul className="grid gap-2">
          {choices.map((c, i) => (
            <li key={c.code}>
              <label className={`flex cursor-pointer items-start gap-3 rounded-md border p-3 ${c.taken ? "border-slate-200 bg-slate-100 text-slate-600" : "border-slate-300 bg-white hover:border-blue-800"}`}>
                <input type="radio" disabled={c.taken} className="mt-1 h-4 w-4" id={i === 0 ? commune.id : undefined} {...commune.option(c.code)} />
                <span>
                  <span className="font-semibold">{c.name}</span> — {c.postalCodes.join(", ")}
                  <span className="block text-sm text-slate-700">
                    {c.departementName}, {c.regionName}
                    {c.population ? ` · ${c.population.toLocaleString("fr-FR")} habitants` : ""}
                    {c.taken ? " · un espace existe déjà" : ""}
                  </span>
                </span>
              </label>
              {c.taken && (
                <Link href={`/espace/revendiquer/${c.code}`} className="mt-1 inline-block text-sm font-semibold text-blue-900 underline hover:no-underline">
                  Je suis le/la maire de cette commune<span className="sr-only"> ({c.name})</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      </ChoiceFieldset>
      <FormField {...kit.field("mandateStart")} label="Date de début du mandat" hint="Le jour de votre élection ou de votre installation ; les 100 jours se comptent à partir de là." required>
        {(control) => <TextInput type="date" min="2020-01-01" max={today} {...control} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {pending ? "Création…" : "Ouvrir l'espace de la commune"}
      </Button>
    </form>
  );
}
