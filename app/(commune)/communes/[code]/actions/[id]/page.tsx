import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { nextStepForEdit, nextStepOwnerOptions } from "@/db/next-steps";
import { requireCommuneRole } from "@/lib/auth/guards";
import { formatDate, formatDateTime } from "@/lib/dates";
import { nextStepsPath } from "@/lib/next-steps/messages";
import { withCurrentOwner } from "@/lib/next-steps/owner";
import { firstDueDay } from "@/lib/next-steps/rules";
import { DeleteStep } from "../_components/delete-step";
import { NextStepForm } from "../_components/next-step-form";
import { StepStatus, synthesisPath } from "../_components/step-list";

export const metadata: Metadata = { title: "Modifier une prochaine étape" };

/** One step, for the team: its fields, its status, its deletion. Another commune's step is not found. */
export default async function EditNextStepPage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code, id } = await params;
  const ctx = await requireCommuneRole(code, "nextStep.manage");
  const stepId = /^[1-9]\d{0,9}$/.test(id) ? Number(id) : null;
  const step = stepId ? nextStepForEdit(ctx.data, { nextStepId: stepId }) : null;
  if (!step) notFound();
  const base = nextStepsPath(ctx.commune.code);
  const owners = withCurrentOwner(nextStepOwnerOptions(ctx.data, { meetingId: step.meeting?.id }), { value: step.values.owner, label: step.values.ownerLabel });
  return (
    <>
      <PageHeader
        title="Modifier une prochaine étape"
        breadcrumbs={[{ href: base, label: "Prochaines étapes" }, { label: step.title }]}
        description={
          <span className="flex flex-wrap items-center gap-3">
            <StepStatus status={step.status} overdue={step.overdue} />
            <span>Confiée à {step.ownerLabel}, d&apos;ici le {formatDate(step.dueOn)}.</span>
          </span>
        }
      />
      <div className="mt-6 max-w-3xl space-y-6">
        <p className="text-sm text-slate-700">
          Version {step.version}, enregistrée le {formatDateTime(step.updatedAt)}
          {step.updatedByName ? ` par ${step.updatedByName}` : ""}. Son statut se change depuis la liste des prochaines étapes.
          {step.meeting && (
            <>
              {" "}
              Elle fait suite à la{" "}
              <Link href={synthesisPath(ctx.commune.code, step.meeting.id)} className="text-blue-900 underline hover:no-underline">
                synthèse de la réunion « {step.meeting.title} » du {formatDate(step.meeting.startsAt)}
              </Link>
              {step.lead ? ` (piste : « ${step.lead} »)` : ""}.
            </>
          )}
        </p>
        <Card>
          <NextStepForm
            code={ctx.commune.code}
            owners={owners}
            minDue={step.meeting ? firstDueDay(step.meeting) : undefined}
            step={{ id: step.id, version: step.version, values: step.values }}
            cancelHref={`${base}#etape-${step.id}`}
          />
        </Card>
        <DeleteStep code={ctx.commune.code} id={step.id} version={step.version} title={step.title} />
      </div>
    </>
  );
}
