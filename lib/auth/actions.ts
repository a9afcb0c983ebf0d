"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { notFound } from "next/navigation";
import { db } from "@/db/client";
import { findUserByEmail } from "@/db/users";
import { allowSignInLink } from "@/db/trust";
import { clientIp } from "@/lib/security/client-ip";
import { isDemo, isPublicDemo } from "@/lib/config";
import { DEMO_ACCOUNTS, PUBLIC_DEMO_REFUSAL, isDemoAccount } from "@/lib/demo";
import { asFormData, formDataToObject, runAction } from "@/lib/actions/core";
import { FIX_FIELDS, formError, type ActionState } from "@/lib/actions/state";
import { signInSchema } from "@/lib/validation/auth";
import { safeReturnPath } from "@/lib/urls";
import { signIn, signOut } from "./auth";
import { startSession } from "./session";

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}

/**
 * Sends the sign-in link. The answer is the same whether or not the address is known. The limits (3 links per
 * address per 15 minutes, 20 per client address per hour) are checked before Auth.js writes or sends anything.
 */
export async function requestSignInLink(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const raw = formDataToObject(formData);
  const result = await runAction(signInSchema, raw, () => null, async (input) => {
    if (isPublicDemo() && !isDemoAccount(input.email)) return formError(FIX_FIELDS, { email: input.email }, { email: PUBLIC_DEMO_REFUSAL });
    await allowSignInLink({ db, now: new Date() }, { email: input.email, ip: clientIp(await headers()) });
    try {
      // Auth.js does not throw when sending fails: it answers with its error page's address (?error=…).
      const next = await signIn("email", { email: input.email, redirect: false, redirectTo: safeReturnPath(input.retour) });
      if (typeof next === "string" && new URL(next, "http://x").searchParams.has("error")) throw new Error(`Auth.js : ${next}`);
    } catch (e) {
      console.error("[auth] envoi du lien de connexion impossible", e);
      return formError("Le lien de connexion n'a pas pu être envoyé : le service de messagerie ne répond pas. Réessayez dans quelques minutes.", { email: input.email });
    }
  });
  if (result.status === "success") {
    redirect(`/connexion/verifier?email=${encodeURIComponent(String(raw.email).trim().toLowerCase())}`);
  }
  return result;
}

/** Demo only: one click to be one of the demo commune's people. */
export async function signInAsDemo(formData: FormData) {
  if (!isDemo()) notFound();
  const email = String(asFormData(formData).get("email") ?? "");
  if (!DEMO_ACCOUNTS.some((a) => a.email === email)) notFound();
  const user = findUserByEmail({ db, now: new Date() }, { email });
  if (!user) notFound();
  await startSession(user.id);
  const account = DEMO_ACCOUNTS.find((a) => a.email === email)!;
  redirect(account.home);
}
