import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { accompaniedCommunes, federationPeople, federationRequestsList, getFederation } from "@/db/federations";
import { displayName } from "@/db/users";
import { can } from "@/lib/auth/permissions";
import { requireFederationRole } from "@/lib/auth/guards";
import { formatDate, formatDateTime } from "@/lib/dates";
import { FEDERATION_REQUEST_STATUS_LABELS, FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { AcceptRequestForm, DeclineRequestForm } from "./_components/decision-forms";

export const metadata: Metadata = { title: "Espace fédération" };

export default async function FederationHome({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requireFederationRole(id, "federation.view");
  const federation = getFederation(ctx.data, { id });
  if (!federation) notFound();
  const mayDecide = can(ctx.roles, "federation.decide");
  const requests = federationRequestsList(ctx.data);
  const pending = requests.filter((r) => r.status === "pending");
  const answered = requests.filter((r) => r.status !== "pending");
  const communes = accompaniedCommunes(ctx.data);
  const people = federationPeople(ctx.data);
  const byUser = new Map<string, { userId: string; name: string; roles: string[] }>();
  for (const p of people) {
    const entry = byUser.get(p.userId) ?? { userId: p.userId, name: displayName(p), roles: [] };
    entry.roles.push(FEDERATION_ROLE_LABELS[p.role]);
    byUser.set(p.userId, entry);
  }
  const assignable = [...byUser.values()].map((p) => ({ userId: p.userId, name: p.name, role: p.roles.join(", ") }));

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PageHeader
        title={federation.shortName}
        description={federation.name}
        actions={
          mayDecide ? (
            <Link className="font-semibold text-blue-900 underline" href={`/federation/${id}/membres`}>
              Membres de la fédération
            </Link>
          ) : undefined
        }
      />
      <section className="mt-8" aria-labelledby="demandes">
        <h2 id="demandes" className="text-xl font-bold">
          Demandes à traiter <Badge tone={pending.length ? "warning" : "neutral"}>{pending.length}</Badge>
        </h2>
        {pending.length === 0 ? (
          <p className="mt-3 text-slate-700">Aucune demande en attente.</p>
        ) : (
          <ul className="mt-4 space-y-6">
            {pending.map((r) => (
              <li key={r.id}>
                <Card title={`${r.communeName} (${r.departementName ?? ""})`} headingLevel={3}>
                  <p className="text-sm text-slate-700">
                    Demande de {r.requesterName ?? r.requesterEmail} ({r.requesterEmail}), le {formatDateTime(r.requestedAt)} · mandat commencé le {formatDate(r.mandateStart)}
                    {r.population ? ` · ${r.population.toLocaleString("fr-FR")} habitants` : ""}
                  </p>
                  <blockquote className="mt-3 whitespace-pre-line border-l-4 border-slate-300 pl-3 text-slate-800">{r.message}</blockquote>
                  {mayDecide ? (
                    <div className="mt-4 grid gap-6 md:grid-cols-2">
                      <AcceptRequestForm federationId={id} requestId={r.id} communeName={r.communeName} people={assignable} />
                      <DeclineRequestForm federationId={id} requestId={r.id} />
                    </div>
                  ) : (
                    <p className="mt-3 text-sm text-slate-700">Un·e admin de la fédération répondra à cette demande.</p>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="mt-10" aria-labelledby="communes">
        <h2 id="communes" className="text-xl font-bold">
          Communes accompagnées <Badge tone="info">{communes.length}</Badge>
        </h2>
        {communes.length === 0 ? (
          <p className="mt-3 text-slate-700">Aucune commune accompagnée pour l&apos;instant.</p>
        ) : (
          <ul className="mt-4 grid gap-3 md:grid-cols-2">
            {communes.map((c) => (
              <li key={c.communeCode} className="rounded-md border border-slate-200 bg-white p-4">
                <Link className="font-semibold text-blue-900 underline" href={`/communes/${c.communeCode}`}>
                  {c.communeName}
                </Link>{" "}
                <span className="text-sm text-slate-700">({c.departementName})</span>
                <p className="text-sm text-slate-700">
                  Accompagnée depuis le {c.decidedAt ? formatDate(c.decidedAt) : "—"} · {c.facilitators.join(" et ") || "aucun facilitateur"}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {answered.length > 0 && (
        <section className="mt-10" aria-labelledby="reponses">
          <h2 id="reponses" className="text-xl font-bold">
            Demandes traitées
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {answered.map((r) => (
              <li key={r.id} className="p-3 text-sm">
                <strong>{r.communeName}</strong> — {FEDERATION_REQUEST_STATUS_LABELS[r.status]}
                {r.decidedAt ? ` le ${formatDate(r.decidedAt)}` : ""}
                {r.declineReason ? ` (motif : ${r.declineReason})` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
