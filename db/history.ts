/** Who changed what, and when: written in the same transaction as the change, read on the history page. */
import { and, desc, eq, sql } from "drizzle-orm";
import type { DataContext, Queryable } from "./context";
import { historyEvents, users } from "./schema";
import type { HistoryAction } from "@/lib/domain/history";

export type HistoryEvent = {
  workspaceId?: number | null;
  federationId?: string | null;
  actorId: string | null;
  action: HistoryAction;
  summary: string;
  /** The acting context's clock (`ctx.now`). */
  createdAt: Date;
};

/** Records a change in the history, inside the caller's transaction. */
export function recordHistory(tx: Queryable, event: HistoryEvent) {
  tx.insert(historyEvents).values(event).run();
}

/** Where a page of the history stops: the last event shown (its instant and id), the next page starts after it. */
export type HistoryCursor = { at: number; id: number };

export const HISTORY_PAGE_SIZE = 50;

/** The cursor as it travels in the address (`?avant=1764748800000-1234`); null when absent or malformed. */
export function parseHistoryCursor(raw: string | string[] | undefined): HistoryCursor | null {
  const m = typeof raw === "string" ? /^(\d{1,15})-(\d{1,15})$/.exec(raw) : null;
  return m ? { at: Number(m[1]), id: Number(m[2]) } : null;
}

export const historyCursorParam = (c: HistoryCursor) => `${c.at}-${c.id}`;

/**
 * The workspace's history, newest first: the latest `limit` events, or — given `before` — the `limit` events
 * just older than it. Keyset on (created_at, id) rather than an offset, so a page costs the same however deep,
 * and an event written meanwhile neither shifts nor repeats a line; `(created_at, id) < (?, ?)` is a range on
 * the index (workspace_id, created_at), whose entries carry the id (the rowid) for the ties.
 */
export function workspaceHistory(ctx: DataContext, input: { limit?: number; before?: HistoryCursor | null } = {}) {
  const before = input.before;
  return ctx.db
    .select({
      id: historyEvents.id,
      action: historyEvents.action,
      summary: historyEvents.summary,
      createdAt: historyEvents.createdAt,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(historyEvents)
    .leftJoin(users, eq(users.id, historyEvents.actorId))
    .where(
      and(
        eq(historyEvents.workspaceId, ctx.workspace.id),
        before ? sql`(${historyEvents.createdAt}, ${historyEvents.id}) < (${before.at}, ${before.id})` : undefined,
      ),
    )
    .orderBy(desc(historyEvents.createdAt), desc(historyEvents.id))
    .limit(input.limit ?? 200)
    .all();
}

/** One page of the history: its events, and the cursor of the older ones (null when none is left). */
export function workspaceHistoryPage(ctx: DataContext, input: { before?: HistoryCursor | null; size?: number } = {}) {
  const size = input.size ?? HISTORY_PAGE_SIZE;
  // One more than shown tells whether an older page exists, without a count.
  const rows = workspaceHistory(ctx, { before: input.before, limit: size + 1 });
  const events = rows.slice(0, size);
  const last = events.at(-1);
  return { events, older: rows.length > size && last ? { at: last.createdAt.getTime(), id: last.id } : null };
}
