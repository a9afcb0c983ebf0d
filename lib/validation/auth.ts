import * as z from "zod/mini";
import { emailField } from "./common";

export const signInSchema = z.object({
  email: emailField,
  // Any value is accepted and then checked by safeReturnPath: a hostile `retour` falls back to "/espace", it is no form error.
  retour: z.catch(z.optional(z.string().check(z.maxLength(4000))), undefined),
});
export type SignInInput = z.input<typeof signInSchema>;

/** Accepting an invitation: the token of the link (the action reads it as is and checks it against the database). */
export const acceptInvitationSchema = z.object({ token: z.string() });
