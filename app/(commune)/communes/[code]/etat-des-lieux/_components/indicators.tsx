import { Badge } from "@/components/ui/badge";
import { html, innerHtml } from "@/lib/html";
import { CORE_TEAM_MINIMUM, type Indicators } from "@/lib/inventory/indicators";
import { professionDepartureItem } from "@/lib/inventory/departures";
import { ByProfession, STRIPES } from "./by-profession";

/*
 * Plain HTML/CSS bars. Every bar is decorative (aria-hidden): the values are written beside it in text, and the
 * segments of a stacked bar differ by pattern as well as colour, with a legend giving each value. The cards, bars
 * and legends take their styles from a few component classes of app/globals.css (`.stat-card`, `.stack`…): the
 * page sends each element twice (HTML and RSC payload), so each carries a short class name.
 */

type Segment = { label: string; value: number; className: string };

/** A width for CSS, to a tenth of a percent. */
const percent = (part: number, whole: number) => `${Math.round((part / whole) * 1000) / 10}%`;


function StackedBar({ segments, total }: { segments: Segment[]; total: number }) {
  return (
    <div aria-hidden="true" className="stack">
      {total > 0 &&
        segments
          .filter((s) => s.value > 0)
          .map((s) => <div key={s.label} className={s.className} style={{ width: percent(s.value, total) }} />)}
    </div>
  );
}

function Legend({ segments }: { segments: Segment[] }) {
  return (
    <ul className="legend">
      {segments.map((s) => (
        <li key={s.label}>
          <span aria-hidden="true" className={s.className} />
          <span>
            {`${s.label} : `}
            <strong>{s.value}</strong>
          </span>
        </li>
      ))}
    </ul>
  );
}

function Fraction({ value, total }: { value: number; total: number }) {
  return (
    <div aria-hidden="true" className="fraction">
      <div style={{ width: total > 0 ? percent(value, total) : "0%" }} />
    </div>
  );
}

function StatCard({ title, children, sentence, testId }: { title: string; children: React.ReactNode; sentence: string; testId?: string }) {
  return (
    <section className="stat-card" aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      <div>{children}</div>
      <p>{sentence}</p>
    </section>
  );
}

function Big({ value, of }: { value: number; of?: number }) {
  return (
    <p className="big">
      {value}
      {of !== undefined && <span>{` sur ${of}`}</span>}
    </p>
  );
}

function Requirement({ label, have, need }: { label: string; have: number; need: number }) {
  const met = have >= need;
  return (
    <div>
      <dt className="font-semibold text-slate-900">{label}</dt>
      <dd className="mt-1 space-y-1">
        <p>
          <strong className="text-xl">{have}</strong>
          {` pour un minimum de ${need} `}
          {met ? <Badge tone="success">atteint</Badge> : <Badge tone="warning">il en manque {need - have}</Badge>}
        </p>
        <div aria-hidden="true" className="h-3 w-full overflow-hidden rounded bg-white ring-1 ring-slate-300">
          <div className={`h-full ${met ? "bg-green-700" : `bg-amber-600 ${STRIPES}`}`} style={{ width: percent(Math.min(have, need), need) }} />
        </div>
      </dd>
    </div>
  );
}

