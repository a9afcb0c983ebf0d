import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { requireCommuneRole } from "@/lib/auth/guards";
import { ProfessionalForm } from "../../_components/professional-form";

export const metadata: Metadata = { title: "Ajouter un professionnel — État des lieux" };

export default async function NewProfessionalPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "inventory.edit");
  const base = `/communes/${ctx.commune.code}/etat-des-lieux`;
  const source = ctx.roles.includes("maire") || ctx.roles.includes("referent") ? "commune" : "federation";
  return (
    <>
      <PageHeader
        title="Ajouter un professionnel"
        breadcrumbs={[{ href: base, label: "État des lieux" }, { label: "Nouvelle fiche" }]}
        description="Un professionnel de santé de la commune ou des environs. Ce que vous ne savez pas encore peut rester « inconnu » : la personne pourra vérifier et compléter sa fiche elle-même si vous l'invitez."
      />
      <Card className="mt-6">
        <ProfessionalForm code={ctx.commune.code} communeName={ctx.commune.name} mode="create" defaults={{ source }} canSetSource cancelHref={base} />
      </Card>
    </>
  );
}
