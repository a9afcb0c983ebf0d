/**
 * @deprecated Moved to `@/db/communes` with the `(ctx, input)` call form. Kept for db/inventory/communes.ts
 * (another engineer's) until it calls `searchCommunes(ctx, { query, limit })`; see db/compat.ts.
 */
import type { DB } from "../client";
import { legacyContext } from "../compat";
import { searchCommunes as search, type CommuneResult } from "../communes";

export type { CommuneResult };

/** @deprecated Use `searchCommunes(ctx, { query, limit })` from `@/db/communes`. */
export function searchCommunes(db: DB, query: string, limit = 10): CommuneResult[] {
  return search(legacyContext(db), { query, limit });
}
