/** Who changed what, and when: written in the same transaction as the change, read on the history page. */
import { desc, eq } from "drizzle-orm";
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

/** The workspace's history, newest first (the latest `limit` events). */
export function workspaceHistory(ctx: DataContext, input: { limit?: number } = {}) {
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
    .where(eq(historyEvents.workspaceId, ctx.workspace.id))
    .orderBy(desc(historyEvents.createdAt), desc(historyEvents.id))
    .limit(input.limit ?? 200)
    .all();
}
