import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

export const metadata: Metadata = { title: "Connexion impossible" };

export default async function AuthErrorPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <PageHeader title="Connexion impossible" />
      <p className="mt-6">{signInErrorMessage(error)}</p>
      <p className="mt-4">
        <Link className="font-semibold underline" href="/connexion">
          Demander un nouveau lien de connexion
        </Link>
      </p>
    </div>
  );
}
