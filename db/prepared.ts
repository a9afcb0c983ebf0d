/**
 * Queries that pages run at every request, built by Drizzle once per connection instead of at each call.
 *
 * Building a query (the SQL text from the query builder, its column mapping) costs far more than SQLite takes
 * to run most of the application's queries: 300–400 µs for the guard's query selecting two whole tables, against
 * 10 µs to run it. A query written with `sql.placeholder(name)` for what changes from call to call and ended by
 * `.prepare()` is built on its first use and then run with its values (`.all({ ... })`, `.get({ ... })`).
 *
 * Placeholders are bound as they are, without the column's conversion: a date is passed as its milliseconds
 * (`timestamp_ms` columns), a boolean as 0 or 1.
 */
import { sql, type Placeholder } from "drizzle-orm";
import type { Queryable } from "./context";

const built = new WeakMap<Queryable, Map<unknown, unknown>>();

/**
 * The query `build` makes on this connection (or open transaction), made on the first call only: `build` is a
 * function declared once at module level (its identity is the key).
 */
export function prepared<Q>(db: Queryable, build: (db: Queryable) => Q): Q {
  let queries = built.get(db);
  if (!queries) built.set(db, (queries = new Map()));
  let query = queries.get(build) as Q | undefined;
  if (query === undefined) {
    query = build(db);
    queries.set(build, query);
  }
  return query;
}

/** How many ids a prepared `in (…)` list takes at most: beyond, the query is built for its values each time. */
export const PREPARED_IDS = 4;

const idPlaceholders = Array.from({ length: PREPARED_IDS }, (_, i) => sql.placeholder(`id${i}`));

/** The placeholders of an `in (…)` list of `n` ids (n ≤ PREPARED_IDS), named id0, id1… */
export function idList(n: number): Placeholder[] {
  return idPlaceholders.slice(0, n);
}

/** The values of those placeholders. */
export function idValues(ids: readonly number[]): Record<string, number> {
  const values: Record<string, number> = {};
  ids.forEach((id, i) => (values[`id${i}`] = id));
  return values;
}

type IdsQuery<R> = { all(): R[]; prepare(): { all(values: Record<string, unknown>): R[] } };

/**
 * Runs a query over a list of ids (`inArray(column, ids)` in `build`): for up to PREPARED_IDS ids (a page about
 * one workspace, the common case), the query prepared for that many ids; for more (the daily job, the export of
 * a federation), the query built with the ids themselves.
 */
export function allForIds<R>(db: Queryable, build: (db: Queryable, ids: readonly (number | Placeholder)[]) => IdsQuery<R>, ids: readonly number[]): R[] {
  if (ids.length > PREPARED_IDS) return build(db, ids).all();
  let queries = built.get(db);
  if (!queries) built.set(db, (queries = new Map()));
  let byCount = queries.get(build) as Map<number, ReturnType<IdsQuery<R>["prepare"]>> | undefined;
  if (!byCount) queries.set(build, (byCount = new Map()));
  let query = byCount.get(ids.length);
  if (!query) {
    query = build(db, idList(ids.length)).prepare();
    byCount.set(ids.length, query);
  }
  return query.all(idValues(ids));
}
