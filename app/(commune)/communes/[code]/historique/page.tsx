import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { historyCursorParam, parseHistoryCursor, workspaceHistoryPage } from "@/db/history";
import { displayName } from "@/db/users";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/dates";
import { ExportData } from "./_components/export-data";

export const metadata: Metadata = { title: "Historique" };

/**
 * 50 events a page, newest first; « Voir les plus anciens » is a plain link carrying where the page stopped
 * (`?avant=`), so every event stays reachable, without JavaScript, at the same cost however deep.
 */
export default async function HistoryPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ avant?: string | string[] }> }) {
  const { code } = await params;
  const { data, roles, commune } = await requireCommuneRole(code, "workspace.history");
  const before = parseHistoryCursor((await searchParams).avant);
  const { events, older } = workspaceHistoryPage(data, { before });
  const base = `/communes/${commune.code}/historique`;
  return (
    <>
      <PageHeader title="Historique" description="Chaque modification de l'espace, avec son auteur et sa date (heure de Paris), de la plus récente à la plus ancienne." />
      {can(roles, "workspace.export") && <ExportData code={commune.code} />}
      {before && (
        <p className="mt-6">
          <Link href={base} className="font-semibold text-blue-900 underline hover:no-underline">
            Revenir aux plus récents
          </Link>
        </p>
      )}
      {events.length === 0 ? (
        <p className="mt-6 text-slate-800">Aucune modification plus ancienne.</p>
      ) : (
      <ol className="mt-6 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" aria-label="Modifications de l'espace">
        {events.map((e) => (
          <li key={e.id} className="p-4">
            <p className="text-slate-900 [overflow-wrap:anywhere]">{e.summary}</p>
            <p className="mt-1 text-sm text-slate-700">
              <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time> — par {e.actorEmail ? displayName({ name: e.actorName, email: e.actorEmail }) : "Boussole"}
            </p>
          </li>
        ))}
      </ol>
      )}
      {older && (
        <nav aria-label="Pages de l'historique" className="mt-4">
          <Link href={`${base}?avant=${historyCursorParam(older)}`} className="font-semibold text-blue-900 underline hover:no-underline">
            Voir les plus anciens
          </Link>
        </nav>
      )}
    </>
  );
}
