import { Pager } from "@/components/ui/pager";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { MINE, listNextSteps } from "@/db/next-steps";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { NEXT_STEP_STATUSES } from "@/lib/domain/enums";
import { firstParam, ownValue } from "@/lib/lookup";
import { nextStepsPath } from "@/lib/next-steps/messages";
import { parseOwnerValue } from "@/lib/next-steps/owner";
import { StepFilters, type Filters } from "./_components/filters";
import { StepList } from "./_components/step-list";
import { labelFor } from "@/lib/privacy/names";

export const metadata: Metadata = { title: "Prochaines étapes" };

type Search = Record<string, string | string[] | undefined>;

/** What the last action did, by the `?fait=` of the redirect that followed it. */
const DONE: Record<string, { tone: "success" | "warning"; text: string }> = {
  modifiee: { tone: "success", text: "La prochaine étape a été enregistrée." },
  "modifiee-prevenu": { tone: "success", text: "La prochaine étape a été enregistrée ; un e-mail part pour prévenir la personne qui s'en charge désormais." },
  inchangee: { tone: "success", text: "Aucune modification : la prochaine étape est restée telle quelle." },
  supprimee: { tone: "success", text: "La prochaine étape a été supprimée." },
};

/** The filters from the address; anything malformed is no filter (never a 500). */
function filtersOf(q: Search): Filters & { page: number } {
  const owner = firstParam(q.responsable) ?? "";
  const status = firstParam(q.statut) ?? "";
  const page = firstParam(q.page) ?? "";
  return {
    owner: owner === MINE || parseOwnerValue(owner) ? owner : "",
    status: NEXT_STEP_STATUSES.find((s) => s === status) ?? "",
    overdue: firstParam(q.retard) === "1",
    page: /^\d{1,6}$/.test(page) ? Number(page) : 1,
  };
}

function pageHref(base: string, f: Filters, page: number) {
  const q = new URLSearchParams();
  if (f.owner) q.set("responsable", f.owner);
  if (f.status) q.set("statut", f.status);
  if (f.overdue) q.set("retard", "1");
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

export default async function NextStepsPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Search> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "nextStep.view");
  const q = await searchParams;
  const filters = filtersOf(q);
  const manage = can(ctx.roles, "nextStep.manage");
  const list = listNextSteps(ctx.data, { viewerId: ctx.user.id, owner: filters.owner || undefined, status: filters.status || undefined, overdue: filters.overdue, page: filters.page });
  const base = nextStepsPath(ctx.commune.code);
  const done = ownValue(DONE, firstParam(q.fait));
  const filtered = Boolean(filters.owner || filters.status || filters.overdue);
  const nothingAtAll = !filtered && list.total === 0;
  // Owners are named for everyone; an owner who gave no name is shown by their address to the team only.
  const rows = list.rows.map((r) => ({ ...r, ownerLabel: labelFor(r.ownerLabel, manage) }));
  const mine = rows.filter((r) => r.mine);
  const others = rows.filter((r) => !r.mine);
  const add = manage ? <ButtonLink href={`${base}/nouvelle`}>Ajouter une prochaine étape</ButtonLink> : undefined;

  return (
    <>
      <PageHeader
        title="Prochaines étapes"
        description="Qui fait quoi, pour quand : les suites décidées avec les professionnels de santé, et où elles en sont. Les vôtres sont en tête."
        actions={!nothingAtAll ? add : undefined}
      />
      <div className="mt-6 space-y-8">
        {done && <Alert tone={done.tone}>{done.text}</Alert>}

        {nothingAtAll ? (
          <EmptyState title="Aucune prochaine étape pour l'instant" headingLevel={2} action={add}>
            <p>
              Une prochaine étape, c&apos;est une suite concrète décidée avec les professionnels : ce qu&apos;il faut faire, qui s&apos;en charge et pour quand. Elles naissent le plus souvent des pistes
              retenues dans la synthèse d&apos;une réunion.
            </p>
            <p className="mt-2">
              Chacune est confiée à un membre de l&apos;espace, à un·e professionnel·le, ou à un acteur comme l&apos;ARS, la CPAM, la MSA ou l&apos;intercommunalité. Les personnes qui ont un compte sont
              prévenues par e-mail et retrouvent ici les leurs en premier.
            </p>
          </EmptyState>
        ) : (
          <>
            <StepFilters base={base} filters={filters} list={list} />
            <p className="text-slate-800" role="status">
              {list.total === 0
                ? "Aucune prochaine étape ne correspond à ces filtres."
                : `${list.total} prochaine${list.total > 1 ? "s" : ""} étape${list.total > 1 ? "s" : ""}${filtered ? " correspondant aux filtres" : ""}${list.pages > 1 ? ` — page ${list.page} sur ${list.pages}` : ""}.`}
              {list.total === 0 && (
                <>
                  {" "}
                  <Link href={base} className="text-blue-900 underline hover:no-underline">
                    Voir toutes les prochaines étapes
                  </Link>
                </>
              )}
            </p>

            {list.page === 1 && (
              <section aria-labelledby="mes-etapes" className="space-y-3">
                <h2 id="mes-etapes" className="text-xl font-bold text-slate-900">
                  Mes prochaines étapes
                </h2>
                {mine.length > 0 ? (
                  <StepList rows={mine} code={ctx.commune.code} manage={manage} label="Mes prochaines étapes" />
                ) : (
                  <p className="text-slate-700">{filtered ? "Aucune des vôtres ne correspond à ces filtres." : "Aucune prochaine étape ne vous est confiée pour l'instant."}</p>
                )}
              </section>
            )}
            {list.page > 1 && mine.length > 0 && (
              <section aria-labelledby="mes-etapes-suite" className="space-y-3">
                <h2 id="mes-etapes-suite" className="text-xl font-bold text-slate-900">
                  Mes prochaines étapes (suite)
                </h2>
                <StepList rows={mine} code={ctx.commune.code} manage={manage} label="Mes prochaines étapes (suite)" />
              </section>
            )}

            {others.length > 0 && (
              <section aria-labelledby="autres-etapes" className="space-y-3">
                <h2 id="autres-etapes" className="text-xl font-bold text-slate-900">
                  {mine.length > 0 || list.page === 1 ? "Les autres prochaines étapes" : "Prochaines étapes"}
                </h2>
                <p className="text-sm text-slate-700">Celles qui restent à faire d&apos;abord, par date prévue.</p>
                <StepList rows={others} code={ctx.commune.code} manage={manage} label="Les autres prochaines étapes" />
              </section>
            )}

            <Pager label="Pages de la liste" page={list.page} pages={list.pages} href={(page) => pageHref(base, filters, page)} />
          </>
        )}
      </div>
    </>
  );
}
