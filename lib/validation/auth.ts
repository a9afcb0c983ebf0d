import { z } from "zod";
import { emailField } from "./common";

export const signInSchema = z.object({
  email: emailField,
  // Any value is accepted and then checked by safeReturnPath: a hostile `retour` falls back to "/espace", it is no form error.
  retour: z.string().max(4000).optional().catch(undefined),
});
export type SignInInput = z.input<typeof signInSchema>;
