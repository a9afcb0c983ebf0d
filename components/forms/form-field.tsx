import type { ReactNode } from "react";
import { Field, describedBy } from "@/components/ui/field";

/** What every control of a field carries: its id, whether it is in error, and what describes it (hint, error). */
export type ControlA11y = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

/**
 * One field, wired once: label, hint, control and error, the control getting the id, `aria-invalid` and
 * `aria-describedby` (computed from the hint and error given here, so they cannot disagree).
 *
 *   <FormField {...kit.field("email")} label="Adresse e-mail" hint="…" required>
 *     {(control) => <TextInput type="email" autoComplete="email" {...control} />}
 *   </FormField>
 *
 * Without the form kit (a file input…), give `id` and `error` alone: the control gets the same attributes.
 */
export function FormField<C extends object = object>({
  id,
  error,
  control,
  label,
  hint,
  noHealthData,
  required,
  className,
  children,
}: {
  id: string;
  error?: string;
  /** The kit's control props (`kit.field(name).control`): name, register, kept value… */
  control?: C;
  label: ReactNode;
  hint?: ReactNode;
  /** A free-text field: says, within its hint, that no patient health data may be typed. */
  noHealthData?: boolean;
  required?: boolean;
  className?: string;
  children: (control: C & ControlA11y) => ReactNode;
}) {
  const a11y: ControlA11y = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(id, { hint: hint || noHealthData, error }) };
  // Without `control`, C is left at `object`: there is nothing more to give than the accessibility attributes.
  const props = { ...(control as C), ...a11y };
  return (
    <Field id={id} label={label} hint={hint} noHealthData={noHealthData} error={error} required={required} className={className}>
      {children(props)}
    </Field>
  );
}
