import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FederationContact } from "@/components/federation-contact";
import type { WorkspaceOverview } from "@/db/workspaces";
import { formatDate } from "@/lib/dates";

export type FederationCardProps = {
  request: WorkspaceOverview["currentRequest"];
  facilitators: WorkspaceOverview["facilitators"];
  regionalFederation: WorkspaceOverview["regionalFederation"];
  /** Whether the viewer may ask a federation (the mayor). */
  mayRequest: boolean;
  base: string;
};

/** The federation asked, where the request stands, and the facilitators with their contact. */
export function FederationCard({ request, facilitators, regionalFederation, mayRequest, base }: FederationCardProps) {
  return (
    <Card title="Fédération régionale" headingLevel={2}>
      {request?.request.status === "accepted" ? (
        <>
          <p>
            <Badge tone="success">Accompagnement en cours</Badge>
          </p>
          <p className="mt-2 font-semibold">{request.federation.name}</p>
          <h3 className="mt-3 font-semibold">{facilitators.length > 1 ? "Vos facilitateurs" : "Votre facilitateur·rice"}</h3>
          <ul className="mt-1 space-y-1">
            {facilitators.map((f) => (
              <li key={f.userId} className="break-words">
                {f.name} —{" "}
                <a className="underline" href={`mailto:${f.email}`}>
                  {f.email}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : request?.request.status === "pending" ? (
        <>
          <p>
            <Badge tone="warning">Demande en attente</Badge>
          </p>
          <p className="mt-2">
            Envoyée à la <strong>{request.federation.name}</strong> le {formatDate(request.request.requestedAt)}.
          </p>
        </>
      ) : request?.request.status === "declined" ? (
        <>
          <p>
            <Badge tone="danger">Demande déclinée</Badge>
          </p>
          <p className="mt-2">
            La {request.federation.name} a décliné : « {request.request.declineReason} »
          </p>
          {mayRequest && (
            <p className="mt-3">
              <ButtonLink href={`${base}/federation`} size="sm">
                Adresser une nouvelle demande
              </ButtonLink>
            </p>
          )}
        </>
      ) : (
        <>
          <p className="mb-3">Aucune fédération sollicitée pour l&apos;instant.</p>
          {regionalFederation && <FederationContact federation={regionalFederation} />}
          {mayRequest && (
            <p className="mt-4">
              <ButtonLink href={`${base}/federation`} size="sm">
                Demander l&apos;accompagnement
              </ButtonLink>
            </p>
          )}
        </>
      )}
    </Card>
  );
}
