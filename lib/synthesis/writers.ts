/**
 * Who writes the synthesis, as the issue and the kit put it: the federation's facilitator; when no facilitator
 * is assigned to the commune, the référent. The permission table (`synthesis.write`) opens the act to both
 * roles; this rule narrows it with what the workspace holds.
 */
import type { CommuneRole } from "@/lib/domain/enums";

export function maySynthesise(roles: readonly CommuneRole[], hasFacilitator: boolean): boolean {
  if (roles.includes("facilitateur")) return true;
  return roles.includes("referent") && !hasFacilitator;
}

/** Why someone of the team may read the draft but not write it, or null when they may write. */
export function writerRefusal(roles: readonly CommuneRole[], hasFacilitator: boolean): string | null {
  if (maySynthesise(roles, hasFacilitator)) return null;
  return hasFacilitator
    ? "La synthèse est rédigée par le facilitateur ou la facilitatrice de la fédération : vous pouvez la lire et la commenter avec elle ou lui."
    : "La synthèse est rédigée par le ou la référent·e santé tant qu'aucun facilitateur de la fédération n'accompagne la commune.";
}
