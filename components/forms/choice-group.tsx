import type { ReactNode } from "react";
import type { ChoiceBinding } from "./use-action-form";

export type ChoiceOption = { value: string; label: ReactNode };

/**
 * Radios or checkboxes for one field: a fieldset whose legend names the question, its options, and its error
 * tied to the group (`aria-describedby`). Bind it with the form kit: `<ChoiceGroup {...kit.choices("kind")} />`.
 */
export function ChoiceGroup({
  id,
  error,
  register,
  checked,
  legend,
  hint,
  options,
  type = "radio",
  inline = false,
  required,
}: ChoiceBinding & {
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly ChoiceOption[];
  type?: "radio" | "checkbox";
  /** Options on one wrapping line (short labels), rather than one per line. */
  inline?: boolean;
  required?: boolean;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={described}>
      <legend className="mb-2 font-semibold text-slate-900">
        {legend}
        {required && <span className="ml-1 text-sm font-normal text-slate-700">(obligatoire)</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-2 text-sm text-slate-700">
          {hint}
        </p>
      )}
      <div className={inline ? "flex flex-wrap gap-x-5 gap-y-2" : "space-y-2"}>
        {options.map((o) => (
          <label key={o.value} className={`flex items-center gap-2${inline ? " text-sm" : " gap-3"}`}>
            <input type={type} value={o.value} className="h-4 w-4" defaultChecked={checked(o.value)} {...register} />
            {o.label}
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
