import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { workspaceMember, workspaceMembersList, type Member } from "@/db/workspaces";
import { requireCommuneRole } from "@/lib/auth/guards";
import { COMMUNE_ROLE_LABELS, REFERENT_CAPACITY_LABELS } from "@/lib/domain/enums";
import { RemovalDone, RemoveMemberPanel, selectedMemberId } from "../_members/remove-member";

export const metadata: Metadata = { title: "L'équipe de la commune" };

const roleOf = (m: Member) => (m.role === "referent" && m.capacity ? `${COMMUNE_ROLE_LABELS.referent} (${REFERENT_CAPACITY_LABELS[m.capacity]})` : COMMUNE_ROLE_LABELS[m.role]);

/**
 * The maire's view of who holds a role in the workspace, and « Retirer » for each but the facilitators (the
 * federation unassigns them). `?retirer=` selects one person: the confirmation is drawn for that person only.
 */
export default async function TeamPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ retirer?: string; retrait?: string }> }) {
  const { code } = await params;
  const { retirer, retrait } = await searchParams;
  const ctx = await requireCommuneRole(code, "members.remove");
  const members = workspaceMembersList(ctx.data);
  const selectedId = selectedMemberId(retirer);
  const toRemove = selectedId === null ? null : workspaceMember(ctx.data, { memberId: selectedId });
  if (retirer !== undefined && (!toRemove || toRemove.role === "facilitateur")) notFound();
  const base = `/communes/${ctx.commune.code}/equipe`;
  return (
    <>
      <PageHeader
        title="L'équipe de la commune"
        description="Qui a accès à l'espace de la commune, et à quel titre. Retirer quelqu'un met fin à son accès tout de suite ; la personne en est prévenue par e-mail et l'historique en garde la trace. La commune garde toujours au moins un·e maire."
        breadcrumbs={[{ href: `/communes/${ctx.commune.code}`, label: "Tableau de bord" }, { label: "L'équipe" }]}
      />
      <section id="membres" aria-labelledby="membres-titre" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <h2 id="membres-titre" className="text-xl font-bold text-slate-900">
          Membres de l&apos;espace ({members.length})
        </h2>
        <div className="mt-3">
          <RemovalDone value={retrait} />
        </div>
        <ul className="divide-y divide-slate-200">
          {members.map((m) => (
            <li key={m.memberId} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
              <span className="min-w-0 [overflow-wrap:anywhere]">
                <strong>{m.name}</strong>
                {m.userId === ctx.user.id && " (vous)"} — {roleOf(m)}
                <span className="block text-sm text-slate-700">{m.email}</span>
              </span>
              {m.role === "facilitateur" ? (
                <span className="text-sm text-slate-700">Accompagne la commune pour la fédération, qui peut seule le ou la retirer</span>
              ) : (
                <Link
                  href={`${base}?retirer=${m.memberId}#retirer`}
                  aria-current={toRemove?.memberId === m.memberId ? "true" : undefined}
                  className="text-red-800 underline hover:no-underline"
                  aria-label={`Retirer ${m.name} (${roleOf(m)})`}
                >
                  Retirer
                </Link>
              )}
            </li>
          ))}
        </ul>
        {toRemove && <RemoveMemberPanel code={ctx.commune.code} member={toRemove} viewerId={ctx.user.id} from="equipe" cancelHref={`${base}#membres`} />}
      </section>
      <p className="mt-6 text-sm text-slate-700">
        Pour changer de référent·e santé, passez par la page{" "}
        <Link className="underline" href={`/communes/${ctx.commune.code}/referent`}>
          Référent santé
        </Link>{" "}
        : la nouvelle personne peut remplacer la précédente ou s&apos;y ajouter.
      </p>
    </>
  );
}
