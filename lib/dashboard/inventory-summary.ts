/**
 * The inventory's key indicators for the commune's dashboard, from counts grouped by the database (profession,
 * interest and, for those who may see it, departure): how many professionals, whether a core team is in
 * sight, how many plan to leave within 2 and within 5 years, every profession counted. Pure.
 */
import type { DepartureHorizon, InterestLevel, Profession } from "@/lib/domain/enums";
import { coreTeam, type CoreTeam, type IndicatorLine } from "@/lib/inventory/indicators";
import { isParamedical } from "@/lib/inventory/professions";

export type InventoryCount = {
  profession: Profession;
  interest: InterestLevel;
  /** Null when the viewer may not see departures (the database did not group by it). */
  departure: DepartureHorizon | null;
  count: number;
};

export type InventorySummary = {
  total: number;
  coreTeam: CoreTeam;
  /** Null when the viewer may not see departures: not even totals (with a few lines, a total names a person). */
  departures: { within2: number; within5: number; unknown: number } | null;
};

export function inventorySummary(counts: readonly InventoryCount[], { personal }: { personal: boolean }): InventorySummary {
  const total = counts.reduce((n, c) => n + c.count, 0);
  // `coreTeam` reads only the interested doctors and paramedics (their profession, interest and departure):
  // one line each for them, the others left out; the practice form is not read.
  const interested: IndicatorLine[] = counts
    .filter((c) => c.interest === "oui" && (c.profession === "medecin_generaliste" || isParamedical(c.profession)))
    .flatMap((c) => {
      const line: IndicatorLine = { profession: c.profession, practiceForm: "isole", interest: c.interest, ageBracket: null, departure: personal ? c.departure : null };
      return Array.from({ length: c.count }, () => line);
    });
  const sum = (horizon: DepartureHorizon | null) => counts.filter((c) => c.departure === horizon).reduce((n, c) => n + c.count, 0);
  const within2 = sum("moins_2_ans");
  return {
    total,
    coreTeam: coreTeam(interested, { personal }),
    departures: personal ? { within2, within5: within2 + sum("2_5_ans"), unknown: sum("inconnu") + sum(null) } : null,
  };
}
