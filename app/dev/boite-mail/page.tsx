import type { Metadata } from "next";
import { firstParam } from "@/lib/lookup";
import Link from "next/link";
import { notFound } from "next/navigation";
import { and, desc, eq, inArray } from "drizzle-orm";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { db } from "@/db/client";
import { mails } from "@/db/schema";
import { isDemo, isPublicDemo } from "@/lib/config";
import { DEMO_EMAILS } from "@/lib/demo";
import { formatDateTime } from "@/lib/dates";
import { MAIL_STATE_LABELS } from "@/lib/domain/enums";

export const metadata: Metadata = { title: "Boîte de développement" };
export const dynamic = "force-dynamic";

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ a?: string | string[] }> }) {
  if (!isDemo()) notFound();
  const { a } = await searchParams;
  const to = firstParam(a)?.trim().toLowerCase();
  const list = db
    .select({ id: mails.id, to: mails.to, subject: mails.subject, status: mails.status, createdAt: mails.createdAt })
    .from(mails)
    // A public demo shows only its accounts' mails: anything sent to another address is no one's to read here.
    .where(and(to ? eq(mails.to, to) : undefined, isPublicDemo() ? inArray(mails.to, [...DEMO_EMAILS]) : undefined))
    .orderBy(desc(mails.id))
    .limit(100)
    .all();
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeader
        title="Boîte de développement"
        description="En démonstration, aucun e-mail ne quitte Boussole : ils sont tous gardés ici, pour que vous puissiez cliquer sur les liens qu'ils contiennent."
      />
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3" role="search" aria-label="Filtrer par destinataire">
        <div>
          <label htmlFor="a" className="block font-semibold">
            Destinataire
          </label>
          <input id="a" name="a" type="email" defaultValue={to} className="mt-1 rounded-md border border-slate-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md border border-blue-900 px-4 py-2 font-semibold text-blue-900">
          Filtrer
        </button>
      </form>
      {list.length === 0 ? (
        <p className="mt-6">Aucun e-mail{to ? ` pour ${to}` : ""}.</p>
      ) : (
        <table className="mt-6 w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">E-mails envoyés, du plus récent au plus ancien</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">Date</th>
              <th scope="col" className="p-2">Destinataire</th>
              <th scope="col" className="p-2">Objet</th>
              <th scope="col" className="p-2">État</th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.id} className="border-b border-slate-200">
                <td className="p-2 whitespace-nowrap">{formatDateTime(m.createdAt)}</td>
                <td className="p-2">{m.to}</td>
                <td className="p-2">
                  <Link className="text-blue-900 underline" href={`/dev/boite-mail/${m.id}`}>
                    {m.subject}
                  </Link>
                </td>
                <td className="p-2">
                  <Badge tone={m.status === "non_remis" ? "danger" : "neutral"}>{MAIL_STATE_LABELS[m.status]}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
