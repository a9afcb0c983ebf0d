import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { requireCommuneRole } from "@/lib/auth/guards";
import { CSV_COLUMNS } from "@/lib/inventory/csv-professionals";
import { ImportForm } from "../_components/import-form";

export const metadata: Metadata = { title: "Importer des professionnels — État des lieux" };

export default async function ImportPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "inventory.edit");
  const base = `/communes/${ctx.commune.code}/etat-des-lieux`;
  return (
    <>
      <PageHeader
        title="Importer des professionnels"
        breadcrumbs={[{ href: base, label: "État des lieux" }, { label: "Import" }]}
        description="Depuis un tableur : une ligne par professionnel. Les lignes sans identifiant deviennent de nouvelles fiches ; celles qui gardent l'identifiant et la version d'un export modifient la fiche correspondante."
      />
      <div className="mt-6 grid items-start gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <ImportForm code={ctx.commune.code} base={base} />
        </Card>
        <Card title="Le format attendu" headingLevel={2}>
          <ul className="list-disc space-y-2 pl-5 text-slate-800">
            <li>
              Un fichier <strong>CSV</strong> encodé en <strong>UTF-8</strong>, colonnes séparées par des <strong>points-virgules</strong> : dans Excel, « Enregistrer sous » › « CSV UTF-8 ».
            </li>
            <li>
              Une première ligne de titres ; seules « Profession » et « Forme d&apos;exercice » sont obligatoires. Un nom vide fait une fiche anonyme.
            </li>
            <li>Les valeurs des listes s&apos;écrivent comme dans Boussole (« Médecin généraliste », « 55 à 61 ans »…) ; les majuscules et accents ne comptent pas.</li>
            <li>Une commune proche s&apos;écrit par son nom ou « Nom (code INSEE) ».</li>
          </ul>
          <p className="mt-4 text-sm text-slate-700">Colonnes : {CSV_COLUMNS.map((c) => c.header).join(", ")}.</p>
          <p className="mt-4 flex flex-col gap-2">
            <a href={`${base}/export?modele=1`} download className="font-semibold text-blue-900 underline">
              Télécharger le modèle (CSV)
            </a>
            <a href={`${base}/export`} download className="font-semibold text-blue-900 underline">
              Exporter l&apos;état des lieux actuel (CSV)
            </a>
          </p>
        </Card>
      </div>
    </>
  );
}
