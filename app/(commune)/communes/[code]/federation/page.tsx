import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import { FederationContact } from "@/components/federation-contact";
import { workspaceOverview } from "@/db/workspaces";
import { federationOnBoussole, listFederations } from "@/db/federations";
import { can } from "@/lib/auth/permissions";
import { requireCommuneRole } from "@/lib/auth/guards";
import { formatDate, formatDateTime } from "@/lib/dates";
import { FEDERATION_REQUEST_STATUS_LABELS } from "@/lib/domain/enums";
import { FederationRequestForm } from "./_components/request-form";
import { WithdrawRequestForm } from "./_components/withdraw-form";
import { WaitingHintsPanel } from "./_components/waiting-hints";
import { requestWaitingHints } from "@/lib/federation/waiting";

export const metadata: Metadata = { title: "Fédération régionale" };

const STATUS_TONE = { pending: "warning", accepted: "success", declined: "danger", withdrawn: "neutral" } as const;

export default async function FederationPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ demande?: string }> }) {
  const { code } = await params;
  const { demande } = await searchParams;
  const ctx = await requireCommuneRole(code, "federationRequest.view");
  const o = workspaceOverview(ctx.data)!;
  const mayRequest = can(ctx.roles, "federationRequest.send");
  const current = o.currentRequest;
  const canRequest = mayRequest && (!current || current.request.status === "declined" || current.request.status === "withdrawn");
  const all = canRequest ? listFederations(ctx.data) : [];
  const proposed = o.regionalFederation;
  const hints = current ? requestWaitingHints(current.request, federationOnBoussole(ctx.data, { federationId: current.federation.id }), ctx.data.now) : null;
  const defaultMessage = `Bonjour,\n\nNouvellement élu·e maire de ${o.commune.name}, je souhaite être accompagné·e par votre fédération pour réunir les professionnels de santé de la commune et des environs, et avancer avec eux vers une équipe pluriprofessionnelle.\n\nNous pourrions commencer par un premier état des lieux et une rencontre avec les professionnels.\n\nBien cordialement,\n${ctx.user.name ?? ""}`;

  return (
    <>
      <PageHeader
        title="Fédération régionale"
        description="La fédération régionale des maisons de santé, adhérente au mouvement AVECsanté, est le premier contact à activer : à solliciter dans les 30 premiers jours du mandat."
      />
      {demande === "envoyee" && current?.request.status === "pending" && (
        <div className="mt-6">
          <Alert tone="success" title={`Demande envoyée à la ${current.federation.name}`}>
            Vous serez prévenu·e par e-mail de sa réponse.
          </Alert>
        </div>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {current && (
          <Card title="Votre demande" headingLevel={2}>
            <p>
              <Badge tone={STATUS_TONE[current.request.status]}>{FEDERATION_REQUEST_STATUS_LABELS[current.request.status]}</Badge>
            </p>
            <p className="mt-3">
              Adressée à la <strong>{current.federation.name}</strong> le {formatDateTime(current.request.requestedAt)}.
            </p>
            {current.request.status === "declined" && current.request.declineReason && (
              <p className="mt-3 rounded-md bg-slate-100 p-3">
                <span className="font-semibold">Motif donné par la fédération : </span>
                {current.request.declineReason}
              </p>
            )}
            {current.request.status === "accepted" && current.request.decidedAt && (
              <p className="mt-3">
                Acceptée le {formatDate(current.request.decidedAt)}. Accompagnement par{" "}
                {o.facilitators.map((f) => f.name).join(" et ") || "la fédération"}.
              </p>
            )}
            {hints && <WaitingHintsPanel hints={hints} federation={current.federation} />}
            {current.request.status === "pending" && mayRequest && (
              <div className="mt-4">
                <WithdrawRequestForm code={o.commune.code} requestId={current.request.id} federationName={current.federation.name} />
              </div>
            )}
          </Card>
        )}
        {proposed ? (
          <Card title="La fédération de votre région" headingLevel={2}>
            <FederationContact federation={proposed} />
            {proposed.status === "en_construction" && (
              <p className="mt-3 text-sm text-slate-700">
                Cette fédération est en cours de construction : la délégation régionale d&apos;AVECsanté reçoit les demandes.
              </p>
            )}
          </Card>
        ) : (
          <Card title="La fédération de votre région" headingLevel={2}>
            <p>L&apos;annuaire du mouvement ne compte pas encore de fédération pour la région {o.commune.regionName}. Vous pouvez solliciter une autre fédération.</p>
          </Card>
        )}
        {canRequest && (
          <Card title={current ? "Envoyer une nouvelle demande" : "Demander l'accompagnement"} headingLevel={2}>
            <FederationRequestForm
              code={o.commune.code}
              proposedId={proposed?.id ?? null}
              defaultMessage={defaultMessage}
              options={all.map((f) => ({ id: f.id, label: `${f.shortName} — ${f.regions.map((r) => r.name).join(", ")}${f.status === "en_construction" ? " (en construction)" : ""}` }))}
            />
          </Card>
        )}
        {!mayRequest && !current && (
          <Card title="Demande d'accompagnement" headingLevel={2}>
            <p>Le maire n&apos;a pas encore sollicité de fédération.</p>
          </Card>
        )}
      </div>
      {o.requests.length > 1 && (
        <section className="mt-8" aria-labelledby="previous-requests">
          <h2 id="previous-requests" className="text-xl font-bold">
            Demandes précédentes
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {o.requests.slice(1).map((r) => (
              <li key={r.request.id} className="p-3 text-sm">
                {r.federation.shortName} — {formatDate(r.request.requestedAt)} — {FEDERATION_REQUEST_STATUS_LABELS[r.request.status]}
                {r.request.declineReason ? ` (motif : ${r.request.declineReason})` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
