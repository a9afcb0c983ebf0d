"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { idle, type ActionState } from "@/lib/actions/state";

/**
 * One zod schema for browser and server: react-hook-form validates before sending (errors beside the fields,
 * focus on the first), the server action validates again and its errors come back the same way.
 * Without JavaScript the form still posts to the action, and the server's errors and values are shown.
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>>(
  schema: S,
  action: (state: ActionState, formData: FormData) => Promise<ActionState>,
  defaultValues: DefaultValues<z.input<S>>,
) {
  const [state, formAction, pending] = useActionState(action, idle);
  const formRef = useRef<HTMLFormElement>(null);
  const serverErrors = state.status === "error" ? state.fieldErrors : {};
  const form = useForm<z.input<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>>,
    defaultValues,
    shouldFocusError: true,
  });

  // Server errors beside their fields, focus on the first one.
  useEffect(() => {
    if (state.status !== "error") return;
    const names = Object.keys(state.fieldErrors);
    for (const name of names) form.setError(name as never, { type: "server", message: state.fieldErrors[name] });
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
    const e = form.formState.errors as Record<string, { message?: string } | undefined>;
    const path = name.split(".");
    let cur: unknown = e;
    for (const part of path) cur = (cur as Record<string, unknown> | undefined)?.[part];
    return (cur as { message?: string } | undefined)?.message ?? serverErrors[name];
  };

  return { form, state, pending, formRef, formAction, onSubmit, errorOf };
}
