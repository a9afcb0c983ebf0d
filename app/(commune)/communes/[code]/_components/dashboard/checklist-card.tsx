import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ChecklistEntry, checklistProgress } from "@/lib/checklist/rules";
import { formatDate } from "@/lib/dates";
import { ProgressBar } from "./progress-bar";

export type ChecklistCardProps = {
  progress: ReturnType<typeof checklistProgress>;
  /** `dueNext`: the open items, most urgent first. */
  next: ChecklistEntry[];
  base: string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The 100-day checklist at a glance: each phase's progress and overdue items, then what is due next and by whom. */
export function ChecklistCard({ progress, next, base }: ChecklistCardProps) {
  return (
    <Card title="La check-list des 100 jours" headingLevel={2}>
      <p>
        <strong>
          {progress.done} sur {progress.total}
        </strong>{" "}
        étapes faites ou sans objet
        {progress.overdue > 0 && (
          <>
            {" "}
            · <Badge tone="warning">{progress.overdue} en retard</Badge>
          </>
        )}
      </p>
      <ul className="mt-3 space-y-3" aria-label="Avancement par phase">
        {progress.phases.map((p) => (
          <li key={p.code}>
            <p className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-semibold text-slate-900">{p.label}</span>
              <span className="text-sm text-slate-800">
                {p.done}/{p.total} {p.done > 1 ? "faites" : "faite"}
                {p.overdue > 0 && <> · {p.overdue} en retard</>}
              </span>
            </p>
            <p className="text-sm text-slate-700">{p.title}</p>
            <ProgressBar className="mt-1" label={`${p.label} : étapes faites`} value={p.done} max={p.total} text={`${p.done} sur ${p.total}`} />
          </li>
        ))}
      </ul>
      <h3 className="mt-5 font-semibold text-slate-900">À faire ensuite</h3>
      {next.length === 0 ? (
        <p className="mt-1">Toutes les étapes de la check-list sont faites ou sans objet.</p>
      ) : (
        <ul className="mt-1 space-y-3">
          {next.map((e) => (
            <li key={e.code}>
              <span className="font-semibold text-slate-900">{e.title}</span>
              <span className="block text-sm text-slate-800">
                Pour le {formatDate(e.dueDate)} ·{" "}
                {e.state?.ownerName ? (
                  <>
                    qui : <strong>{e.state.ownerName}</strong>
                  </>
                ) : (
                  "personne n'est désigné·e"
                )}
                {e.overdue && (
                  <>
                    {" "}
                    <Badge tone="warning">En retard de {plural(-e.daysLeft, "jour", "jours")}</Badge>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link className="font-semibold text-blue-900 underline" href={`${base}/100-jours`}>
          Ouvrir la check-list des 100 jours
        </Link>
      </p>
    </Card>
  );
}
