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
 * facilitators (the others have no role there); a request is opened on this page (`?demande=`). Twenty cards
 * render on every visit, each element twice (HTML and RSC payload): the styles are the `pipeline-cards` rules of
 * app/globals.css, each text is one string, the stage's value is its badge, a link says whose it is by its
 * accessible name (its visible words first), and the links are plain anchors (no client component, no prefetch).
 */
export function CommuneList({ rows, viewerId, requestHref, mayDecide }: { rows: CommuneRow[]; viewerId: string; requestHref: (requestId: number) => string; mayDecide: boolean }) {
  return (
    <ul className="pipeline-cards">
      {rows.map((e) => {
        const accompanies = e.facilitators.some((f) => f.userId === viewerId);
        const of = ofCommune(e.communeName);
        const pending = e.requestStatus === "pending";
        const read = mayDecide ? "Répondre à la demande" : "Lire la demande";
        return (
          <li key={e.workspaceId}>
            <h3>{`${e.communeName} (${e.departementName})`}</h3>
            {(e.quietDays !== null || e.mine) && (
              <p className="pipeline-tags">
                {e.quietDays !== null && <Badge tone="warning">{`Calme depuis ${e.quietDays} jours`}</Badge>}
                {e.mine && <Badge tone="info">Vous l&apos;accompagnez</Badge>}
              </p>
            )}
            <dl>
              <dt>Étape : </dt>
              <dd className={`badge badge-${STAGE_TONES[e.stage]}`}>
                {PIPELINE_STAGE_LABELS[e.stage]}
              </dd>
              <dt>Mandat : </dt>
              <dd>{mandateLabel(e.mandate.day)}</dd>
              <dt>{e.facilitators.length > 1 ? "Facilitateur·rices : " : "Facilitateur·rice : "}</dt>
              <dd>{e.facilitators.length ? e.facilitators.map((f) => f.name).join(" et ") : "aucun·e"}</dd>
              <dt>Dernière activité : </dt>
              <dd>{e.lastActivityAt ? formatDate(e.lastActivityAt) : "aucune"}</dd>
              <dt>{pending ? "Demande reçue : " : "Accompagnée depuis : "}</dt>
              <dd>{pending ? `le ${formatDate(e.requestedAt)} (${ago(e.waitingDays ?? 0)})` : `le ${e.decidedAt ? formatDate(e.decidedAt) : "—"}`}</dd>
            </dl>
            {pending && (
              <a href={requestHref(e.requestId)} aria-label={`${read} ${of}`}>
                {read}
              </a>
            )}
            {accompanies && (
              <a href={`/communes/${e.communeCode}`} aria-label={`Ouvrir l'espace ${of}`}>
                Ouvrir l&apos;espace
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
