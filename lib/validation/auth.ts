import { z } from "zod";
import { emailField } from "./common";

export const signInSchema = z.object({
  email: emailField,
  retour: z.string().optional(),
});
export type SignInInput = z.input<typeof signInSchema>;
