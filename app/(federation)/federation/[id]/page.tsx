import { Pager } from "@/components/ui/pager";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { federationBoard, federationClaimDetail, federationClaims, federationFacilitators, federationPeople, federationRequestDetail, getFederation } from "@/db/federations";
import { displayName } from "@/db/users";
import { can } from "@/lib/auth/permissions";
import { requireFederationRole } from "@/lib/auth/guards";
import { formatDate } from "@/lib/dates";
import { FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { PIPELINE_STAGES, PIPELINE_STAGE_HINTS, PIPELINE_STAGE_LABELS } from "@/lib/federation/pipeline";
import { CommuneList } from "./_components/commune-list";
import { DueList } from "./_components/due-list";
import { PipelineFilterForm } from "./_components/pipeline-filters";
import { pipelineHref, pipelineQuery, selectedClaim, type Search } from "@/lib/federation/query";
import { ClaimsSection } from "./_components/claims-section";
import { RequestPanel } from "./_components/request-panel";

export const metadata: Metadata = { title: "Espace fédération" };

export default async function FederationHome({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const ctx = await requireFederationRole(id, "federation.view");
  const federation = getFederation(ctx.data, { id });
  if (!federation) notFound();
  const search = await searchParams;
  const query = pipelineQuery(search);
  const mayDecide = can(ctx.roles, "federation.decide");
  const base = `/federation/${id}`;
  const viewerId = ctx.user.id;

  const filters = { departement: query.departement, stage: query.stage, facilitator: query.facilitator, due: query.due };
  const board = federationBoard(ctx.data, { federationId: id, viewerId, filters, page: query.page });
  const { list, due, declined } = board;
  const people = federationPeople(ctx.data);

  const selected = query.request === null ? null : federationRequestDetail(ctx.data, { requestId: query.request });
  if (query.request !== null && !selected) notFound();
  // The federation's facilitators of the request's commune, while the request is open (pending or accepted).
  const selectedFacilitators =
    selected && (selected.status === "pending" || selected.status === "accepted")
      ? (federationFacilitators(ctx.data, { federationId: id, workspaceIds: [selected.workspaceId] }).get(selected.workspaceId) ?? [])
      : [];
  // Claims on the maire role: the admins' only; a claim outside the federation's regions is not found.
  const mayExamineClaims = can(ctx.roles, "federation.claims");
  const claimId = selectedClaim(search);
  if (claimId !== null && !mayExamineClaims) notFound();
  const claims = mayExamineClaims ? federationClaims(ctx.data) : [];
  const claim = claimId === null ? null : federationClaimDetail(ctx.data, { claimId });
  if (claimId !== null && !claim) notFound();
  const byUser = new Map<string, { userId: string; name: string; roles: string[]; facilitates: boolean }>();
  for (const p of people) {
    const entry = byUser.get(p.userId) ?? { userId: p.userId, name: displayName(p), roles: [], facilitates: false };
    entry.roles.push(FEDERATION_ROLE_LABELS[p.role]);
    entry.facilitates ||= p.role === "facilitateur";
    byUser.set(p.userId, entry);
  }
  const assignable = [...byUser.values()].map((p) => ({ userId: p.userId, name: p.name, role: p.roles.join(", ") }));
  const facilitatorOptions = [...byUser.values()].filter((p) => p.facilitates).map((p) => ({ value: p.userId, label: p.userId === viewerId ? `${p.name} (moi)` : p.name }));
  const departements = board.departements.map((d) => ({ value: d.code, label: `${d.name} (${d.code})` }));

  const filtered = Boolean(filters.departement || filters.stage || filters.facilitator || filters.due);
  const here = { ...filters, page: list.page };
  const mine = list.rows.filter((r) => r.mine);
  const others = list.rows.filter((r) => !r.mine);
  const requestHref = (requestId: number) => `${pipelineHref(base, { ...here, request: requestId })}#demande-choisie`;
  const listProps = { viewerId, requestHref, mayDecide };

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PageHeader
        title={federation.shortName}
        description={federation.name}
        actions={
          mayDecide ? (
            <Link className="font-semibold text-blue-900 underline" href={`${base}/membres`}>
              Membres de la fédération
            </Link>
          ) : undefined
        }
      />
      <div className="mt-8 space-y-10">
        {selected && (
          <RequestPanel
            federationId={id}
            request={selected}
            facilitators={selectedFacilitators}
            people={assignable}
            mayDecide={mayDecide}
            mayUnassign={can(ctx.roles, "federation.members")}
            closeHref={pipelineHref(base, here)}
          />
        )}

        {mayExamineClaims && <ClaimsSection base={base} federationId={id} claims={claims} selected={claim} />}

        <DueList base={base} due={due} now={ctx.data.now} />

        <section aria-labelledby="parcours" className="space-y-4">
          <h2 id="parcours" className="text-xl font-bold text-slate-900">
            Les communes, étape par étape <Badge tone="info">{board.communes}</Badge>
          </h2>
          {board.communes === 0 ? (
            <EmptyState title="Aucune commune n'a encore sollicité la fédération">
              <p>Quand un·e maire demande l&apos;accompagnement de la fédération, la demande apparaît ici, puis la commune avance d&apos;étape en étape.</p>
            </EmptyState>
          ) : (
            <>
              <ol className="pipeline-stages" aria-label="Nombre de communes par étape">
                {PIPELINE_STAGES.map((s) => (
                  <li key={s}>
                    <a href={pipelineHref(base, { ...filters, stage: s })} aria-current={filters.stage === s ? "true" : undefined}>
                      {`${PIPELINE_STAGE_LABELS[s]} : ${list.stageCounts[s]}`}
                    </a>
                    <p>{PIPELINE_STAGE_HINTS[s]}</p>
                  </li>
                ))}
              </ol>
              <PipelineFilterForm base={base} filters={filters} departements={departements} facilitators={facilitatorOptions} stageCounts={list.stageCounts} />
              <p role="status" className="text-slate-800">
                {list.total === 0
                  ? "Aucune commune ne correspond à ces filtres."
                  : `${list.total} commune${list.total > 1 ? "s" : ""}${filtered ? " correspondant aux filtres" : ""}${list.pages > 1 ? ` — page ${list.page} sur ${list.pages}` : ""}.`}
              </p>
            </>
          )}
        </section>

        {mine.length > 0 && (
          <section aria-labelledby="mes-communes" className="space-y-3">
            <h2 id="mes-communes" className="text-xl font-bold text-slate-900">
              Mes communes <Badge tone="info">{list.mineTotal}</Badge>
            </h2>
            <p className="text-sm text-slate-700">Celles que vous accompagnez, en premier.</p>
            <CommuneList rows={mine} {...listProps} />
          </section>
        )}
        {others.length > 0 && (
          <section aria-labelledby="autres-communes" className="space-y-3">
            <h2 id="autres-communes" className="text-xl font-bold text-slate-900">
              {list.mineTotal > 0 ? "Les autres communes" : "Les communes"} <Badge tone="neutral">{list.total - list.mineTotal}</Badge>
            </h2>
            <CommuneList rows={others} {...listProps} />
          </section>
        )}

        <Pager label="Pages de la liste des communes" page={list.page} pages={list.pages} href={(page) => pipelineHref(base, { ...filters, page })} />

        {declined.total > 0 && (
          <section aria-labelledby="declinees" className="space-y-3">
            <h2 id="declinees" className="text-xl font-bold text-slate-900">
              Demandes déclinées <Badge tone="neutral">{declined.total}</Badge>
            </h2>
            <ul className="pipeline-declined">
              {declined.latest.map((r) => (
                <li key={r.requestId}>
                  <strong>{r.communeName}</strong>
                  {` (${r.departementName}) — déclinée${r.decidedAt ? ` le ${formatDate(r.decidedAt)}` : ""}${r.declineReason ? ` (motif : ${r.declineReason})` : ""}`}
                </li>
              ))}
            </ul>
            {declined.total > declined.latest.length && <p className="text-sm text-slate-700">{`Les ${declined.latest.length} plus récentes sont affichées.`}</p>}
          </section>
        )}
      </div>
    </div>
  );
}
