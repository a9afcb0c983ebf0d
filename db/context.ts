/**
 * The one signature of every data function: `fn(ctx, input)`. The context says which database (or open
 * transaction) to use, whose space it is, who acts and what time it is, so that the clock is injected and a
 * test can run a whole scenario inside one rolled-back transaction.
 */
import type { DB } from "./client";

/** An open transaction, as drizzle's better-sqlite3 driver hands it to `db.transaction(fn)`. */
export type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];
/** Anything that reads and writes: the database or an open transaction. */
export type Queryable = DB | Tx;

/** Who acts: a signed-in account, as the guards hand it over. */
export type Actor = { id: string; email: string; name: string | null };

/** The commune workspace a data function works in: every query is scoped by its id. */
export type WorkspaceRef = { id: number; communeCode: string };

/** Reads and writes that need no workspace or actor (token pages, reference data). */
export type BaseContext = { db: Queryable; now: Date };
/** A signed-in person acting outside any workspace (opening one, accepting an invitation). */
export type ActorContext = BaseContext & { actor: Actor };
/** A person acting within a commune's workspace. */
export type DataContext<W extends WorkspaceRef = WorkspaceRef> = ActorContext & { workspace: W };
/** A person acting within a federation. */
export type FederationDataContext = ActorContext & { federationId: string };

/**
 * Runs `fn` in a write transaction that takes the write lock at once (`BEGIN IMMEDIATE`): a second process
 * or a CLI writing at the same time waits under `busy_timeout` instead of failing half-way. Inside an
 * open transaction it becomes a savepoint, so data functions compose (and tests can roll everything back).
 */
export function write<T>(ctx: { db: Queryable }, fn: (tx: Tx) => T): T {
  return (ctx.db as DB).transaction((tx) => fn(tx), { behavior: "immediate" });
}

/** The same context, with its queries sent through an open transaction. */
export function within<C extends BaseContext>(ctx: C, tx: Tx): C {
  return { ...ctx, db: tx };
}
