import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { federationMembership, federationPeople, getFederation, openMemberInvitations } from "@/db/federations";
import { displayName } from "@/db/users";
import { requireFederationRole } from "@/lib/auth/guards";
import { formatDate } from "@/lib/dates";
import { FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { InviteMemberForm, MemberInvitationActions } from "./_components/member-forms";
import { FederationRemovalDone, RemoveFederationMemberPanel } from "./_components/remove-member";

export const metadata: Metadata = { title: "Membres de la fédération" };

export default async function MembersPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ retirer?: string; retrait?: string }> }) {
  const { id } = await params;
  const { retirer, retrait } = await searchParams;
  const { data, user } = await requireFederationRole(id, "federation.members");
  const federation = getFederation(data, { id });
  if (!federation) notFound();
  const people = federationPeople(data);
  // `?retirer=` selects one member's role (another federation's: not found); its confirmation is drawn under the list.
  const selectedId = retirer !== undefined && /^\d{1,12}$/.test(retirer) ? Number(retirer) : null;
  const toRemove = selectedId ? federationMembership(data, { memberId: selectedId }) : null;
  if (retirer !== undefined && !toRemove) notFound();
  const base = `/federation/${id}/membres`;
  const invitations = openMemberInvitations(data);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PageHeader title="Membres de la fédération" description={federation.name} breadcrumbs={[{ href: `/federation/${id}`, label: federation.shortName }, { label: "Membres" }]} />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <div id="membres">
          <Card title="Membres" headingLevel={2}>
            <FederationRemovalDone value={retrait} />
            <ul className="divide-y divide-slate-200">
              {people.map((p) => (
                <li key={`${p.userId}-${p.role}`} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="min-w-0 [overflow-wrap:anywhere]">
                    {displayName(p)} <span className="text-sm text-slate-700">{p.email}</span>
                  </span>
                  <span className="flex items-center gap-3">
                    <Badge tone="neutral">{FEDERATION_ROLE_LABELS[p.role]}</Badge>
                    <Link
                      href={`${base}?retirer=${p.memberId}#retirer`}
                      aria-current={toRemove?.memberId === p.memberId ? "true" : undefined}
                      className="text-sm text-red-800 underline hover:no-underline"
                      aria-label={`Retirer ${displayName(p)} (${FEDERATION_ROLE_LABELS[p.role]})`}
                    >
                      Retirer
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
            {toRemove && <RemoveFederationMemberPanel federationId={id} member={toRemove} viewerId={user.id} cancelHref={`${base}#membres`} />}
            {invitations.length > 0 && (
              <>
                <h3 className="mt-6 font-semibold">Invitations en attente</h3>
                <ul className="mt-2 divide-y divide-slate-200">
                  {invitations.map((inv) => (
                    <li key={inv.id} className="space-y-2 py-3">
                      <p>
                        {inv.name} — {inv.email} ({FEDERATION_ROLE_LABELS[inv.federationRole ?? "facilitateur"]}){" "}
                        {inv.deliveryStatus === "failed" ? <Badge tone="danger">E-mail non remis</Badge> : inv.deliveryStatus === "pending" ? <Badge tone="info">Envoi en cours</Badge> : <Badge tone="info">Remise, valable jusqu&apos;au {formatDate(inv.expiresAt)}</Badge>}
                      </p>
                      <MemberInvitationActions federationId={id} invitationId={inv.id} email={inv.email} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Card>
        </div>
        <Card title="Inviter un membre" headingLevel={2}>
          <InviteMemberForm federationId={id} />
        </Card>
      </div>
    </div>
  );
}
