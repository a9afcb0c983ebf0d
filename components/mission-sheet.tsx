import { MISSION_SHEET, type MissionSheetSection } from "@/lib/referent/mission-sheet";

/**
 * The référent santé's mission sheet from the kit: purpose, the four missions, day to day, posture, time. Its
 * headings start at `headingLevel` (the sheet's title), so that it fits under any page's outline.
 */
export function MissionSheet({ headingLevel = 2, showWho = true }: { headingLevel?: 2 | 3; showWho?: boolean }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  const list = (s: MissionSheetSection) => (
    <div key={s.title}>
      <Sub className="font-bold text-slate-900">{s.title}</Sub>
      {s.intro && <p className="mt-1 text-slate-800">{s.intro}</p>}
      <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-800">
        {s.items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </div>
  );
  return (
    <section aria-labelledby="fiche-missions" data-testid="mission-sheet" className="space-y-4">
      <H id="fiche-missions" className={`font-bold text-slate-900 ${headingLevel === 2 ? "text-xl" : "text-lg"}`}>
        {MISSION_SHEET.title}
      </H>
      <p className="text-slate-800">{MISSION_SHEET.purpose}</p>
      <div>
        <Sub className="font-bold text-slate-900">Missions principales</Sub>
        <ol className="mt-2 grid gap-3 md:grid-cols-2">
          {MISSION_SHEET.missions.map((m) => (
            <li key={m.number} className="rounded-md bg-slate-50 p-3">
              <p className="font-semibold text-slate-900">
                {m.number}. {m.title}
              </p>
              <ul className="mt-1 list-disc space-y-1 pl-6 text-slate-800">
                {m.items.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {list(MISSION_SHEET.daily)}
        {list(MISSION_SHEET.posture)}
        {list(MISSION_SHEET.time)}
        {showWho && list(MISSION_SHEET.who)}
      </div>
      <p className="rounded-md border-l-4 border-teal-700 bg-teal-50 p-3 text-slate-900">
        <span className="font-semibold">À retenir : </span>
        {MISSION_SHEET.remember}
      </p>
    </section>
  );
}
