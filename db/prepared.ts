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
import { sql, type Placeholder, type SQL } from "drizzle-orm";
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

/**
 * How many ids a prepared `in (…)` list takes at most by default (a page about one or two workspaces or meetings):
 * beyond, the query is built for its values each time. A page of a list passes its page size.
 */
export const PREPARED_IDS = 4;

const idPlaceholders: Placeholder[] = [];

/** The placeholders of an `in (…)` list of `n` ids, named id0, id1… */
export function idList(n: number): Placeholder[] {
  for (let i = idPlaceholders.length; i < n; i++) idPlaceholders.push(sql.placeholder(`id${i}`));
  return idPlaceholders.slice(0, n);
}

/** The values of those placeholders. */
export function idValues(ids: readonly number[]): Record<string, number> {
  const values: Record<string, number> = {};
  ids.forEach((id, i) => (values[`id${i}`] = id));
  return values;
}

type IdsQuery<R> = { prepare(): { all(values: Record<string, unknown>): R[] } };

/**
 * Runs a query over a list of ids (`inArray(column, ids)` in `build`): for up to `upTo` ids (a page about one
 * workspace, a page of a list), the query prepared for that many ids; for more (the daily job, the export of a
 * federation), the query built with the ids themselves. `values` binds the query's other placeholders.
 */
export function allForIds<R>(
  db: Queryable,
  build: (db: Queryable, ids: readonly (number | Placeholder)[]) => IdsQuery<R>,
  ids: readonly number[],
  options: { upTo?: number; values?: Record<string, unknown> } = {},
): R[] {
  const { upTo = PREPARED_IDS, values = {} } = options;
  if (ids.length > upTo) return build(db, ids).prepare().all(values);
  let queries = built.get(db);
  if (!queries) built.set(db, (queries = new Map()));
  let byCount = queries.get(build) as Map<number, ReturnType<IdsQuery<R>["prepare"]>> | undefined;
  if (!byCount) queries.set(build, (byCount = new Map()));
  let query = byCount.get(ids.length);
  if (!query) {
    query = build(db, idList(ids.length)).prepare();
    byCount.set(ids.length, query);
  }
  return query.all({ ...values, ...idValues(ids) });
}

/** How many variants of one query (`preparedBy`) a connection keeps at most; beyond, a variant is built at each call. */
export const PREPARED_VARIANTS = 32;

/**
 * The query `build` makes for `key` on this connection, made on its first call with that key: for a query whose
 * text depends on a small integer of ours (a page's offset written in, see `literalLimit`). Up to PREPARED_VARIANTS
 * keys a query; the others are built for each call. `build` is declared once at module level.
 */
export function preparedBy<Q>(db: Queryable, build: (db: Queryable, key: number) => Q, key: number): Q {
  let queries = built.get(db);
  if (!queries) built.set(db, (queries = new Map()));
  let byKey = queries.get(build) as Map<number, Q> | undefined;
  if (!byKey) queries.set(build, (byKey = new Map()));
  let query = byKey.get(key);
  if (query === undefined) {
    query = build(db, key);
    if (byKey.size < PREPARED_VARIANTS) byKey.set(key, query);
  }
  return query;
}

/**
 * A limit written into the statement's text rather than bound: SQLite runs `order by … limit 1` two to four times
 * faster with a literal limit than with `limit ?` (10–30 µs a query on the national copy: with the number known when
 * the statement is compiled, the sort keeps only that many rows). Drizzle binds every number, and its `.limit()`
 * writes an SQL chunk as it is: this is one, typed as the number `.limit()` expects. Only for integers of ours.
 */
export function literalLimit(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`literalLimit: ${n} is not a non-negative integer`);
  return sql.raw(String(n)) as unknown as number;
}

/**
 * A text constant of ours written into the statement as an SQL string literal (quotes doubled). Bound instead, a
 * `like` pattern makes SQLite compile the statement again at every run (its LIKE optimisation depends on the
 * pattern): 60 µs for the dashboard's fifteen patterns, against 7 µs written in. Never for what a user typed.
 */
export function literalText(text: string): SQL {
  return sql.raw(`'${text.replaceAll("'", "''")}'`);
}
