/** The "nearby commune" search of the professional's form. */
import { searchCommunes } from "../communes";
import type { LocatedWorkspace, WorkspaceContext } from "./shared";

export type PracticeCommuneChoice = { code: string; name: string; postalCodes: string[]; departement: string };

/**
 * Communes of the official list matching a name or a postal code, those of the workspace's département first
 * (eight at most).
 */
export function practiceCommuneChoices(ctx: WorkspaceContext<LocatedWorkspace>, input: { query: string }): PracticeCommuneChoice[] {
  const found = searchCommunes(ctx, { query: input.query, limit: 30 });
  const local = ctx.workspace.departementCode;
  return found
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Number(b.c.departementCode === local) - Number(a.c.departementCode === local) || a.i - b.i)
    .slice(0, 8)
    .map(({ c }) => ({ code: c.code, name: c.name, postalCodes: c.postalCodes, departement: c.departementName ? `${c.departementName} (${c.departementCode})` : c.departementCode }));
}
