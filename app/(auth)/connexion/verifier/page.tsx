import type { Metadata } from "next";
import { firstParam } from "@/lib/lookup";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { isDemo } from "@/lib/config";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/constants";

export const metadata: Metadata = { title: "Vérifiez votre messagerie" };

export default async function VerifyRequestPage({ searchParams }: { searchParams: Promise<{ email?: string | string[] }> }) {
  const email = firstParam((await searchParams).email);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <PageHeader title="Vérifiez votre messagerie" />
      <div className="mt-6 space-y-4 text-slate-800">
        <p>
          Si l&apos;adresse {email ? <strong>{email}</strong> : "indiquée"} est valide, un lien de connexion vient d&apos;y être envoyé. Il
          est valable {SIGN_IN_LINK_MINUTES} minutes et ne sert qu&apos;une fois.
        </p>
        <p>Pensez à regarder dans les courriers indésirables. Rien reçu ? <Link className="underline" href="/connexion">Demandez un nouveau lien</Link>.</p>
        {isDemo() && (
          <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3">
            Démonstration : aucun e-mail ne part réellement. Ouvrez la <Link className="font-semibold underline" href="/dev/boite-mail">boîte de développement</Link> pour cliquer sur le lien.
          </p>
        )}
      </div>
    </div>
  );
}
