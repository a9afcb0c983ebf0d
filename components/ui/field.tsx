import type { ComponentProps, ReactNode } from "react";

/** The `aria-describedby` value of a field: its hint and/or error paragraphs, or undefined. */
export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** The classes of an input, select or textarea; a red border when the field is in error. */
export function inputClasses(hasError = false): string {
  return `block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-600 disabled:bg-slate-100 disabled:text-slate-700 ${
    hasError ? "border-2 border-red-700" : "border-slate-500"
  }`;
}

/** Said under every free-text field: Boussole is not meant to hold patients' health data. */
export const NO_HEALTH_DATA = "Ne saisissez aucune donnée de santé concernant des patient·es.";

export type FieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A free-text field: the hint also says that no patient health data may be typed (NO_HEALTH_DATA). */
  noHealthData?: boolean;
  error?: ReactNode;
  required?: boolean;
  className?: string;
  children: ReactNode;
};

/**
 * Label, hint, control and error of one form field. The control (children) carries the `id`,
 * `aria-invalid` and `aria-describedby={describedBy(id, { hint, error })}`: `FormField`
 * (components/forms/form-field.tsx) gives them to it. A free-text field sets `noHealthData`: its hint (created
 * when there is none) then says that no patient health data may be typed, read with the field.
 */
export function Field({ id, label, hint, noHealthData, error, required, className, children }: FieldProps) {
  return (
    <div className={`space-y-2${className ? ` ${className}` : ""}`}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
        {required && <span className="ml-1 text-sm font-normal text-slate-700">(obligatoire)</span>}
      </label>
      {(hint || noHealthData) && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
          {noHealthData && <span className={`block font-semibold text-slate-800${hint ? " mt-1" : ""}`}>{NO_HEALTH_DATA}</span>}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-700">
          <span className="sr-only">Erreur : </span>
          {error}
        </p>
      )}
    </div>
  );
}

function isInvalid(value: ComponentProps<"input">["aria-invalid"]): boolean {
  return value === true || value === "true" || value === "grammar" || value === "spelling";
}

function merge(base: string, className?: string): string {
  return className ? `${base} ${className}` : base;
}

export function TextInput({ className, ...props }: ComponentProps<"input">) {
  return <input className={merge(inputClasses(isInvalid(props["aria-invalid"])), className)} {...props} />;
}

export function TextArea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={merge(inputClasses(isInvalid(props["aria-invalid"])), className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={merge(`${inputClasses(isInvalid(props["aria-invalid"]))} pr-8`, className)} {...props} />;
}
