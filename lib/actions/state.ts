import type { Conflict } from "@/lib/domain/errors";

export type { Conflict };

/** What every form's server action returns: the form shows field errors beside their fields and keeps the values. */
export type FieldErrors = Record<string, string>;

export type ActionState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; formError?: string; values: Record<string, string>; conflict?: Conflict }
  | { status: "success"; message?: string };

export const idle: ActionState = { status: "idle" };

/** A success, with an optional message for the page to announce. */
export function ok(message?: string): ActionState {
  return message === undefined ? { status: "success" } : { status: "success", message };
}

export const FIX_FIELDS = "Le formulaire contient des erreurs : corrigez les champs signalés.";

/** The form is refused: a message for the whole form, the fields' messages, and what the user typed. */
export function formError(message: string, values: Record<string, string> = {}, fieldErrors: FieldErrors = {}, conflict?: Conflict): ActionState {
  return conflict ? { status: "error", fieldErrors, formError: message, values, conflict } : { status: "error", fieldErrors, formError: message, values };
}
