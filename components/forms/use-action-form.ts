"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver, type UseFormRegisterReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { describedBy } from "@/components/ui/field";
import { idle, type ActionState } from "@/lib/actions/state";

/** A form's zod schema: what the browser holds (strings, arrays) is what the server action receives. */
export type FormSchema = z.ZodType<FieldValues, FieldValues>;

/** The props of a text-like control (input, select, textarea) bound to one field of the form. */
export type ControlProps<N extends string = string> = UseFormRegisterReturn<N> & {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  defaultValue: string | undefined;
};

/** One field's binding: its id, its error message, and the props of its control. */
export type FieldBinding<N extends string = string> = { id: string; error: string | undefined; control: ControlProps<N> };

/** A group of radios or checkboxes bound to one field (see `ChoiceGroup`). */
export type ChoiceBinding<N extends string = string> = {
  id: string;
  error: string | undefined;
  register: UseFormRegisterReturn<N>;
  /** Whether an option starts checked: what the user sent back (server error) or the form's initial value. */
  checked: (value: string) => boolean;
};

/** The value at a dotted path of an object ("referents.1.email"), as a string or a list of strings. */
function valueAt(source: unknown, name: string): unknown {
  let cur: unknown = source;
  for (const part of name.split(".")) cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[part] : undefined;
  return cur;
}

const asText = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : Array.isArray(v) ? v.join("\n") : String(v));
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split("\n").filter(Boolean) : v == null ? [] : [String(v)]);

/**
 * One zod schema for browser and server: react-hook-form validates before sending (errors beside the fields,
 * focus on the first), the server action validates again and its errors come back the same way.
 * Without JavaScript the form still posts to the action, and the server's errors and kept values are shown
 * (`field()` and `choices()` put them in the server-rendered HTML).
 */
export function useActionForm<S extends FormSchema>(
  schema: S,
  action: (state: ActionState, formData: FormData) => Promise<ActionState>,
  defaultValues: DefaultValues<z.input<S>>,
) {
  type Values = z.input<S>;
  const [state, formAction, pending] = useActionState(action, idle);
  const formRef = useRef<HTMLFormElement>(null);
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  /** What the user sent, when the server refused it: shown again, nothing retyped. */
  const kept = state.status === "error" ? state.values : undefined;
  const form = useForm<Values>({
    resolver: zodResolver(schema) as Resolver<Values>,
    defaultValues,
    shouldFocusError: true,
  });

  // Server errors beside their fields, focus on the first one.
  useEffect(() => {
    if (state.status !== "error") return;
    const names = Object.keys(state.fieldErrors);
    for (const name of names) form.setError(name as FieldPath<Values>, { type: "server", message: state.fieldErrors[name] });
    if (names.length) {
      const el = formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(names[0])}"]`);
      el?.focus();
    } else {
      formRef.current?.querySelector<HTMLElement>("[data-form-error]")?.focus();
    }
  }, [state, form]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const el = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void form.handleSubmit(() => {
      const data = new FormData(el, submitter ?? undefined);
      startTransition(() => formAction(data));
    })(event);
  };

  const errorOf = (name: string): string | undefined => {
    const message = valueAt(form.formState.errors, name) as { message?: string } | undefined;
    return message?.message ?? serverErrors[name];
  };

  /** The value a field starts with: what the server sent back, else the form's initial value. */
  const initialOf = (name: string): unknown => (kept && Object.hasOwn(kept, name) ? kept[name] : valueAt(defaultValues, name));

  /**
   * Binds a text-like control: id, `aria-invalid`, `aria-describedby` (hint and error), kept value, register.
   * `id` defaults to the field's name with dots turned to dashes; pass `hint: true` when the Field has one.
   */
  function field<N extends FieldPath<Values>>(name: N, opts: { id?: string; hint?: boolean } = {}): FieldBinding<N> {
    const id = opts.id ?? name.replaceAll(".", "-");
    const error = errorOf(name);
    return {
      id,
      error,
      control: {
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(id, { hint: opts.hint, error }),
        defaultValue: asText(initialOf(name)),
        ...form.register(name),
      },
    };
  }

  /** Binds a group of radios or checkboxes to one field, for `ChoiceGroup`. */
  function choices<N extends FieldPath<Values>>(name: N, opts: { id?: string } = {}): ChoiceBinding<N> {
    const id = opts.id ?? name.replaceAll(".", "-");
    const initial = asList(initialOf(name));
    return { id, error: errorOf(name), register: form.register(name), checked: (value) => initial.includes(value) };
  }

  return { form, state, kept, pending, formRef, formAction, onSubmit, errorOf, field, choices };
}

export type ActionFormKit = ReturnType<typeof useActionForm>;
