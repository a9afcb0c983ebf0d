"use server";

import { redirect } from "next/navigation";
import { db } from "@/db/client";
import { acceptInvitation, findInvitationByToken } from "@/db/invitations";
import { isPublicDemo } from "@/lib/config";
import { PUBLIC_DEMO_REFUSAL, isDemoAccount } from "@/lib/demo";
import { getCurrentUser } from "@/lib/auth/guards";
import { startSession } from "@/lib/auth/session";
import { asFormData } from "@/lib/actions/core";
import type { ActionState } from "@/lib/actions/state";

const REFUSALS = {
  invalid: "Ce lien d'invitation n'est pas valide.",
  accepted: "Cette invitation a déjà été acceptée : chaque lien ne sert qu'une fois.",
  revoked: "Cette invitation a été retirée par la personne qui l'avait envoyée.",
  expired: "Cette invitation a expiré. Demandez à la personne qui vous a invité·e de vous la renvoyer.",
  "wrong-account": "Vous êtes connecté·e avec une autre adresse que celle de l'invitation : déconnectez-vous d'abord.",
  "federation-has-admin": "La fédération a déjà un·e admin : demandez-lui de vous inviter.",
  open: "",
} as const;

/**
 * Accepting is the only step that changes anything (opening the link does not). The token is the proof
 * of the address: the account is created if needed and the person is signed in.
 */
export async function acceptInvitationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const token = String(asFormData(formData).get("token") ?? "");
  const current = await getCurrentUser();
  // Signed in, the invitation must be addressed to this account; anonymous, its address's account is used.
  const now = new Date();
  if (!current && isPublicDemo() && !isDemoAccount(findInvitationByToken({ db, now }, { token })?.invitation.email)) {
    return { status: "error", fieldErrors: {}, formError: PUBLIC_DEMO_REFUSAL, values: {} };
  }
  const result = acceptInvitation(current ? { db, actor: current, now } : { db, now }, { token });
  if (!result.ok) return { status: "error", fieldErrors: {}, formError: REFUSALS[result.reason], values: {} };
  if (!current) await startSession(result.userId);
  redirect(result.redirectTo);
}
