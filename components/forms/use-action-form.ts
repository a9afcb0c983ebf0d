"use client";

import { startTransition, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver, type UseFormRegisterReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type * as z from "zod/mini";
import { describedBy } from "@/components/ui/field";
import { idle, type ActionState } from "@/lib/actions/state";

/** A form's zod schema: what the browser holds (strings, arrays) is what the server action receives. */
export type FormSchema = z.ZodMiniType<FieldValues, FieldValues>;

/**
 * How a form gets its schema: `() => import("@/lib/validation/…").then((m) => m.xSchema)`, declared once beside
 * the form (a stable function). The schema (and zod with it, two thirds of a form's JavaScript) is then not
 * part of the page's first load: it is fetched when the person first touches the form, before they can send
 * it. The server action imports the same schema directly.
 */
export type SchemaLoader<S extends FormSchema = FormSchema> = () => Promise<S>;

/**
 * react-hook-form's resolver for a schema not loaded yet: `preload()` starts fetching it; validating waits for
 * it. If it cannot be fetched (the network dropped), the values go to the server unchecked, which checks them
 * with the same schema and answers with the same messages; the next attempt fetches it again.
 */
function lazyResolver<S extends FormSchema>(load: SchemaLoader<S>) {
  let ready: Resolver<FieldValues> | undefined;
  let pending: Promise<Resolver<FieldValues> | undefined> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (schema) => (ready = zodResolver(schema) as unknown as Resolver<FieldValues>),
      () => (pending = undefined),
    ));
  const resolver: Resolver<FieldValues> = async (values, context, options) => {
    const resolve = ready ?? (await preload());
    return resolve ? resolve(values, context, options) : { values, errors: {} };
  };
  return { resolver, preload };
}

/** The props of a text-like control (input, select, textarea) bound to one field of the form. */
export type ControlProps<N extends string = string> = UseFormRegisterReturn<N> & {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  defaultValue: string | undefined;
};

/** One field's binding: its id, its error message, and the props of its control. */
export type FieldBinding<N extends string = string> = { id: string; error: string | undefined; control: ControlProps<N> };

/** The props of one radio or checkbox of a group: its value, whether it starts checked, its error state, register. */
export type OptionProps<N extends string = string> = UseFormRegisterReturn<N> & {
  value: string;
  defaultChecked: boolean;
  "aria-invalid": true | undefined;
};

/** A group of radios or checkboxes bound to one field (see `ChoiceGroup`, or `ChoiceFieldset` for custom options). */
export type ChoiceBinding<N extends string = string> = {
  id: string;
  error: string | undefined;
  register: UseFormRegisterReturn<N>;
  /** Whether an option starts checked: what the user sent back (server error) or the form's initial value. */
  checked: (value: string) => boolean;
  /** Everything one option's `<input type="radio|checkbox">` needs, but its type: `<input type="radio" {...g.option(v)} />`. */
  option: (value: string) => OptionProps<N>;
};

/** The props of a single on/off checkbox (no `value` attribute: it posts "on", react-hook-form holds a boolean). */
export type CheckboxProps<N extends string = string> = UseFormRegisterReturn<N> & {
  id: string;
  type: "checkbox";
  defaultChecked: boolean;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

/** The props of a hidden input bound to one field; its value follows the form's (`setValue`, `reset`). */
export type HiddenProps<N extends string = string> = UseFormRegisterReturn<N> & { type: "hidden"; value: string };

/**
 * A string from the server (a form's defaults are strings) as one of a list's values, or undefined: how a
 * select or radio group's initial value gets its enum type without a cast. `oneOf(PROFESSIONS, v.profession)`.
 */
export function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | undefined {
  return list.find((item) => item === value);
}

/** The value at a dotted path of an object ("referents.1.email"), as a string or a list of strings. */
function valueAt(source: unknown, name: string): unknown {
  let cur: unknown = source;
  for (const part of name.split(".")) cur = cur && typeof cur === "object" ? (cur as Record<string, unknown>)[part] : undefined;
  return cur;
}

const asText = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : Array.isArray(v) ? v.join("\n") : String(v));
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? v.split("\n").filter(Boolean) : v == null ? [] : [String(v)]);
/** A single checkbox's state from a form value: react-hook-form's boolean, or what a posted form carries ("on"). */
const isOn = (v: unknown): boolean => v === true || v === "on" || v === "true" || v === "1";

