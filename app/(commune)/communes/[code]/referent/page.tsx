import type { Metadata } from "next";
import { RefreshWhileSending } from "@/components/ui/refresh-while-sending";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { MissionSheet } from "@/components/mission-sheet";
import { workspaceMember, workspaceOverview } from "@/db/workspaces";
import { invitationState } from "@/db/invitations";
import { can } from "@/lib/auth/permissions";
import { requireCommuneRole } from "@/lib/auth/guards";
import { formatDate, formatDateTime } from "@/lib/dates";
import { REFERENT_CAPACITY_LABELS, REFERENT_KIND_LABELS } from "@/lib/domain/enums";
import { DesignateReferentForm } from "./_components/designate-form";
import { InvitationActions } from "./_components/invitation-actions";
import { RemovalDone, RemoveMemberPanel, selectedMemberId } from "../_members/remove-member";

export const metadata: Metadata = { title: "Référent santé" };

export default async function ReferentPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ retirer?: string; retrait?: string }> }) {
  const { code } = await params;
  const { retirer, retrait } = await searchParams;
  const ctx = await requireCommuneRole(code, "referent.view");
  const o = workspaceOverview(ctx.data)!;
  const mayDesignate = can(ctx.roles, "referent.designate");
  const base = `/communes/${o.commune.code}/referent`;
  // The maire's « Retirer »: `?retirer=` selects one referent (anyone else, or another commune's: not found).
  const mayRemove = can(ctx.roles, "members.remove");
  const selectedId = selectedMemberId(retirer);
  const toRemove = mayRemove && selectedId !== null ? workspaceMember(ctx.data, { memberId: selectedId }) : null;
  if (mayRemove && retirer !== undefined && toRemove?.role !== "referent") notFound();
  return (
    <>
      <PageHeader
        title="Référent santé"
        description="Le référent santé fait le lien entre les professionnels de santé, les élus et la fédération régionale : il co-organise les premières rencontres, suit l'avancée des échanges et informe le maire. Un élu, un agent de la collectivité, ou un binôme des deux."
      />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <div id="referents">
          <Card title="Référent·e santé de la commune" headingLevel={2}>
            {mayRemove && <RemovalDone value={retrait} />}
            {o.workspace.referentKind && <p className="mb-3 text-sm text-slate-700">Désignation : {REFERENT_KIND_LABELS[o.workspace.referentKind].toLowerCase()}.</p>}
            {o.referents.length === 0 ? (
              <p>Aucun·e référent·e n&apos;a encore accepté sa désignation.</p>
            ) : (
              <ul className="space-y-2">
                {o.referents.map((r) => (
                  <li key={r.userId} className="[overflow-wrap:anywhere]">
                    <strong>{r.name}</strong> ({r.capacity ? REFERENT_CAPACITY_LABELS[r.capacity] : "référent·e"}) — {r.email}
                    {mayRemove && (
                      <>
                        {" "}
                        <Link href={`${base}?retirer=${r.memberId}#retirer`} className="text-sm text-red-800 underline hover:no-underline" aria-label={`Retirer ${r.name} (référent·e santé)`}>
                          Retirer
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {toRemove && <RemoveMemberPanel code={o.commune.code} member={toRemove} viewerId={ctx.user.id} from="referent" cancelHref={`${base}#referents`} />}
          </Card>
        </div>
        <Card title="Invitations en attente" headingLevel={2}>
          <RefreshWhileSending pending={o.openInvitations.some((inv) => inv.deliveryStatus === "pending")} />
          {o.openInvitations.length === 0 ? (
            <p>Aucune invitation en attente.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {o.openInvitations.map((inv) => {
                const expired = invitationState(inv, ctx.data.now) === "expired";
                return (
                  <li key={inv.id} className="space-y-2 py-3">
                    <p className="[overflow-wrap:anywhere]">
                      <strong>{inv.name}</strong> ({REFERENT_CAPACITY_LABELS[inv.capacity ?? "elu"]}) — {inv.email}
                    </p>
                    <p className="flex flex-wrap gap-2 text-sm">
                      {inv.deliveryStatus === "failed" ? (
                        <Badge tone="danger">E-mail non remis</Badge>
                      ) : expired ? (
                        <Badge tone="warning">Lien expiré le {formatDate(inv.expiresAt)}</Badge>
                      ) : inv.deliveryStatus === "pending" ? (
                        <Badge tone="info">Envoi en cours</Badge>
                      ) : (
                        <Badge tone="info">Remise{inv.lastSentAt ? ` le ${formatDateTime(inv.lastSentAt)}` : ""}, valable jusqu&apos;au {formatDate(inv.expiresAt)}</Badge>
                      )}
                    </p>
                    {mayDesignate && <InvitationActions code={o.commune.code} invitationId={inv.id} email={inv.email} />}
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
        {mayDesignate && (
          <Card title={o.referents.length || o.openInvitations.length ? "Désigner un autre référent" : "Désigner le référent santé"} headingLevel={2}>
            {o.openInvitations.length > 0 && (
              <p className="mb-4 text-sm text-slate-700">Une nouvelle désignation retire les invitations encore en attente.</p>
            )}
            <DesignateReferentForm code={o.commune.code} current={o.referents.map((r) => r.name)} />
          </Card>
        )}
      </div>
      <div className="mt-8 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <MissionSheet />
      </div>
    </>
  );
}
