/** What every form's server action returns: the form shows field errors beside their fields and keeps the values. */
export type FieldErrors = Record<string, string>;

export type ActionState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; formError?: string; values: Record<string, string> }
  | { status: "success"; message?: string };

export const idle: ActionState = { status: "idle" };
