import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Connexion impossible" };

const MESSAGES: Record<string, string> = {
  Verification: "Ce lien de connexion a expiré ou a déjà servi. Chaque lien ne fonctionne qu'une fois, pendant 15 minutes.",
  AccessDenied: "La connexion a été refusée.",
  Configuration: "Le service de connexion est mal configuré. Prévenez l'administrateur du site.",
};

export default async function AuthErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <PageHeader title="Connexion impossible" />
      <p className="mt-6">{MESSAGES[error ?? ""] ?? "La connexion n'a pas abouti."}</p>
      <p className="mt-4">
        <Link className="font-semibold underline" href="/connexion">
          Demander un nouveau lien de connexion
        </Link>
      </p>
    </div>
  );
}
