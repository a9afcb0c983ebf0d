"use client";

import { Field, TextArea, describedBy } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { RSVP_ANSWERS, RSVP_LABELS } from "@/lib/domain/enums";
import { ROUND_TABLE_FIELDS } from "@/lib/meetings/kit";
import { rsvpSchema, type RsvpValues } from "@/lib/validation/meetings";
import { answerAction } from "../actions";

const ANSWER_HINTS = { oui: "Je viens", non: "Je ne pourrai pas venir", peut_etre: "Je ne sais pas encore" } as const;

export function AnswerForm({ defaults, answered }: { defaults: RsvpValues; answered: boolean }) {
  const { form, state, pending, formRef, formAction, onSubmit, errorOf } = useActionForm(rsvpSchema, answerAction, defaults);
  // Without JavaScript the server's page is what the user sees: what they typed, else what is stored.
  const kept = state.status === "error" ? state.values : undefined;
  const value = (name: keyof RsvpValues) => kept?.[name] ?? (defaults[name] as string | undefined) ?? "";
  const answerError = errorOf("answer");
  const commentError = errorOf("comment");
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <input type="hidden" defaultValue={defaults.token} {...form.register("token")} />
      <fieldset aria-describedby={answerError ? "answer-error" : undefined}>
        <legend className="text-lg font-bold text-slate-900">
          Serez-vous présent·e ? <span className="text-sm font-normal text-slate-700">(obligatoire)</span>
        </legend>
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          {RSVP_ANSWERS.map((a) => (
            <label key={a} className="flex cursor-pointer items-center gap-3 rounded-md border border-slate-400 bg-white p-3 has-[:checked]:border-2 has-[:checked]:border-blue-900 has-[:checked]:bg-blue-50">
              <input type="radio" value={a} className="h-5 w-5" defaultChecked={value("answer") === a} aria-invalid={answerError ? true : undefined} {...form.register("answer")} />
              <span>
                <span className="block font-semibold">{RSVP_LABELS[a]}</span>
                <span className="block text-sm text-slate-700">{ANSWER_HINTS[a]}</span>
              </span>
            </label>
          ))}
        </div>
        {answerError && (
          <p id="answer-error" className="mt-2 text-sm font-semibold text-red-700">
            <span className="sr-only">Erreur : </span>
            {answerError}
          </p>
        )}
      </fieldset>
      <Field id="comment" label="Un commentaire pour les organisateurs" hint="Facultatif : une contrainte d'horaire, une question, une personne à inviter…" error={commentError}>
        <TextArea id="comment" rows={3} defaultValue={value("comment")} aria-invalid={commentError ? true : undefined} aria-describedby={describedBy("comment", { hint: true, error: commentError })} {...form.register("comment")} />
      </Field>
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 text-lg font-bold text-slate-900">Préparer le tour de table (facultatif)</legend>
        <p className="text-slate-700">
          Pendant la réunion, chaque participant est invité à partager sa situation. Si vous le souhaitez, répondez dès maintenant : les organisateurs (l&apos;équipe municipale et la fédération régionale) le liront avant la réunion.
        </p>
        {ROUND_TABLE_FIELDS.map((f) => {
          const error = errorOf(f.name);
          return (
            <Field key={f.name} id={f.name} label={f.label} hint={f.hint} error={error}>
              <TextArea id={f.name} rows={3} defaultValue={value(f.name)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(f.name, { hint: true, error })} {...form.register(f.name)} />
            </Field>
          );
        })}
      </fieldset>
      {/* Beside the button: the form is long, and this is where the person is when it answers. */}
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : answered ? "Modifier ma réponse" : "Enregistrer ma réponse"}
      </Button>
    </form>
  );
}
