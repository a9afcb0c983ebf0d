import { desc, eq } from "drizzle-orm";
import type { DB } from "./client";
import { historyEvents, users } from "./schema";
import type { HistoryAction } from "@/lib/domain/history";

type Tx = Pick<DB, "insert">;

/** Records a change in the history, inside the caller's transaction. */
export function recordHistory(
  tx: Tx,
  event: { workspaceId?: number | null; federationId?: string | null; actorId: string | null; action: HistoryAction; summary: string; createdAt?: Date },
) {
  tx.insert(historyEvents).values(event).run();
}

export function workspaceHistory(db: DB, workspaceId: number, limit = 200) {
  return db
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
    .where(eq(historyEvents.workspaceId, workspaceId))
    .orderBy(desc(historyEvents.createdAt), desc(historyEvents.id))
    .limit(limit)
    .all();
}
