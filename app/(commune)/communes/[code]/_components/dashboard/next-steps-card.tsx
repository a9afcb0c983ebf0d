import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { DashboardFacts } from "@/db/workspaces";
import { formatDate } from "@/lib/dates";
import { NEXT_STEP_STATUS_LABELS } from "@/lib/domain/enums";

/** The open next steps: how many, how many overdue, and the most urgent with who carries them and by when. */
export function NextStepsCard({ steps, base }: { steps: DashboardFacts["nextSteps"]; base: string }) {
  return (
    <Card title="Prochaines étapes" headingLevel={2}>
      {steps.open === 0 ? (
        <p>Aucune prochaine étape ouverte. Elles naissent des synthèses des réunions ou s&apos;ajoutent sur la page des prochaines étapes.</p>
      ) : (
        <>
          <p>
            <strong>{steps.open}</strong> étape{steps.open > 1 ? "s" : ""} ouverte{steps.open > 1 ? "s" : ""}
            {steps.overdue > 0 ? (
              <>
                {" "}
                · <Badge tone="warning">{steps.overdue} en retard</Badge>
              </>
            ) : (
              " · aucune en retard"
            )}
          </p>
          <h3 className="mt-4 font-semibold text-slate-900">Les plus urgentes</h3>
          <ul className="mt-1 space-y-3">
            {steps.urgent.map((s) => (
              <li key={s.id}>
                <span className="font-semibold text-slate-900">{s.title}</span>
                <span className="block text-sm text-slate-800">
                  {s.ownerLabel} · pour le {formatDate(s.dueOn)} · {NEXT_STEP_STATUS_LABELS[s.status]}
                  {s.overdue && (
                    <>
                      {" "}
                      <Badge tone="warning">En retard</Badge>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-4">
        <Link className="font-semibold text-blue-900 underline" href={`${base}/actions`}>
          Voir toutes les prochaines étapes
        </Link>
      </p>
    </Card>
  );
}
