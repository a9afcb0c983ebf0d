import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { InventorySummary } from "@/lib/dashboard/inventory-summary";

const professionals = (n: number) => `professionnel${n > 1 ? "s" : ""}`;

/**
 * The inventory's key indicators: how many professionals, whether a core team is in sight, and — for those who
 * may see departures — how many plan to leave within 2 and within 5 years, every profession counted.
 */
export function InventoryCard({ summary, mayEdit, base }: { summary: InventorySummary; mayEdit: boolean; base: string }) {
  const { total, coreTeam, departures } = summary;
  return (
    <Card title="État des lieux" headingLevel={2}>
      {total === 0 ? (
        <p>Aucun professionnel recensé pour l&apos;instant : l&apos;état des lieux est la base d&apos;un projet de santé réaliste.</p>
      ) : (
        <>
          <p>
            <strong>{total}</strong> {professionals(total)} de santé recensé{total > 1 ? "s" : ""}.{" "}
            <Badge tone={coreTeam.inSight ? "success" : "warning"}>{coreTeam.inSight ? "Équipe cœur en vue" : "Pas encore d'équipe cœur"}</Badge>
          </p>
          <p className="mt-2 text-sm text-slate-700">{coreTeam.sentence}</p>
          {departures && (
            <dl className="mt-3 grid grid-cols-2 gap-3">
              <div className="rounded-md bg-slate-50 p-3">
                <dt className="text-sm text-slate-700">Départs prévus d&apos;ici 2 ans</dt>
                <dd className="text-2xl font-bold text-slate-900">{departures.within2}</dd>
              </div>
              <div className="rounded-md bg-slate-50 p-3">
                <dt className="text-sm text-slate-700">Départs prévus d&apos;ici 5 ans</dt>
                <dd className="text-2xl font-bold text-slate-900">{departures.within5}</dd>
              </div>
            </dl>
          )}
          {departures && (
            <p className="mt-2 text-sm text-slate-700">
              Toutes professions comptées, départs d&apos;ici 2 ans compris dans ceux d&apos;ici 5 ans
              {departures.unknown > 0 ? ` ; projets inconnus pour ${departures.unknown} ${professionals(departures.unknown)}` : ""}.
            </p>
          )}
        </>
      )}
      <p className="mt-3">
        <Link className="font-semibold text-blue-900 underline" href={`${base}/etat-des-lieux`}>
          {total === 0 && mayEdit ? "Commencer l'état des lieux" : "Voir l'état des lieux"}
        </Link>
      </p>
    </Card>
  );
}
