import type { ReactNode } from "react";
import type { ChoiceBinding } from "@/components/forms/use-action-form";

export type AnswerOption = { value: string; label: string; hint: string };

/**
 * Radios drawn as large cards (easy to hit on a phone), the chosen one outlined. Bound like the kit's
 * `ChoiceGroup` — `<AnswerChoices {...kit.choices("answer")} … />` — with the same fieldset, legend and error
 * tied to the group; only the drawing of the options differs (the kit's are plain lines).
 */
export function AnswerChoices({ id, error, register, checked, legend, options }: ChoiceBinding & { legend: ReactNode; options: readonly AnswerOption[] }) {
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-lg font-bold text-slate-900">
        {legend} <span className="text-sm font-normal text-slate-700">(obligatoire)</span>
      </legend>
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        {options.map((o) => (
          <label key={o.value} className="flex cursor-pointer items-center gap-3 rounded-md border border-slate-400 bg-white p-3 has-[:checked]:border-2 has-[:checked]:border-blue-900 has-[:checked]:bg-blue-50">
            <input type="radio" value={o.value} className="h-5 w-5" defaultChecked={checked(o.value)} {...register} />
            <span>
              <span className="block font-semibold">{o.label}</span>
              <span className="block text-sm text-slate-700">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-2 text-sm font-semibold text-red-700">
          <span className="sr-only">Erreur : </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
