import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/dates";
import { PIPELINE_STAGE_LABELS, type PipelineEntry, type PipelineStage } from "@/lib/federation/pipeline";
import { ago, mandateLabel, ofCommune } from "@/lib/federation/query";

const STAGE_TONES: Record<PipelineStage, BadgeTone> = {
  demande: "warning",
  acceptee: "neutral",
  etat_des_lieux: "info",
  rencontre_preparee: "info",
  rencontre_tenue: "info",
  synthese_publiee: "success",
  suivi: "success",
};

export type CommuneRow = PipelineEntry & { mine: boolean };

/**
 * The communes of one page, each a card named by its heading. A commune's space is linked only for its own
 * facilitators (the others have no role there); a request is opened on this page (`?demande=`).
 */
export function CommuneList({ rows, viewerId, requestHref, mayDecide }: { rows: CommuneRow[]; viewerId: string; requestHref: (requestId: number) => string; mayDecide: boolean }) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {rows.map((e) => {
        const accompanies = e.facilitators.some((f) => f.userId === viewerId);
        return (
          <li key={e.workspaceId} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="break-words text-lg font-bold text-slate-900">
              {e.communeName} ({e.departementName})
            </h3>
            {(e.quietDays !== null || e.mine) && (
              <p className="mt-2 flex flex-wrap gap-2">
                {e.quietDays !== null && <Badge tone="warning">Calme depuis {e.quietDays} jours</Badge>}
                {e.mine && <Badge tone="info">Vous l&apos;accompagnez</Badge>}
              </p>
            )}
            <dl className="mt-3 space-y-1 text-slate-800">
              <div>
                <dt className="inline font-semibold">Étape : </dt>
                <dd className="inline">
                  <Badge tone={STAGE_TONES[e.stage]}>{PIPELINE_STAGE_LABELS[e.stage]}</Badge>
                </dd>
              </div>
              <div>
                <dt className="inline font-semibold">Mandat : </dt>
                <dd className="inline">{mandateLabel(e.mandate.day)}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">{e.facilitators.length > 1 ? "Facilitateur·rices" : "Facilitateur·rice"} : </dt>
                <dd className="inline">{e.facilitators.length ? e.facilitators.map((f) => f.name).join(" et ") : "aucun·e"}</dd>
              </div>
              <div>
                <dt className="inline font-semibold">Dernière activité : </dt>
                <dd className="inline">{e.lastActivityAt ? formatDate(e.lastActivityAt) : "aucune"}</dd>
              </div>
              {e.requestStatus === "pending" ? (
                <div>
                  <dt className="inline font-semibold">Demande reçue : </dt>
                  <dd className="inline">
                    le {formatDate(e.requestedAt)} ({ago(e.waitingDays ?? 0)})
                  </dd>
                </div>
              ) : (
                <div>
                  <dt className="inline font-semibold">Accompagnée depuis : </dt>
                  <dd className="inline">le {e.decidedAt ? formatDate(e.decidedAt) : "—"}</dd>
                </div>
              )}
            </dl>
            {(e.requestStatus === "pending" || accompanies) && (
            <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
              {e.requestStatus === "pending" && (
                <Link href={requestHref(e.requestId)} className="font-semibold text-blue-900 underline hover:no-underline">
                  {mayDecide ? "Répondre à la demande" : "Lire la demande"}
                  <span className="sr-only"> {ofCommune(e.communeName)}</span>
                </Link>
              )}
              {accompanies && (
                <Link href={`/communes/${e.communeCode}`} className="font-semibold text-blue-900 underline hover:no-underline">
                  Ouvrir l&apos;espace<span className="sr-only"> {ofCommune(e.communeName)}</span>
                </Link>
              )}
            </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
