import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Button } from "@/components/ui/button";
import { returnPathOfCallbackUrl } from "@/lib/urls";

export const metadata: Metadata = { title: "Confirmer la connexion" };

/**
 * The e-mailed link lands here. Opening it changes nothing (mail scanners open links): the button posts the
 * single-use token to Auth.js's callback, which signs in and deletes the token.
 */
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token, email, callbackUrl } = await searchParams;
  const valid = typeof token === "string" && /^[0-9a-f]{64}$/.test(token) && typeof email === "string" && email.includes("@");
  if (!valid) {
    return (
      <div className="mx-auto max-w-2xl px-4 py-10">
        <PageHeader title="Ce lien de connexion n'est pas valide" />
        <p className="mt-6">
          Le lien est incomplet : copiez-le en entier depuis l&apos;e-mail, ou <Link className="underline" href="/connexion">demandez un nouveau lien</Link>.
        </p>
      </div>
    );
  }
  const back = returnPathOfCallbackUrl(callbackUrl);
  const action = `/api/auth/callback/email?${new URLSearchParams({ token, email, callbackUrl: back })}`;
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <PageHeader title="Confirmer la connexion" description={`Vous allez vous connecter à Boussole avec l'adresse ${email}.`} />
      <form method="post" action={action} className="mt-6">
        <Button type="submit">Me connecter</Button>
      </form>
    </div>
  );
}