export function InventoryIndicators({ indicators: i }: { indicators: Indicators }) {
  const core = i.coreTeam;
  const gps = i.generalPractitioners;
  const interestSegments: Segment[] = [
    { label: "Oui", value: i.interest.interested, className: "bg-green-700" },
    { label: "Peut-être", value: i.interest.maybe, className: `bg-teal-500 ${STRIPES}` },
    { label: "Non", value: i.total - i.interest.interested - i.interest.maybe - i.interest.notAsked, className: "bg-slate-500" },
    { label: "Pas encore sollicité·e", value: i.interest.notAsked, className: "bg-slate-300" },
  ];

  return (
    <section aria-labelledby="indicateurs" className="space-y-4">
      <h2 id="indicateurs" className="text-xl font-bold text-slate-900">
        En un coup d&apos;œil
      </h2>

      <section aria-labelledby="equipe-coeur" data-testid="core-team" className={`rounded-lg border-2 p-5 ${core.inSight ? "border-green-700 bg-green-50" : "border-amber-600 bg-amber-50"}`}>
        <h3 id="equipe-coeur" className="flex flex-wrap items-center gap-3 text-lg font-bold text-slate-900">
          Équipe cœur d&apos;une maison de santé
          {core.inSight ? <Badge tone="success">En vue</Badge> : <Badge tone="warning">Pas encore</Badge>}
        </h3>
        <p className="mt-2 text-slate-900">{core.sentence}</p>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2">
          <Requirement label="Médecins généralistes intéressés" have={core.interestedGPs} need={CORE_TEAM_MINIMUM.generalPractitioners} />
          <Requirement label="Professionnels paramédicaux intéressés" have={core.interestedParamedical} need={CORE_TEAM_MINIMUM.paramedical} />
        </dl>
      </section>

      {i.total > 0 && (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {gps ? (
            <StatCard title="Médecins généralistes et départs" sentence={gps.sentence} testId="gp-departures">
              <Big value={gps.total} />
              <StackedBar
                total={gps.total}
                segments={[
                  { label: "D'ici 2 ans", value: gps.leavingWithin2, className: "bg-red-700" },
                  { label: "Dans 2 à 5 ans", value: gps.leavingWithin5 - gps.leavingWithin2, className: `bg-amber-600 ${STRIPES}` },
                  { label: "Pas de départ connu", value: gps.total - gps.leavingWithin5 - gps.unknown, className: "bg-green-700" },
                  { label: "Inconnu", value: gps.unknown, className: "bg-slate-300" },
                ]}
              />
              <Legend
                segments={[
                  { label: "Départ d'ici 2 ans", value: gps.leavingWithin2, className: "bg-red-700" },
                  { label: "Départ dans 2 à 5 ans", value: gps.leavingWithin5 - gps.leavingWithin2, className: `bg-amber-600 ${STRIPES}` },
                  { label: "Pas de départ connu", value: gps.total - gps.leavingWithin5 - gps.unknown, className: "bg-green-700" },
                  { label: "Projets inconnus", value: gps.unknown, className: "bg-slate-300" },
                ]}
              />
            </StatCard>
          ) : null}
          {i.departures ? (
            <StatCard title="Départs prévus, toutes professions" sentence={i.departures.sentence} testId="departures">
              <Big value={i.departures.leavingWithin5} of={i.total} />
              <p className="text-sm text-slate-800">{`d'ici 5 ans, dont ${i.departures.leavingWithin2} d'ici 2 ans`}</p>
              <StackedBar
                total={i.total}
                segments={[
                  { label: "D'ici 2 ans", value: i.departures.leavingWithin2, className: "bg-red-700" },
                  { label: "Dans 2 à 5 ans", value: i.departures.leavingWithin5 - i.departures.leavingWithin2, className: `bg-amber-600 ${STRIPES}` },
                ]}
              />
              {i.departures.byProfession.length > 0 && (
                // One item a profession (seventeen in a large commune): markup built as a string (lib/html.ts, escaped).
                <ul
                  className="space-y-1 text-sm text-slate-800"
                  aria-label="Départs d'ici 5 ans par profession"
                  {...innerHtml(i.departures.byProfession.map((p) => html`<li>${professionDepartureItem(p.label, { leavingWithin2: p.leavingWithin2 ?? 0, leavingWithin5: p.leavingWithin5 ?? 0 })}</li>`))}
                />
              )}
            </StatCard>
          ) : null}
          {i.aged62Plus ? (
            <StatCard title="62 ans et plus" sentence={i.aged62Plus.sentence}>
              <Big value={i.aged62Plus.count} of={i.total} />
              <Fraction value={i.aged62Plus.count} total={i.total} />
            </StatCard>
          ) : null}
          {!gps && !i.aged62Plus && (
            <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:col-span-2" aria-label="Âges et départs">
              <h3 className="font-bold text-slate-900">Âges et départs</h3>
              <p className="mt-2 text-sm text-slate-800">
                L&apos;âge et les projets de départ de chacun sont des informations personnelles : seuls le maire, le référent santé et la fédération en voient les indicateurs.
              </p>
            </section>
          )}
          <StatCard title="Exercice isolé" sentence={i.isolated.sentence}>
            <Big value={i.isolated.count} of={i.total} />
            <Fraction value={i.isolated.count} total={i.total} />
          </StatCard>
          <StatCard title="Intérêt pour travailler ensemble" sentence={i.interest.sentence}>
            <Big value={i.interest.interested} of={i.total} />
            <StackedBar total={i.total} segments={interestSegments} />
            <Legend segments={interestSegments} />
          </StatCard>
        </div>
      )}

      {i.byProfession.length > 0 && <ByProfession indicators={i} />}
    </section>
  );
}
