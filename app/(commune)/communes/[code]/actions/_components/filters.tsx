import Link from "next/link";
import { Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { NextStepList } from "@/db/next-steps";
import { NEXT_STEP_STATUSES, NEXT_STEP_STATUS_LABELS, type NextStepStatus } from "@/lib/domain/enums";

export type Filters = { owner: string; status: NextStepStatus | ""; overdue: boolean };

/**
 * The filters, as a plain GET form: the address keeps them (a link can be shared, the back button works) and
 * it needs no JavaScript. The counts in the labels are those under the owner filter.
 */
export function StepFilters({ base, filters, list }: { base: string; filters: Filters; list: Pick<NextStepList, "owners" | "counts" | "overdueCount"> }) {
  const active = Boolean(filters.owner || filters.status || filters.overdue);
  return (
    <form method="get" action={base} role="search" aria-label="Filtrer les prochaines étapes" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto_auto] lg:items-end">
        <div className="space-y-1">
          <label htmlFor="filtre-responsable" className="block font-semibold text-slate-900">
            Qui s&apos;en charge
          </label>
          <Select id="filtre-responsable" name="responsable" defaultValue={filters.owner}>
            <option value="">Tout le monde</option>
            <option value="moi">Moi</option>
            {list.owners.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filtre-statut" className="block font-semibold text-slate-900">
            Statut
          </label>
          <Select id="filtre-statut" name="statut" defaultValue={filters.status}>
            <option value="">Tous les statuts</option>
            {NEXT_STEP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {NEXT_STEP_STATUS_LABELS[s]} ({list.counts[s]})
              </option>
            ))}
          </Select>
        </div>
        <label className="flex items-center gap-2 py-2 font-semibold text-slate-900">
          <input type="checkbox" name="retard" value="1" defaultChecked={filters.overdue} className="h-4 w-4" />
          En retard seulement ({list.overdueCount})
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary">
            Filtrer
          </Button>
          {active && (
            <Link href={base} className="text-blue-900 underline hover:no-underline">
              Effacer les filtres
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}
