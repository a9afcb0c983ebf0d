import type { ReactNode } from "react";
import { describedBy } from "@/components/ui/field";
import type { ChoiceBinding } from "./use-action-form";

export type ChoiceOption = { value: string; label: ReactNode };

const LEGEND = "mb-2 font-semibold text-slate-900";

/**
 * The frame of a group of choices: a fieldset whose legend names the question, an optional hint, and the error,
 * both tied to the group (`aria-describedby`). `ChoiceGroup` fills it with plain options; use it directly when the
 * options need their own markup (cards, a search…): `<ChoiceFieldset id={g.id} error={g.error} legend="…">`, and
 * each option `<input type="radio" {...g.option(value)} />`.
 */
export function ChoiceFieldset({
  id,
  error,
  legend,
  hint,
  required,
  className,
  legendClassName = LEGEND,
  children,
}: {
  /** The ids of the hint and the error derive from it: `${id}-hint`, `${id}-error`. */
  id: string;
  error?: ReactNode;
  legend: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  /** The legend's classes, to replace the default ones (a section's title, say). */
  legendClassName?: string;
  children: ReactNode;
}) {
  return (
    <fieldset aria-describedby={describedBy(id, { hint, error })} className={className}>
      <legend className={legendClassName}>
        {legend}
        {required && <span className="ml-1 text-sm font-normal text-slate-700">(obligatoire)</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-2 text-sm text-slate-700">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-2 text-sm font-semibold text-red-700">
          <span className="sr-only">Erreur : </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Radios or checkboxes for one field: a fieldset whose legend names the question, its options, and its error
 * tied to the group (`aria-describedby`). Bind it with the form kit: `<ChoiceGroup {...kit.choices("kind")} />`.
 */
export function ChoiceGroup({
  id,
  error,
  option,
  legend,
  hint,
  options,
  type = "radio",
  inline = false,
  small = inline,
  required,
  legendClassName,
}: ChoiceBinding & {
  legend: ReactNode;
  hint?: ReactNode;
  options: readonly ChoiceOption[];
  type?: "radio" | "checkbox";
  /** Options on one wrapping line (short labels), rather than one per line. */
  inline?: boolean;
  /** Options in small print: the default for inline options. */
  small?: boolean;
  required?: boolean;
  legendClassName?: string;
}) {
  return (
    <ChoiceFieldset id={id} error={error} legend={legend} hint={hint} required={required} legendClassName={legendClassName}>
      <div className={inline ? "flex flex-wrap gap-x-5 gap-y-2" : "space-y-2"}>
        {options.map((o) => (
          <label key={o.value} className={`flex items-center ${inline ? "gap-2" : "gap-3"}${small ? " text-sm" : ""}`}>
            <input type={type} className="h-4 w-4" {...option(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </ChoiceFieldset>
  );
}
