/**
 * Call forms of before the refactor, kept while other engineers' code still uses them (db/inventory.test.ts
 * calls `acceptInvitation(db, token, user)` and `findInvitationByToken(db, token)`; db/inventory/communes.ts
 * calls `searchCommunes(db, query, limit)` from db/queries/communes.ts). Delete with them once the callers use
 * the `(ctx, input)` forms.
 */
import type { DB } from "./client";
import type { ActorContext, BaseContext } from "./context";
import { systemNow } from "./clock";

/** The context an old call form stood for: the database, read now. */
export function legacyContext(db: DB): BaseContext;
export function legacyContext(db: DB, actor: { id: string; email: string } | null): BaseContext | ActorContext;
export function legacyContext(db: DB, actor: { id: string; email: string } | null = null): BaseContext | ActorContext {
  const base = { db, now: systemNow() };
  return actor ? { ...base, actor: { id: actor.id, email: actor.email, name: null } } : base;
}
