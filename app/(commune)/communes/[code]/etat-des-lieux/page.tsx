import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DefinitionList } from "@/components/ui/definition-list";
import { inventoryView } from "@/db/inventory";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates";
import { AGE_BRACKET_LABELS, DEPARTURE_HORIZON_LABELS, INTEREST_LABELS, NOTE_THEMES, PRACTICE_FORM_LABELS } from "@/lib/domain/enums";
import { inventoryIndicators } from "@/lib/inventory/indicators";
import { ownValue } from "@/lib/lookup";
import { professionLabel } from "@/lib/inventory/professions";
import { InventoryIndicators } from "./_components/indicators";
import { ProfessionalsTable, practicePlace } from "./_components/professionals-table";
import { ThemeSection } from "./_components/theme-section";

export const metadata: Metadata = { title: "État des lieux" };

const NOTICES: Record<string, string> = {
  "fiche-ajoutee": "La fiche a été ajoutée à l'état des lieux.",
  "fiche-enregistree": "La fiche a été enregistrée.",
  "fiche-inchangee": "Aucune modification : la fiche est restée telle quelle.",
  "fiche-confirmee": "Merci : votre fiche est confirmée. L'équipe municipale et la fédération voient vos corrections.",
  "fiche-supprimee": "La fiche a été supprimée de l'état des lieux.",
  "note-enregistree": "La note a été enregistrée.",
  "note-supprimee": "La note a été supprimée.",
};

function notice(q: Record<string, string | undefined>): string | null {
  if (q.ok === "import") {
    const count = (v: string | undefined) => (v && /^\d{1,5}$/.test(v) ? Number(v) : 0);
    const added = count(q.ajouts);
    const changed = count(q.modifs);
    return `Import terminé : ${added} ${added > 1 ? "fiches ajoutées" : "fiche ajoutée"}, ${changed} ${changed > 1 ? "fiches modifiées" : "fiche modifiée"}.`;
  }
  return ownValue(NOTICES, q.ok) ?? null;
}

export default async function InventoryPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "inventory.view");
  const team = can(ctx.roles, "inventory.viewPrivate");
  // Filtered on the server: a professional's page never carries the other lines' private fields.
  const { lines, notes } = inventoryView(ctx.data, { team });
  const indicators = inventoryIndicators(lines, { personal: team });
  const own = lines.filter((l) => l.isOwn);
  const message = notice(await searchParams);
  const base = `/communes/${ctx.commune.code}/etat-des-lieux`;

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
              {lines.length > 0 && (
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
          {lines.length === 0 ? (
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
            <ProfessionalsTable lines={lines} team={team} code={ctx.commune.code} communeName={ctx.commune.name} />
          )}
        </section>

        {NOTE_THEMES.map((theme) => (
          <ThemeSection key={theme} theme={theme} notes={notes.filter((n) => n.theme === theme)} team={team} code={ctx.commune.code} />
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
