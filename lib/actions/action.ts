import "server-only";
import type * as z from "zod/mini";
import { requireUser, type CurrentUser } from "@/lib/auth/guards";
import { formDataToObject, runAction } from "./core";
import type { ActionState } from "./state";

/**
 * Builds a server action for a form (useActionState signature): signed-in user → zod parse →
 * `authorize` (a guard: throws notFound for a user without the role) → `run`.
 */
export function formAction<S extends z.core.$ZodType, C>(opts: {
  schema: S;
  authorize: (input: z.output<S>, user: CurrentUser) => Promise<C>;
  run: (input: z.output<S>, ctx: C) => Promise<ActionState | void>;
}) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    // The name step is the guard's (`authorize`): the name form itself is posted by a person without a name.
    const user = await requireUser(undefined, { nameless: true });
    return runAction(opts.schema, formDataToObject(formData), (input) => opts.authorize(input, user), opts.run);
  };
}
