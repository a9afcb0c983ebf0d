import { ownValue } from "@/lib/lookup";

/** Auth.js's error codes (`/connexion/erreur?error=…`) as the person signing in should read them. */
const MESSAGES: Record<string, string> = {
  Verification: "Ce lien de connexion a expiré ou a déjà servi. Chaque lien ne fonctionne qu'une fois, pendant 15 minutes.",
  AccessDenied: "La connexion a été refusée.",
  Configuration: "Le service de connexion est mal configuré. Prévenez l'administrateur du site.",
};

export const DEFAULT_SIGN_IN_ERROR = "La connexion n'a pas abouti.";

/** The message for the `error` search parameter, whatever it holds (absent, repeated, "constructor"…). */
export function signInErrorMessage(error: unknown): string {
  return ownValue(MESSAGES, error) ?? DEFAULT_SIGN_IN_ERROR;
}
