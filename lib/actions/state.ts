/** What every form's server action returns: the form shows field errors beside their fields and keeps the values. */
export type FieldErrors = Record<string, string>;

/** A save over a newer version: what is stored now, to show beside what the user typed. Nothing was written. */
export type Conflict = { theirs: Record<string, string>; updatedBy: string; updatedAt: string; version: number };

export type ActionState =
  | { status: "idle" }
  | { status: "error"; fieldErrors: FieldErrors; formError?: string; values: Record<string, string>; conflict?: Conflict }
  | { status: "success"; message?: string };

export const idle: ActionState = { status: "idle" };
