import type { Indicators, ProfessionCount } from "@/lib/inventory/indicators";

export const STRIPES = "bg-[repeating-linear-gradient(135deg,transparent_0_4px,rgba(255,255,255,0.55)_4px_7px)]";

const INCLUDES = "Les départs d'ici 5 ans comprennent ceux d'ici 2 ans.";

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
 * Professionals by profession: a table from 640 px on (in a focusable region that scrolls sideways if it must),
 * the same figures stacked profession by profession below, so that nothing is cut off at 320 px. Departures are
 * columns only for whoever may see them (the indicators leave them null otherwise).
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

      <ul className="mt-3 divide-y divide-slate-200 sm:hidden" data-testid="by-profession-list" aria-label="Professionnels par profession">
        {i.byProfession.map((p) => (
          <li key={`${p.profession}-${p.label}`} className="py-2">
            <p className="font-semibold text-slate-900">{p.label}</p>
            <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              {figures(p, departures).map((f) => (
                <div key={f.label} className="flex justify-between gap-2">
                  <dt className="text-slate-800">{f.label}</dt>
                  <dd className="font-semibold tabular-nums">{f.value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>

      <div className="mt-3 hidden overflow-x-auto sm:block" role="region" aria-label="Tableau des professionnels par profession (défilement horizontal)" tabIndex={0}>
        <table className="w-full text-left text-sm" data-testid="by-profession">
          <caption className="sr-only">
            Nombre de professionnels recensés et intéressés par un travail en équipe{departures ? ", et départs prévus" : ""}, par profession{departures ? `. ${INCLUDES}` : ""}
          </caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2 pr-3 font-semibold">
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
                <th scope="row" className="py-2 pr-3 font-normal">
                  {p.label}
                </th>
                {figures(p, departures).map((f) => (
                  <td key={f.label} className={`py-2 pr-3 text-right tabular-nums ${f.strong ? "font-semibold" : ""}`}>
                    {f.value}
                  </td>
                ))}
                <td className="hidden py-2 lg:table-cell">
                  <div aria-hidden="true" className="flex h-4 overflow-hidden rounded" style={{ width: `${(p.count / maxCount) * 100}%` }}>
                    <div className="h-full bg-green-700" style={{ width: `${(p.interested / p.count) * 100}%` }} />
                    <div className={`h-full bg-teal-500 ${STRIPES}`} style={{ width: `${(p.maybe / p.count) * 100}%` }} />
                    <div className="h-full flex-1 bg-slate-400" />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
