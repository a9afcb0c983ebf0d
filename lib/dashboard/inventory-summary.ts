/**
 * The inventory's key indicators for the commune's dashboard, from totals counted by the database in one row
 * (`dashboardFacts`): how many professionals, whether a core team is in sight, how many plan to leave within 2
 * and within 5 years. Pure.
 */
import { coreTeamFromCounts, type CoreTeam } from "@/lib/inventory/indicators";

/** What the database counts over the workspace's lines (one row, whatever their number or variety). */
export type InventoryTotals = {
  total: number;
  interestedGPs: number;
  interestedParamedical: number;
  /**
   * Null when the viewer may not see departures: the database did not read them (with a few lines, a total
   * names a person).
   */
  departures: { within2: number; within2to5: number; unknown: number; interestedGPsWithin2: number } | null;
};

export type InventorySummary = {
  total: number;
  coreTeam: CoreTeam;
  /** Null when the viewer may not see departures: not even totals. */
  departures: { within2: number; within5: number; unknown: number } | null;
};

export function inventorySummary(totals: InventoryTotals, { personal }: { personal: boolean }): InventorySummary {
  const departures = personal ? totals.departures : null;
  return {
    total: totals.total,
    coreTeam: coreTeamFromCounts(
      { interestedGPs: totals.interestedGPs, interestedParamedical: totals.interestedParamedical, interestedGPsLeavingSoon: departures?.interestedGPsWithin2 ?? null },
      { personal },
    ),
    departures: departures ? { within2: departures.within2, within5: departures.within2 + departures.within2to5, unknown: departures.unknown } : null,
  };
}
