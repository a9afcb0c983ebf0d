import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { workspaceHistory } from "@/db/history";
import { displayName } from "@/db/users";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/dates";
import { ExportData } from "./_components/export-data";

export const metadata: Metadata = { title: "Historique" };

export default async function HistoryPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const { data, roles, commune } = await requireCommuneRole(code, "workspace.history");
  const events = workspaceHistory(data);
  return (
    <>
      <PageHeader title="Historique" description="Chaque modification de l'espace, avec son auteur et sa date (heure de Paris), de la plus récente à la plus ancienne." />
      {can(roles, "workspace.export") && <ExportData code={commune.code} />}
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
    </>
  );
}
