import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { NextStepRow } from "@/db/next-steps";
import { formatDate } from "@/lib/dates";
import { NEXT_STEP_STATUS_LABELS, type NextStepStatus } from "@/lib/domain/enums";
import { StatusForm } from "./status-form";

const STATUS_TONE: Record<NextStepStatus, BadgeTone> = { a_faire: "info", en_cours: "warning", fait: "success", abandonne: "neutral" };

/** The status in words, and "En retard" in words too: never by colour alone. */
export function StepStatus({ status, overdue }: { status: NextStepStatus; overdue: boolean }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone={STATUS_TONE[status]}>{NEXT_STEP_STATUS_LABELS[status]}</Badge>
      {overdue && <Badge tone="danger">En retard</Badge>}
    </span>
  );
}

export const synthesisPath = (code: string, meetingId: number) => `/communes/${code}/reunions/${meetingId}/synthese`;

/**
 * Steps as cards (a list, not a table: each card reflows to one column at 320 px). Each says what, who, by
 * when, where it stands and where it comes from; its status form is there for those who may change it.
 */
export function StepList({ rows, code, manage, label }: { rows: NextStepRow[]; code: string; manage: boolean; label: string }) {
  return (
    <ul className="space-y-4" aria-label={label}>
      {rows.map((s) => (
        <li key={s.id} id={`etape-${s.id}`} data-testid="next-step" className={`rounded-lg border bg-white p-4 shadow-sm sm:p-5 ${s.overdue ? "border-red-300" : "border-slate-200"}`}>
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h3 className="min-w-0 text-lg font-bold text-slate-900 [overflow-wrap:anywhere]">{s.title}</h3>
            <StepStatus status={s.status} overdue={s.overdue} />
          </div>
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-semibold text-slate-900">Qui s&apos;en charge</dt>
              <dd className="text-slate-800 [overflow-wrap:anywhere]">
                {s.ownerLabel}
                {s.mine && (
                  <>
                    {" "}
                    <span className="font-semibold text-blue-900">(vous)</span>
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt className="font-semibold text-slate-900">Date prévue</dt>
              <dd className={s.overdue ? "font-semibold text-red-800" : "text-slate-800"}>
                {formatDate(s.dueOn)}
                {s.overdue && " — en retard"}
                {s.status === "fait" && s.doneAt && <span className="block font-normal text-slate-700">Faite le {formatDate(s.doneAt)}</span>}
              </dd>
            </div>
            {s.meeting && (
              <div className="sm:col-span-2">
                <dt className="font-semibold text-slate-900">D&apos;où elle vient</dt>
                <dd className="text-slate-800">
                  <Link href={synthesisPath(code, s.meeting.id)} className="text-blue-900 underline hover:no-underline [overflow-wrap:anywhere]">
                    Synthèse de la réunion « {s.meeting.title} » du {formatDate(s.meeting.startsAt)}
                  </Link>
                  {s.lead && <span className="block text-slate-700 [overflow-wrap:anywhere]">Piste : « {s.lead} »</span>}
                </dd>
              </div>
            )}
          </dl>
          {s.details && <p className="mt-3 whitespace-pre-line text-sm text-slate-800 [overflow-wrap:anywhere]">{s.details}</p>}
          {(manage || s.mine) && (
            <div className="mt-4 flex flex-wrap items-end justify-between gap-3 border-t border-slate-200 pt-3">
              <StatusForm code={code} step={{ id: s.id, version: s.version, status: s.status, title: s.title }} />
              {manage && (
                <Link href={`/communes/${code}/actions/${s.id}`} className="text-sm font-semibold text-blue-900 underline hover:no-underline">
                  Modifier<span className="sr-only"> « {s.title} »</span>
                </Link>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
