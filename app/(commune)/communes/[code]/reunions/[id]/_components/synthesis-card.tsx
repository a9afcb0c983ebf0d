import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/dates";

/** Once the meeting is held: where its synthesis stands, and the way to it. */
export function SynthesisCard({ href, status }: { href: string; status: { state: "none" | "draft" | "published"; publishedAt: Date | null; updatedAt: Date | null } }) {
  return (
    <Card title="Synthèse et suites">
      <p className="text-slate-900">
        {status.state === "published" && status.publishedAt
          ? `Synthèse publiée le ${formatDateTime(status.publishedAt)} : les participant·es l'ont reçue.`
          : status.state === "draft" && status.updatedAt
            ? `Brouillon enregistré le ${formatDateTime(status.updatedAt)}, pas encore publié.`
            : "La réunion a eu lieu : il reste à écrire sa synthèse — ce qui s'est dit, les premières pistes, la suite proposée — et à la publier pour les participant·es."}
      </p>
      <div className="mt-4">
        <ButtonLink href={href}>{status.state === "published" ? "Voir la synthèse" : status.state === "draft" ? "Reprendre la synthèse" : "Écrire la synthèse"}</ButtonLink>
      </div>
    </Card>
  );
}
