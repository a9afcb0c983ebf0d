import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DefinitionList } from "@/components/ui/definition-list";
import { inventoryGroups, notesView, ownLines, professionalsPage } from "@/db/inventory";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates";
import { AGE_BRACKET_LABELS, DEPARTURE_HORIZON_LABELS, INTEREST_LABELS, NOTE_THEMES, PRACTICE_FORM_LABELS, type Profession } from "@/lib/domain/enums";
import { indicatorsFromGroups } from "@/lib/inventory/indicators";
import { isFiltered, listHref, parseListQuery } from "@/lib/inventory/list-query";
import { ownValue } from "@/lib/lookup";
import { professionLabel } from "@/lib/inventory/professions";
import { InventoryIndicators } from "./_components/indicators";
import { ListFilters, Pagination } from "./_components/list-controls";
import { ProfessionalsTable, practicePlace } from "./_components/professionals-table";
import { ThemeSection } from "./_components/theme-section";
import { labelFor } from "@/lib/privacy/names";

export const metadata: Metadata = { title: "État des lieux" };

const NOTICES: Record<string, string> = {
  "fiche-ajoutee": "La fiche a été ajoutée à l'état des lieux.",
  "fiche-enregistree": "La fiche a été enregistrée.",
  "fiche-inchangee": "Aucune modification : la fiche est restée telle quelle.",
  "fiche-confirmee": "Merci : votre fiche est confirmée. L'équipe municipale et la fédération voient vos corrections.",
  "fiche-supprimee": "La fiche a été supprimée de l'état des lieux.",
  "fiche-effacee": "La fiche est effacée, avec ses mentions dans l'historique et les e-mails conservés qui étaient adressés à la personne.",
  "note-enregistree": "La note a été enregistrée.",
  "note-supprimee": "La note a été supprimée.",
};

type SearchParams = Record<string, string | string[] | undefined>;

function notice(params: SearchParams): string | null {
  const q = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  if (q.ok === "import") {
    const count = (v: string | undefined) => (v && /^\d{1,5}$/.test(v) ? Number(v) : 0);
    const added = count(q.ajouts);
    const changed = count(q.modifs);
    return `Import terminé : ${added} ${added > 1 ? "fiches ajoutées" : "fiche ajoutée"}, ${changed} ${changed > 1 ? "fiches modifiées" : "fiche modifiée"}.`;
  }
  return ownValue(NOTICES, q.ok) ?? null;
}

