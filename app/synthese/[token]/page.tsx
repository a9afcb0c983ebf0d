import type { Metadata } from "next";
import { MessagePage } from "@/components/ui/message-page";
import { PrintButton } from "@/components/synthesis/print-button";
import { ReadingDocument } from "@/app/synthese/_components/reading-document";
import { findSynthesisByReadingToken } from "@/db/syntheses";
import { publicContext } from "@/lib/auth/guards";

// The token never leaves in a Referer; the page is nobody's business but its reader's.
export const metadata: Metadata = { title: "Synthèse de la réunion", referrer: "same-origin", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/**
 * Public: the personal reading link is the key, no account. Reads only (mail scanners open links). It works
 * after the meeting — that is its point — and shows the latest published version, with its update date.
 */
export default async function ReadingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = findSynthesisByReadingToken(publicContext(), { token });
  if (!view) {
    return (
      <MessagePage title="Ce lien de lecture n'est pas valide">
        <p>Il est peut-être incomplet (copiez-le en entier depuis l&apos;e-mail), ou il a expiré : un lien de lecture fonctionne un an après son envoi.</p>
        <p>Demandez un nouveau lien à la personne qui vous a invité·e à la réunion.</p>
      </MessagePage>
    );
  }
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p className="mb-4 text-slate-800 print:hidden">
        Lien de lecture personnel de <strong>{view.readerName}</strong> : ne le transférez pas.
      </p>
      <ReadingDocument view={view} />
      <div className="mt-8 flex flex-wrap gap-3 print:hidden">
        <PrintButton />
        <a href={`/synthese/${token}/pdf`} className="inline-flex items-center rounded-md border border-blue-900 bg-white px-4 py-2.5 font-semibold text-blue-900 hover:bg-blue-50" download>
          Télécharger le PDF
        </a>
      </div>
    </div>
  );
}
