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

const link = "font-semibold text-blue-900 underline hover:no-underline";

/**
 * The communes of one page, each a card named by its heading. A commune's space is linked only for its own
 * facilitators (the others have no role there); a request is opened on this page (`?demande=`). Twenty cards
 * render on every visit: the styles sit once on the list (`[&_…]` variants), each text is one string, and the
 * links are plain anchors (no client component, no prefetch per card), as in the inventory's paged list.
 */
export function CommuneList({ rows, viewerId, requestHref, mayDecide }: { rows: CommuneRow[]; viewerId: string; requestHref: (requestId: number) => string; mayDecide: boolean }) {
  return (
    <ul className="grid gap-4 lg:grid-cols-2 [&>li]:min-w-0 [&>li]:rounded-lg [&>li]:border [&>li]:border-slate-200 [&>li]:bg-white [&>li]:p-4 [&>li]:shadow-sm [&_h3]:break-words [&_h3]:text-lg [&_h3]:font-bold [&_h3]:text-slate-900 [&_dl]:mt-3 [&_dl]:grid [&_dl]:gap-x-1 [&_dl]:gap-y-1 sm:[&_dl]:grid-cols-[auto_minmax(0,1fr)] [&_dd]:mb-1 sm:[&_dd]:mb-0 [&_dl]:text-slate-800 [&_dt]:font-semibold">
      {rows.map((e) => {
        const accompanies = e.facilitators.some((f) => f.userId === viewerId);
        const of = ofCommune(e.communeName);
        return (
          <li key={e.workspaceId}>
            <h3>{`${e.communeName} (${e.departementName})`}</h3>
            {(e.quietDays !== null || e.mine) && (
              <p className="mt-2 flex flex-wrap gap-2">
                {e.quietDays !== null && <Badge tone="warning">{`Calme depuis ${e.quietDays} jours`}</Badge>}
                {e.mine && <Badge tone="info">Vous l&apos;accompagnez</Badge>}
              </p>
            )}
            <dl>
              <dt>Étape : </dt>
              <dd>
                <Badge tone={STAGE_TONES[e.stage]}>{PIPELINE_STAGE_LABELS[e.stage]}</Badge>
              </dd>
              <dt>Mandat : </dt>
              <dd>{mandateLabel(e.mandate.day)}</dd>
              <dt>{e.facilitators.length > 1 ? "Facilitateur·rices : " : "Facilitateur·rice : "}</dt>
              <dd>{e.facilitators.length ? e.facilitators.map((f) => f.name).join(" et ") : "aucun·e"}</dd>
              <dt>Dernière activité : </dt>
              <dd>{e.lastActivityAt ? formatDate(e.lastActivityAt) : "aucune"}</dd>
              {e.requestStatus === "pending" ? (
                <>
                  <dt>Demande reçue : </dt>
                  <dd>{`le ${formatDate(e.requestedAt)} (${ago(e.waitingDays ?? 0)})`}</dd>
                </>
              ) : (
                <>
                  <dt>Accompagnée depuis : </dt>
                  <dd>{`le ${e.decidedAt ? formatDate(e.decidedAt) : "—"}`}</dd>
                </>
              )}
            </dl>
            {(e.requestStatus === "pending" || accompanies) && (
              <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
                {e.requestStatus === "pending" && (
                  <a href={requestHref(e.requestId)} className={link}>
                    {mayDecide ? "Répondre à la demande" : "Lire la demande"}
                    <span className="sr-only">{` ${of}`}</span>
                  </a>
                )}
                {accompanies && (
                  <a href={`/communes/${e.communeCode}`} className={link}>
                    Ouvrir l&apos;espace<span className="sr-only">{` ${of}`}</span>
                  </a>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
