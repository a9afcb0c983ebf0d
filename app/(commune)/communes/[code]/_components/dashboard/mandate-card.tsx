import { Card } from "@/components/ui/card";
import { CHECKLIST_PHASES } from "@/lib/checklist/items";
import type { MandatePhase } from "@/lib/checklist/rules";
import { formatDate } from "@/lib/dates";
import { ProgressBar } from "./progress-bar";

/** What each phase is called; beyond the 100 days, the kit's last aim: anchoring the project in time. */
export function phaseHeading(phase: MandatePhase): { label: string; title: string } {
  if (phase === "au_dela") return { label: "Après les 100 jours", title: "Ancrer le projet dans la durée" };
  const p = CHECKLIST_PHASES.find((x) => x.code === phase)!;
  return { label: p.label, title: p.title };
}

export type MandateCardProps = {
  mandateStart: string;
  /** `mandateDay`'s day: 0 on the day the mandate began. */
  day: number;
  phase: MandatePhase;
  commune: { departementName: string | null; departementCode: string; regionName: string | null; population: number | null };
};

/** Which day of the 100 it is, the current phase, and how far along the 100 days. */
export function MandateCard({ mandateStart, day, phase, commune }: MandateCardProps) {
  const heading = phaseHeading(phase);
  const beyond = day >= 100;
  const shown = Math.min(100, Math.max(0, day + 1));
  return (
    <Card title="Le mandat" headingLevel={2}>
      <p>
        Commencé le <strong>{formatDate(mandateStart)}</strong>.
      </p>
      {day < 0 ? (
        <p className="mt-2 text-3xl font-bold text-blue-900">Dans {-day} jour{-day > 1 ? "s" : ""}</p>
      ) : beyond ? (
        <>
          <p className="mt-2 text-3xl font-bold text-blue-900">Au-delà des 100 jours</p>
          <p className="text-sm text-slate-700">
            Jour {day + 1} du mandat : les 100 premiers jours sont passés depuis {day - 99} jour{day - 99 > 1 ? "s" : ""}.
          </p>
        </>
      ) : (
        <>
          <p className="mt-2 text-3xl font-bold text-blue-900">Jour {day + 1}</p>
          <p className="text-sm text-slate-700">sur 100 premiers jours</p>
        </>
      )}
      <ProgressBar className="mt-3" label="Avancement des 100 premiers jours" value={shown} max={100} text={`${shown} jours sur 100`} />
      <p className="mt-3">
        <span className="block text-sm font-semibold text-teal-800">Phase en cours · {heading.label}</span>
        <span className="font-semibold text-slate-900">{heading.title}</span>
      </p>
      <p className="mt-3 text-sm text-slate-700">
        {commune.departementName} ({commune.departementCode}), {commune.regionName}
        {commune.population ? ` · ${commune.population.toLocaleString("fr-FR")} habitants` : ""}
      </p>
    </Card>
  );
}
