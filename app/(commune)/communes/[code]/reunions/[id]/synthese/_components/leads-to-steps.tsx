import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/dates";
import { NEXT_STEP_STATUS_LABELS, type NextStepStatus } from "@/lib/domain/enums";
import type { OwnerGroup } from "@/lib/next-steps/owner";
import { NextStepForm } from "../../../../actions/_components/next-step-form";

export type MeetingStep = { id: number; title: string; lead: string | null; ownerLabel: string; dueOn: string; status: NextStepStatus; overdue: boolean };

function StepLine({ s }: { s: MeetingStep }) {
  return (
    <li className="text-sm text-slate-900">
      <span className="font-semibold">{s.title}</span> — {s.ownerLabel}, pour le {formatDate(s.dueOn)} · {NEXT_STEP_STATUS_LABELS[s.status]}
      {s.overdue && (
        <>
          {" "}
          <Badge tone="danger">En retard</Badge>
        </>
      )}
    </li>
  );
}

/**
 * "Des pistes aux prochaines étapes": each lead of the synthesis, the next steps already drawn from it, and a
 * form to draw one more (what, who, by when) in one action. Steps added otherwise for this meeting follow.
 */
export function LeadsToSteps({
  code,
  meetingId,
  leads,
  steps,
  owners,
  minDue,
  canManage,
}: {
  code: string;
  meetingId: number;
  leads: string[];
  steps: MeetingStep[];
  owners: OwnerGroup[];
  minDue: string;
  canManage: boolean;
}) {
  const fromLead = (lead: string) => steps.filter((s) => s.lead === lead);
  const others = steps.filter((s) => !s.lead || !leads.includes(s.lead));
  return (
    <section aria-labelledby="leads-steps-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="leads-steps-title" className="text-xl font-bold text-slate-900">
        Des pistes aux prochaines étapes
      </h2>
      {leads.length === 0 ? (
        <p className="text-slate-800">Notez les premières pistes dans la synthèse et enregistrez : chacune pourra devenir une prochaine étape, avec qui s&apos;en charge et pour quand.</p>
      ) : (
        <ol className="space-y-4">
          {leads.map((lead, i) => {
            const made = fromLead(lead);
            return (
              <li key={lead} className="rounded-md border border-slate-200 p-4">
                <p className="font-semibold text-slate-900">
                  Piste {i + 1} : {lead}
                </p>
                {made.length > 0 ? (
                  <ul className="mt-2 space-y-1">
                    {made.map((s) => (
                      <StepLine key={s.id} s={s} />
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 text-sm text-slate-700">Pas encore de prochaine étape pour cette piste.</p>
                )}
                {canManage && (
                  <details className="mt-3">
                    <summary className="cursor-pointer font-semibold text-blue-900 underline">
                      En faire une prochaine étape<span className="sr-only"> : {lead}</span>
                    </summary>
                    <div className="mt-3">
                      <NextStepForm code={code} meetingId={meetingId} lead={lead} defaultTitle={lead} owners={owners} minDue={minDue} idPrefix={`piste-${i + 1}`} />
                    </div>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {others.length > 0 && (
        <>
          <h3 className="font-semibold text-slate-900">Autres prochaines étapes de cette réunion</h3>
          <ul className="space-y-1">
            {others.map((s) => (
              <StepLine key={s.id} s={s} />
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href={`/communes/${code}/actions`} className="font-semibold text-blue-900 underline">
          Toutes les prochaines étapes de la commune
        </Link>
      </p>
    </section>
  );
}