export default async function InventoryPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "inventory.view");
  const team = can(ctx.roles, "inventory.viewPrivate");
  const search = await searchParams;
  const query = parseListQuery(search, { team });
  // Counted in SQL, and filtered on the server: a professional's page never carries the other lines' private
  // fields, and the page carries one page of lines whatever the commune's size.
  const indicators = indicatorsFromGroups(inventoryGroups(ctx.data, { team }), { personal: team });
  const list = professionalsPage(ctx.data, { team, query });
  const own = ownLines(ctx.data);
  const notes = notesView(ctx.data).map((n) => ({ ...n, updatedByName: labelFor(n.updatedByName, team) }));
  const total = indicators.total;
  const message = notice(search);
  // « Ajouter une note » opens one theme's form (`?note=besoins`), keeping the list's filters and page.
  const noteParam = Array.isArray(search.note) ? search.note[0] : search.note;
  const addingNote = team ? NOTE_THEMES.find((t) => t === noteParam) ?? null : null;
  const base = `/communes/${ctx.commune.code}/etat-des-lieux`;
  const listed = listHref(base, query, { page: list.page }).replace(/#.*$/, "");
  const professionCounts = new Map<Profession, number>();
  for (const p of indicators.byProfession) professionCounts.set(p.profession, (professionCounts.get(p.profession) ?? 0) + p.count);
  const first = (list.page - 1) * list.pageSize + 1;
  const shown =
    list.matching === 0
      ? "Aucune fiche ne correspond à ces critères."
      : `${list.matching > list.pageSize ? `Fiches ${first} à ${first + list.lines.length - 1} sur ${list.matching}` : `${list.matching} ${list.matching > 1 ? "fiches" : "fiche"}`}${isFiltered(query) ? ` correspondant aux critères, sur ${total} recensées` : ""}.`;

  return (
    <>
      <PageHeader
        title="État des lieux"
        description={
          team
            ? "Avant d'agir, comprendre : les professionnels de santé de la commune et des environs, les besoins des habitants, les opportunités, les dynamiques et les offres existantes. Un état des lieux partagé entre la commune et la fédération, base d'un projet de santé réaliste."
            : `L'état des lieux de l'offre de santé de ${ctx.commune.name}, tenu par la commune avec la fédération régionale. Vérifiez votre fiche : vous seul·e, l'équipe municipale et la fédération voyez votre âge et vos projets.`
        }
        actions={
          team && (
            <>
              <ButtonLink href={`${base}/professionnels/nouveau`}>Ajouter un professionnel</ButtonLink>
              <ButtonLink href={`${base}/import`} variant="secondary">
                Importer un fichier
              </ButtonLink>
              {total > 0 && (
                <a href={`${base}/export`} download className={buttonClasses("secondary")}>
                  Exporter (CSV)
                </a>
              )}
            </>
          )
        }
      />
      <div className="mt-6 space-y-8">
        {message && <Alert tone="success">{message}</Alert>}

        {own.map((l) => (
          <Card key={l.id} title="Ma fiche" className="border-blue-300">
            <DefinitionList
              items={[
                { term: "Profession", detail: professionLabel(l.profession, l.professionOther) },
                { term: "Nom", detail: l.name ?? "Fiche anonyme" },
                { term: "Exercice", detail: `${practicePlace(l, ctx.commune.name)} · ${PRACTICE_FORM_LABELS[l.practiceForm]}` },
                { term: "Tranche d'âge", detail: l.ageBracket ? AGE_BRACKET_LABELS[l.ageBracket] : "" },
                { term: "Départ envisagé", detail: l.departure ? DEPARTURE_HORIZON_LABELS[l.departure] : "" },
                { term: "Travailler ensemble", detail: INTEREST_LABELS[l.interest] },
                { term: "Statut", detail: l.source === "professionnel" && l.confirmedAt ? `Confirmée par vous le ${formatDate(l.confirmedAt)}` : "Pas encore confirmée par vous" },
              ]}
            />
            <p className="mt-4">
              <ButtonLink href={`${base}/professionnels/${l.id}`}>{l.source === "professionnel" ? "Modifier ma fiche" : "Vérifier et confirmer ma fiche"}</ButtonLink>
            </p>
          </Card>
        ))}

        <InventoryIndicators indicators={indicators} />

        <section aria-labelledby="professionnels-titre" id="professionnels" className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 id="professionnels-titre" className="text-xl font-bold text-slate-900">
              Professionnels de santé
            </h2>
            <p className="text-slate-700">Combien ? Quelles professions ? Départs prévus ? Isolement ?</p>
          </div>
          {team ? (
            <p className="text-sm text-slate-700">
              Âge, départ, coordonnées et notes de chaque fiche : visibles par le maire, le référent santé, la fédération et la personne elle-même, jamais par les autres professionnels.
            </p>
          ) : (
            <p className="text-sm text-slate-700">L&apos;âge, les projets de départ, les coordonnées et les notes de chacun ne sont visibles que par l&apos;équipe municipale, la fédération et la personne concernée.</p>
          )}
          {total === 0 ? (
            <EmptyState
              title="Aucun professionnel recensé pour l'instant"
              action={
                team && (
                  <>
                    <ButtonLink href={`${base}/professionnels/nouveau`}>Ajouter un professionnel</ButtonLink>
                    <ButtonLink href={`${base}/import`} variant="secondary">
                      Importer un fichier
                    </ButtonLink>
                  </>
                )
              }
            >
              {team
                ? "Commencez par les médecins généralistes, infirmier·ères, pharmacien·nes et kinésithérapeutes de la commune et des environs : un nom, une profession et une forme d'exercice suffisent, le reste se complète au fil des échanges."
                : "La commune n'a encore recensé aucun professionnel."}
            </EmptyState>
          ) : (
            <>
              <ListFilters base={base} query={query} team={team} professionCounts={professionCounts} />
              <p role="status" className="font-semibold text-slate-900" data-testid="list-count">
                {shown}
              </p>
              {list.lines.length > 0 && (
                <>
                  <ProfessionalsTable lines={list.lines} byProfession={list.byProfession} team={team} code={ctx.commune.code} communeName={ctx.commune.name} caption={`Professionnels de santé recensés : ${shown}`} />
                  <Pagination base={base} query={query} page={list.page} pageCount={list.pageCount} />
                </>
              )}
            </>
          )}
        </section>

        {NOTE_THEMES.map((theme) => (
          <ThemeSection
            key={theme}
            theme={theme}
            notes={notes.filter((n) => n.theme === theme)}
            team={team}
            code={ctx.commune.code}
            adding={addingNote === theme}
            addHref={`${listed}${listed.includes("?") ? "&" : "?"}note=${theme}#${theme}-ajout`}
            closeHref={`${listed}#${theme}`}
          />
        ))}

        {team && (
          <p className="text-sm text-slate-700">
            Chaque modification est inscrite à l&apos;
            <Link href={`/communes/${ctx.commune.code}/historique`} className="underline">
              historique de la commune
            </Link>
            .
          </p>
        )}
      </div>
    </>
  );
}
