import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/guards";
import { signInAsDemo } from "@/lib/auth/actions";
import { isDemo } from "@/lib/config";
import { DEMO_ACCOUNTS } from "@/lib/demo";
import { safeReturnPath } from "@/lib/urls";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Connexion" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ retour?: string | string[] }> }) {
  // Checked here already: the form only ever carries a same-site path (a repeated or hostile `retour` is dropped).
  const { retour: raw } = await searchParams;
  const retour = typeof raw === "string" && raw !== "" ? safeReturnPath(raw) : undefined;
  if (await getCurrentUser()) redirect(retour ?? safeReturnPath(undefined));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader
        title="Se connecter"
        description="Pas de mot de passe : indiquez votre adresse e-mail, vous recevez un lien qui vous connecte. Votre compte est créé à la première connexion."
      />
      <div className="mt-8 grid gap-8">
        <Card title="Recevoir un lien de connexion">
          <SignInForm retour={retour} />
        </Card>
        {isDemo() && (
          <Card title="Démonstration : se connecter en tant que…">
            <p className="mb-4 text-sm text-slate-700">
              La démonstration contient la commune de Marvejols (Lozère), accompagnée par la Fécop. Choisissez une personne pour
              voir Boussole avec ses yeux.
            </p>
            <ul className="grid gap-3 sm:grid-cols-2">
              {DEMO_ACCOUNTS.map((a) => (
                <li key={a.email}>
                  <form action={signInAsDemo} className="h-full">
                    <input type="hidden" name="email" value={a.email} />
                    <Button type="submit" variant="secondary" className="h-full w-full flex-col items-start justify-start text-left">
                      <span className="block font-semibold">
                        {a.name} — {a.label}
                      </span>
                      <span className="block text-sm font-normal">{a.description}</span>
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </div>
  );
}