/**
 * One zod schema for browser and server: react-hook-form validates before sending (errors beside the fields,
 * focus on the first), the server action validates again and its errors come back the same way.
 * Without JavaScript the form still posts to the action, and the server's errors and kept values are shown
 * (`field()`, `choices()` and `checkbox()` put them in the server-rendered HTML). Render the fields with
 * `FormField` (label, hint, control, error) and `ChoiceGroup`; the hidden ones with `<input {...kit.hidden(name)} />`.
 */
export function useActionForm<S extends FormSchema>(
  loadSchema: SchemaLoader<S>,
  action: (state: ActionState, formData: FormData) => Promise<ActionState>,
  defaultValues: DefaultValues<z.input<S>>,
) {
  type Values = z.input<S>;
  const [state, formAction, pending] = useActionState(action, idle);
  const formRef = useRef<HTMLFormElement>(null);
  const validation = useMemo(() => lazyResolver(loadSchema), [loadSchema]);
  // The schema is fetched as soon as the form is touched (focus, pointer), or at the latest when it is sent.
  useEffect(() => {
    const el = formRef.current;
    if (!el) return;
    const preload = () => void validation.preload();
    el.addEventListener("focusin", preload, { once: true });
    el.addEventListener("pointerdown", preload, { once: true });
    return () => {
      el.removeEventListener("focusin", preload);
      el.removeEventListener("pointerdown", preload);
    };
  }, [validation]);
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  /** What the user sent, when the server refused it: shown again, nothing retyped. */
  const kept = state.status === "error" ? state.values : undefined;
  const form = useForm<Values>({
    resolver: validation.resolver as unknown as Resolver<Values>,
    defaultValues,
    shouldFocusError: true,
  });
  /**
   * The values the form was loaded with, before the user typed: the base of a conflict's three-way merge
   * (`useConflict`). Not what the server sent back after an error (that is the user's typing), but moved on to
   * the stored version once the user builds on it (`rebase`), and to the values saved after a success that
   * leaves the form on the page. Null when unknown: the form was first rendered with the server's answer to a
   * post made without JavaScript.
   */
  const [base, setBase] = useState<DefaultValues<Values> | null>(() => (state.status === "idle" ? defaultValues : null));
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    // A new answer from the server (adjusting state while rendering, not in an effect).
    setAnswered(state);
    if (state.status === "success") setBase(form.getValues() as DefaultValues<Values>);
  }

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

  /**
   * Binds a group of radios or checkboxes to one field, for `ChoiceGroup` (or `ChoiceFieldset` and `option()`).
   * A posted form leaves out a group with nothing checked: once the server answered, its absence means "none".
   */
  function choices<N extends FieldPath<Values>>(name: N, opts: { id?: string } = {}): ChoiceBinding<N> {
    const id = opts.id ?? name.replaceAll(".", "-");
    const error = errorOf(name);
    const initial = asList(kept ? kept[name] : valueAt(defaultValues, name));
    const register = form.register(name);
    const checked = (value: string) => initial.includes(value);
    return {
      id,
      error,
      register,
      checked,
      option: (value) => ({ value, defaultChecked: checked(value), "aria-invalid": error ? true : undefined, ...register }),
    };
  }

  /** Binds a single on/off checkbox (sent as "on", held as a boolean); like a group, unchecked once the server answered without it. */
  function checkbox<N extends FieldPath<Values>>(name: N, opts: { id?: string; hint?: boolean } = {}): { id: string; error: string | undefined; control: CheckboxProps<N> } {
    const id = opts.id ?? name.replaceAll(".", "-");
    const error = errorOf(name);
    return {
      id,
      error,
      control: {
        id,
        type: "checkbox",
        defaultChecked: isOn(kept ? kept[name] : valueAt(defaultValues, name)),
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(id, { hint: opts.hint, error }),
        ...form.register(name),
      },
    };
  }

  /**
   * Binds a hidden input: `<input {...kit.hidden("version")} />`. Controlled by the form's value, so that
   * `setValue` and `reset` stick (a hidden input's value *is* its default value, which React would put back).
   */
  function hidden<N extends FieldPath<Values>>(name: N): HiddenProps<N> {
    // The React Compiler is not enabled here: watch() re-renders the form when the value changes, as intended.
    // eslint-disable-next-line react-hooks/incompatible-library
    return { type: "hidden", value: asText(form.watch(name)) ?? "", ...form.register(name) };
  }

  /** The form now builds on these values (a version stored by someone else, taken back or merged with mine). */
  const rebase = (values: DefaultValues<Values>) => setBase(values);

  return { form, state, kept, pending, formRef, formAction, onSubmit, errorOf, field, choices, checkbox, hidden, base, rebase };
}

export type ActionFormKit = ReturnType<typeof useActionForm>;
