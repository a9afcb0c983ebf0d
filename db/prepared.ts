import type { Queryable } from "./context";

/**
 * Queries built once per connection. Drizzle turns a query's description into SQL at every call, and for a
 * joined select that costs more than SQLite takes to run it (~0.3 ms: the inventory page's lines with their
 * commune and accounts). A read whose shape never changes is therefore prepared once (`.prepare()`, its values as
 * `sql.placeholder`s) and kept here, keyed by the connection: the application's one `db`, each test database its
 * own, and an open transaction (a different object) its own too.
 */
const byConnection = new WeakMap<Queryable, Map<string, unknown>>();

export function prepared<Q>(db: Queryable, key: string, build: (db: Queryable) => Q): Q {
  let queries = byConnection.get(db);
  if (!queries) byConnection.set(db, (queries = new Map()));
  if (!queries.has(key)) queries.set(key, build(db));
  return queries.get(key) as Q;
}
