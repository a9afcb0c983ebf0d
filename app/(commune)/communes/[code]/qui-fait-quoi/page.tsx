import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { workspaceChecklist } from "@/db/checklist";
import { listResponsibilities, partnerContactCounts } from "@/db/roles";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { ROLES_CO_DEFINED } from "@/lib/checklist/rules";
import { ACTORS, CHECKLIST_STATUS_LABELS, PARTNERS, type Actor, type Partner } from "@/lib/domain/enums";
import { formatDate } from "@/lib/dates";
import { firstParam, ownValue } from "@/lib/lookup";
import { ofActor } from "@/lib/roles/labels";
import { contactsPath, rolesPath } from "@/lib/roles/paths";
import { ActorSection } from "./_components/actor-section";
import { labelFor } from "@/lib/privacy/names";

export const metadata: Metadata = { title: "Qui fait quoi" };

type Search = Record<string, string | string[] | undefined>;

const DONE: Record<string, string> = {
  enregistre: "Le rôle a été enregistré.",
  inchange: "Aucune modification : le texte est resté tel quel.",
};

const TEAM_ACTORS = ACTORS.filter((a) => !(PARTNERS as readonly string[]).includes(a));

export default async function RolesPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Search> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "responsibilities.view");
  const q = await searchParams;
  const edit = can(ctx.roles, "responsibilities.edit");
  const seeContacts = can(ctx.roles, "partners.view");
  const written = listResponsibilities(ctx.data);
  const team = can(ctx.roles, "workspace.viewTeam");
  const shown = <R extends { updatedByName: string | null }>(r: R | undefined) => r && { ...r, updatedByName: labelFor(r.updatedByName, team) };
  const counts = seeContacts ? partnerContactCounts(ctx.data) : null;
  const rolesItem = workspaceChecklist(ctx.data).find((e) => e.code === "roles_de_chacun");
  const base = rolesPath(ctx.commune.code);
  const selectedActor = edit ? ACTORS.find((a) => a === firstParam(q.acteur)) : undefined;
  const proposal = firstParam(q.proposition) === "1";
  const done = ownValue(DONE, firstParam(q.fait));
  const missing = ROLES_CO_DEFINED.filter((a) => !written.get(a)?.text.trim());

  const section = (actor: Actor) => (
    <li key={actor}>
      <ActorSection
        code={ctx.commune.code}
        actor={actor}
        written={shown(written.get(actor))}
        edit={edit}
        selected={selectedActor === actor ? { proposal: proposal && !written.get(actor)?.text.trim() } : null}
        base={base}
        contacts={counts && (PARTNERS as readonly string[]).includes(actor) ? { count: counts.get(actor as Partner) ?? 0, href: `${contactsPath(ctx.commune.code)}#partenaire-${actor}` } : undefined}
      />
    </li>
  );

  return (
    <>
      <PageHeader
        title="Qui fait quoi"
        description="Clarifier les responsabilités de chacun : la commune, les professionnels de santé, la fédération régionale et les partenaires locaux et institutionnels. Chaque rôle s'écrit avec les intéressés ; le kit en propose une première version."
        actions={
          seeContacts ? (
            <Link href={contactsPath(ctx.commune.code)} className="text-blue-900 underline hover:no-underline">
              Annuaire des partenaires
            </Link>
          ) : undefined
        }
      />
      <div className="mt-6 space-y-8">
        {done && <Alert tone="success">{done}</Alert>}

        <div data-testid="roles-item" className={`rounded-md border-l-4 p-4 ${rolesItem?.status === "fait" ? "border-green-700 bg-green-50 text-green-950" : "border-blue-800 bg-blue-50 text-blue-950"}`}>
          <p className="font-semibold">
            Les 100 jours : « Clarifier le rôle de chacun » — {CHECKLIST_STATUS_LABELS[rolesItem?.status ?? "a_faire"].toLowerCase()}
          </p>
          <p className="mt-1">
            {rolesItem?.proof
              ? `Cochée d'elle-même le ${formatDate(rolesItem.proof.at)} : ${rolesItem.proof.text}.`
              : rolesItem?.status === "fait"
                ? "Cochée à la main par l'équipe."
                : `Elle se cochera d'elle-même quand la commune, les professionnels et la fédération auront chacun leur rôle écrit. Il manque encore le rôle ${missing.map(ofActor).join(", ")}.`}
          </p>
          {can(ctx.roles, "checklist.view") && (
            <p className="mt-1">
              <Link href={`/communes/${ctx.commune.code}/100-jours`} className="underline hover:no-underline">
                Voir les 100 jours
              </Link>
            </p>
          )}
        </div>

        <section aria-labelledby="equipe" className="space-y-4">
          <h2 id="equipe" className="text-xl font-bold text-slate-900">
            L&apos;équipe du projet
          </h2>
          <ul className="space-y-4">{TEAM_ACTORS.map(section)}</ul>
        </section>

        <section aria-labelledby="partenaires" className="space-y-4">
          <h2 id="partenaires" className="text-xl font-bold text-slate-900">
            Les partenaires
          </h2>
          <p className="text-slate-800">Les partenaires locaux et institutionnels renforcent la cohérence et l&apos;ancrage du projet. Écrivez ce que chacun apporte ici.</p>
          <ul className="space-y-4">{PARTNERS.map(section)}</ul>
        </section>
      </div>
    </>
  );
}
