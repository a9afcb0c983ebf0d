"use client";

import { useEffect, useRef } from "react";
import { Field, TextArea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { RSVP_ANSWERS, RSVP_LABELS } from "@/lib/domain/enums";
import { ROUND_TABLE_FIELDS } from "@/lib/meetings/kit";
import type { RsvpValues } from "@/lib/validation/meetings";
import { answerAction } from "../actions";
import { AnswerChoices } from "./answer-choices";

// The form's schema, loaded when the form is first used (see `SchemaLoader`).
const loadRsvpSchema = () => import("@/lib/validation/meetings").then((m) => m.rsvpSchema);

const ANSWER_HINTS = { oui: "Je viens", non: "Je ne pourrai pas venir", peut_etre: "Je ne sais pas encore" } as const;
const OPTIONS = RSVP_ANSWERS.map((a) => ({ value: a, label: RSVP_LABELS[a], hint: ANSWER_HINTS[a] }));

/** What the form starts with: the answer stored, if any (none yet: no option is checked). */
export type AnswerDefaults = Omit<RsvpValues, "answer"> & { answer?: RsvpValues["answer"] };

export function AnswerForm({ defaults, answered }: { defaults: AnswerDefaults; answered: boolean }) {
  const kit = useActionForm(loadRsvpSchema, answerAction, defaults);
  const { form, state, pending, formRef, formAction, onSubmit } = kit;
  const comment = kit.field("comment", { hint: true });
  // Once saved, the focus moves to the confirmation's heading, so that a screen reader says it at once.
  const confirmation = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === "success") confirmation.current?.focus();
  }, [state]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      <input type="hidden" defaultValue={defaults.token} {...form.register("token")} />
      <AnswerChoices {...kit.choices("answer")} legend="Serez-vous présent·e ?" options={OPTIONS} />
      <Field noHealthData id={comment.id} label="Un commentaire pour les organisateurs" hint="Facultatif : une contrainte d'horaire, une question, une personne à inviter…" error={comment.error}>
        <TextArea rows={3} {...comment.control} />
      </Field>
      <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 text-lg font-bold text-slate-900">Préparer le tour de table (facultatif)</legend>
        <p className="text-slate-700">
          Pendant la réunion, chaque participant est invité à partager sa situation. Si vous le souhaitez, répondez dès maintenant : les organisateurs (l&apos;équipe municipale et la fédération régionale) le liront avant la réunion.
        </p>
        {ROUND_TABLE_FIELDS.map((f) => {
          const binding = kit.field(f.name, { hint: true });
          return (
            <Field noHealthData key={f.name} id={binding.id} label={f.label} hint={f.hint} error={binding.error}>
              <TextArea rows={3} {...binding.control} />
            </Field>
          );
        })}
      </fieldset>
      {/* Beside the button: the form is long, and this is where the person is when it answers. */}
      {state.status === "success" && state.message ? (
        <div className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-green-950" data-testid="answer-confirmation">
          <h3 ref={confirmation} tabIndex={-1} className="font-bold outline-none focus-visible:ring-2 focus-visible:ring-blue-900">
            {state.message}
          </h3>
          <p className="mt-1 text-sm">Vous pouvez la modifier avec ce même lien jusqu&apos;au début de la réunion.</p>
        </div>
      ) : (
        <FormStatus state={state} />
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : answered ? "Modifier ma réponse" : "Enregistrer ma réponse"}
      </Button>
    </form>
  );
}
