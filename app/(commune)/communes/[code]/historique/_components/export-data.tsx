import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { pathOf } from "@/lib/urls";

/**
 * "Données de la commune": the maire downloads everything of the workspace as one zip. A plain POST form (no
 * JavaScript): the route answers with the file, the page stays where it is, and the download is recorded in
 * the history.
 */
export function ExportData({ code }: { code: string }) {
  return (
    <Card title="Données de la commune" className="mt-6">
      <p className="text-slate-700">
        Téléchargez toutes les données de l&apos;espace en une archive zip : état des lieux et notes, réunions, invité·es et réponses, synthèses, prochaines étapes,
        check-list des 100 jours, « qui fait quoi », contacts des partenaires et historique. Chaque fichier existe en CSV (tableur) et en JSON ; un fichier
        README.txt les décrit.
      </p>
      <p className="mt-2 text-sm text-slate-700">L&apos;archive contient des données personnelles : conservez-la en lieu sûr. Le téléchargement est inscrit à l&apos;historique.</p>
      <form method="post" action={`${pathOf("communes", code)}/export`} className="mt-4">
        <Button type="submit">Télécharger les données (zip)</Button>
      </form>
    </Card>
  );
}
