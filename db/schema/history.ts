import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { users } from "./auth";
import { workspaces } from "./workspace";
import { federations } from "./reference";
import { HISTORY_ACTIONS } from "@/lib/domain/history";

/** Who changed what, and when: written in the same transaction as the change itself. */
export const historyEvents = sqliteTable(
  "history_event",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    federationId: text("federation_id").references(() => federations.id),
    actorId: text("actor_id").references(() => users.id),
    /** A stable code ("workspace.created", "referent.invited"…) for filters and tests. */
    action: text("action", { enum: HISTORY_ACTIONS }).notNull(),
    /** The French sentence shown on the history page. */
    summary: text("summary").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    index("history_workspace_idx").on(t.workspaceId, t.createdAt),
    index("history_federation_idx").on(t.federationId),
    index("history_actor_idx").on(t.actorId),
  ],
);
