import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { nextStepOwnerOptions } from "@/db/next-steps";
import { requireCommuneRole } from "@/lib/auth/guards";
import { nextStepsPath } from "@/lib/next-steps/messages";
import { NextStepForm } from "../_components/next-step-form";

export const metadata: Metadata = { title: "Ajouter une prochaine étape" };

export default async function NewNextStepPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "nextStep.manage");
  const base = nextStepsPath(ctx.commune.code);
  return (
    <>
      <PageHeader
        title="Ajouter une prochaine étape"
        breadcrumbs={[{ href: base, label: "Prochaines étapes" }, { label: "Ajouter" }]}
        description="Ce qu'il faut faire, qui s'en charge, pour quand. Pour une suite décidée en réunion, partez plutôt de la synthèse : la prochaine étape y restera reliée."
      />
      <div className="mt-6 max-w-3xl">
        <Card>
          <NextStepForm code={ctx.commune.code} owners={nextStepOwnerOptions(ctx.data)} cancelHref={base} />
        </Card>
      </div>
    </>
  );
}
