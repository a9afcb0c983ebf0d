import Link from "next/link";
import { Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { DUE_KINDS, DUE_LABELS, NO_FACILITATOR, PIPELINE_STAGES, PIPELINE_STAGE_LABELS, type PipelineFilters, type PipelineStage } from "@/lib/federation/pipeline";

export type Option = { value: string; label: string };

const label = "block font-semibold text-slate-900";

/**
 * The pipeline's filters, as a plain GET form: the address keeps them (a link can be shared, the back button
 * works) and it needs no JavaScript. The stage counts are those under the other filters.
 */
export function PipelineFilterForm({
  base,
  filters,
  departements,
  facilitators,
  stageCounts,
}: {
  base: string;
  filters: PipelineFilters;
  departements: Option[];
  facilitators: Option[];
  stageCounts: Record<PipelineStage, number>;
}) {
  const active = Boolean(filters.departement || filters.stage || filters.facilitator || filters.due);
  return (
    <form method="get" action={base} role="search" aria-label="Filtrer les communes" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <div className="min-w-0 space-y-1">
          <label htmlFor="filtre-departement" className={label}>
            Département
          </label>
          <Select id="filtre-departement" name="departement" defaultValue={filters.departement} className="w-full">
            <option value="">Tous les départements</option>
            {departements.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor="filtre-etape" className={label}>
            Étape
          </label>
          <Select id="filtre-etape" name="etape" defaultValue={filters.stage} className="w-full">
            <option value="">Toutes les étapes</option>
            {PIPELINE_STAGES.map((s) => (
              <option key={s} value={s}>
                {`${PIPELINE_STAGE_LABELS[s]} (${stageCounts[s]})`}
              </option>
            ))}
          </Select>
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor="filtre-facilitateur" className={label}>
            Facilitateur·rice
          </label>
          <Select id="filtre-facilitateur" name="facilitateur" defaultValue={filters.facilitator} className="w-full">
            <option value="">Tout le monde</option>
            {facilitators.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
            <option value={NO_FACILITATOR}>Sans facilitateur·rice</option>
          </Select>
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor="filtre-a-faire" className={label}>
            À faire
          </label>
          <Select id="filtre-a-faire" name="a-faire" defaultValue={filters.due} className="w-full">
            <option value="">Toutes les communes</option>
            {DUE_KINDS.map((d) => (
              <option key={d} value={d}>
                {DUE_LABELS[d]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary">
          Filtrer
        </Button>
        {active && (
          <Link href={base} className="text-blue-900 underline hover:no-underline">
            Effacer les filtres
          </Link>
        )}
      </div>
    </form>
  );
}
