import { html, innerHtml, type Html } from "@/lib/html";
import type { Indicators, ProfessionCount } from "@/lib/inventory/indicators";

/** Diagonal stripes over a segment's colour (`.stripes` in app/globals.css): "maybe", or "in 2 to 5 years". */
export const STRIPES = "stripes";

const INCLUDES = "Les départs d'ici 5 ans comprennent ceux d'ici 2 ans.";

/** A percentage for CSS, to a tenth (the bar is a few hundred pixels wide). */
const pct = (part: number, whole: number) => `${Math.round((part / whole) * 1000) / 10}%`;

/**
 * One profession's row. Its last cell draws the bar (`.by-profession td.bar` in app/globals.css; decorative, no text)
 * from its length and where the interested and the maybe stretches end: three custom properties rather than the
 * gradients themselves. The rows are markup built as a string (lib/html.ts, every value escaped; see
 * professionals-table.tsx): a large commune's seventeen professions are a hundred and fifty elements otherwise, each
 * serialized into the RSC payload and rendered again.
 */
function row(p: ProfessionCount, maxCount: number, departures: boolean): Html {
  const bar = `--w:${pct(p.count, maxCount)};--y:${pct(p.interested, p.count)};--m:${pct(p.interested + p.maybe, p.count)}`;
  const leaving = departures && html`<td>${p.leavingWithin2 ?? 0}</td><td>${p.leavingWithin5 ?? 0}</td>`;
  return html`<tr><th scope="row">${p.label}</th><td>${p.count}</td><td>${p.interested}</td><td>${p.maybe}</td>${leaving}<td class="bar" style="${bar}"></td></tr>`;
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
        <table className="by-profession w-full text-left text-sm" data-testid="by-profession">
          <caption className="sr-only">
            Nombre de professionnels recensés et intéressés par un travail en équipe{departures ? ", et départs prévus" : ""}, par profession{departures ? `. ${INCLUDES}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Profession</th>
              <th scope="col">Recensés</th>
              <th scope="col">Intéressés</th>
              <th scope="col">Peut-être</th>
              {departures && <th scope="col">Départs &lt; 2 ans</th>}
              {departures && <th scope="col">Départs &lt; 5 ans</th>}
              <th scope="col" className="bar">
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
          {/* Cells styled by `.by-profession` (app/globals.css). */}
          <tbody {...innerHtml(i.byProfession.map((p) => row(p, maxCount, departures)))} />
        </table>
      </div>
    </section>
  );
}
