import type { Indicators, ProfessionCount } from "@/lib/inventory/indicators";

export const STRIPES = "bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgba(255,255,255,0.55)_4px_7px)]";

const INCLUDES = "Les départs d'ici 5 ans comprennent ceux d'ici 2 ans.";

/**
 * One profession's bar as a single element: interested, maybe (striped), others, drawn by gradients (one row of the
 * table, not four elements per row). Decorative: the figures are the row's cells.
 */
function barOf(p: ProfessionCount): string {
  const yes = (p.interested / p.count) * 100;
  const maybe = yes + (p.maybe / p.count) * 100;
  const stripes = `repeating-linear-gradient(135deg, transparent 0 4px, rgba(255,255,255,0.55) 4px 7px)`;
  // The stripes cover only the "maybe" stretch: a gradient transparent outside it masks them elsewhere.
  const stripesOnMaybe = `linear-gradient(90deg, var(--color-green-700) 0 ${yes}%, transparent ${yes}% ${maybe}%, var(--color-slate-400) ${maybe}%)`;
  return `${stripesOnMaybe}, ${stripes}, linear-gradient(90deg, var(--color-teal-500), var(--color-teal-500))`;
}

/** The numbers of one profession, in the order of the table's columns. */
function figures(p: ProfessionCount, departures: boolean): { label: string; value: number; strong?: boolean }[] {
  return [
    { label: "Recensés", value: p.count, strong: true },
    { label: "Intéressés", value: p.interested },
    { label: "Peut-être", value: p.maybe },
    ...(departures
      ? [
          { label: "Départs < 2 ans", value: p.leavingWithin2 ?? 0 },
          { label: "Départs < 5 ans", value: p.leavingWithin5 ?? 0 },
        ]
      : []),
  ];
}

/**
 * Professionals by profession: one table, in a focusable region that scrolls sideways on a narrow screen (a data
 * table keeps its columns: WCAG's reflow exception), its first column kept in view while it scrolls. One table
 * rather than a table and a stacked copy of it: the page renders each figure once. Departures are columns only for
 * whoever may see them (the indicators leave them null otherwise).
 */
export function ByProfession({ indicators: i }: { indicators: Indicators }) {
  const departures = i.departures !== null;
  const maxCount = Math.max(1, ...i.byProfession.map((p) => p.count));
  return (
    <section aria-labelledby="par-profession" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id="par-profession" className="font-bold text-slate-900">
        Professionnels par profession
      </h3>
      <p className="mt-1 text-sm text-slate-800">{i.professionsSentence}</p>
      {departures && <p className="mt-1 text-sm text-slate-800">{INCLUDES}</p>}

      <div className="mt-3 overflow-x-auto" role="region" aria-label="Tableau des professionnels par profession (défilement horizontal)" tabIndex={0}>
        <table className="w-full text-left text-sm" data-testid="by-profession">
          <caption className="sr-only">
            Nombre de professionnels recensés et intéressés par un travail en équipe{departures ? ", et départs prévus" : ""}, par profession{departures ? `. ${INCLUDES}` : ""}
          </caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="sticky left-0 bg-white py-2 pr-3 font-semibold">
                Profession
              </th>
              {figures(i.byProfession[0], departures).map((f) => (
                <th key={f.label} scope="col" className="py-2 pr-3 text-right font-semibold">
                  {f.label}
                </th>
              ))}
              <th scope="col" className="hidden w-1/4 py-2 font-semibold lg:table-cell">
                <span className="sr-only">Graphique</span>
                <span aria-hidden="true" className="flex flex-wrap gap-3 text-xs font-normal text-slate-700">
                  <span className="flex items-center gap-1">
                    <span className="inline-block h-3 w-3 rounded-sm bg-green-700" /> intéressés
                  </span>
                  <span className="flex items-center gap-1">
                    <span className={`inline-block h-3 w-3 rounded-sm bg-teal-500 ${STRIPES}`} /> peut-être
                  </span>
                  <span className="flex items-center gap-1">
                    <span className="inline-block h-3 w-3 rounded-sm bg-slate-400" /> autres
                  </span>
                </span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {i.byProfession.map((p) => (
              <tr key={`${p.profession}-${p.label}`}>
                <th scope="row" className="sticky left-0 bg-white py-2 pr-3 font-normal">
                  {p.label}
                </th>
                {figures(p, departures).map((f) => (
                  <td key={f.label} className={`py-2 pr-3 text-right tabular-nums ${f.strong ? "font-semibold" : ""}`}>
                    {f.value}
                  </td>
                ))}
                <td className="hidden py-2 lg:table-cell">
                  <div aria-hidden="true" className="h-4 rounded" style={{ width: `${(p.count / maxCount) * 100}%`, backgroundImage: barOf(p) }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
