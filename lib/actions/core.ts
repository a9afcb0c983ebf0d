import * as z from "zod/mini";
import { ConflictError, FieldError, FormError } from "@/lib/domain/errors";
import { FIX_FIELDS, formError, ok, type ActionState, type FieldErrors } from "./state";

/**
 * An action's form argument. A form always sends FormData; a hand-made call to the action can send anything
 * (a number, an array…), which then reads as an empty form — refused by the schema, never a 500.
 */
export function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** FormData as a plain object of strings (repeated keys become arrays); files are ignored. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of asFormData(formData).entries()) {
    if (key.startsWith("$ACTION")) continue; // Next.js's own fields
    if (typeof value !== "string") continue;
    // Own keys only: a field named "constructor" or "__proto__" must not pick up Object.prototype's members.
    const prev = Object.hasOwn(out, key) ? out[key] : undefined;
    if (prev === undefined) out[key] = value;
    else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** What the user typed, to give back to the form (arrays joined; never passwords, we have none). */
export function keptValues(raw: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : v]));
}

/** The first message of each field, keyed by its dotted path ("referents.1.email"). */
export function zodFieldErrors(error: z.core.$ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The action helper's core: parse with the zod schema, check the role, run; a discriminated state back.
 * `authorize` throws (notFound/redirect) when the user may not act; it runs after parsing so it can use
 * the parsed input, and before anything is written.
 */
export async function runAction<S extends z.core.$ZodType, C>(
  schema: S,
  raw: Record<string, string | string[]>,
  authorize: (input: z.output<S>) => Promise<C> | C,
  run: (input: z.output<S>, ctx: C) => Promise<ActionState | void> | ActionState | void,
): Promise<ActionState> {
  const values = keptValues(raw);
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) {
    const { _form, ...fieldErrors } = zodFieldErrors(parsed.error);
    return formError(_form ?? FIX_FIELDS, values, fieldErrors);
  }
  const ctx = await authorize(parsed.data);
  try {
    return (await run(parsed.data, ctx)) ?? ok();
  } catch (e) {
    return domainErrorState(e, values);
  }
}

/** The form state for a domain error (see `lib/domain/errors.ts`); anything else is rethrown. */
export function domainErrorState(e: unknown, values: Record<string, string>): ActionState {
  if (e instanceof FieldError) return formError(FIX_FIELDS, values, { [e.field]: e.message });
  if (e instanceof FormError) return formError(e.message, values);
  if (e instanceof ConflictError) {
    return formError(
      `${e.conflict.updatedBy} a enregistré une autre version le ${e.conflict.updatedAt}. Votre saisie n'a pas été enregistrée : comparez les deux versions ci-dessous.`,
      values,
      {},
      e.conflict,
    );
  }
  throw e;
}
