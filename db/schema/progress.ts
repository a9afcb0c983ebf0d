import { integer, sqliteTable } from "drizzle-orm/sqlite-core";
import { workspaces } from "./workspace";

/**
 * What the federation's pipeline reads of each commune (its stage, what is due, when it was last active), kept
 * by SQLite triggers on the tables it summarises (drizzle/0011_workspace_pipeline_facts.sql): whatever writes a
 * line, a meeting, a synthesis, a next step or a history event — a data function, the seed, a CLI, the bench's
 * generator — the row follows in the same transaction. The pipeline then filters, counts and pages communes
 * with one indexed row each instead of aggregating five tables per request. Only counts and dates: never a
 * professional's age or departure.
 */
export const workspacePipelineFacts = sqliteTable("workspace_pipeline_facts", {
  workspaceId: integer("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  /** Professional lines of the inventory. */
  professionals: integer("professionals").notNull().default(0),
  /** Meetings drafted or with invitations sent (neither held nor cancelled). */
  openMeetings: integer("open_meetings").notNull().default(0),
  /** When the first meeting marked as held took place. */
  firstMeetingHeldAt: integer("first_meeting_held_at", { mode: "timestamp_ms" }),
  /** When the first synthesis was published. */
  firstSynthesisPublishedAt: integer("first_synthesis_published_at", { mode: "timestamp_ms" }),
  /** Held meetings whose synthesis is not published. */
  heldWithoutSynthesis: integer("held_without_synthesis").notNull().default(0),
  /** Follow-up meetings ("réunion de suivi"), not cancelled. */
  followUpMeetings: integer("follow_up_meetings").notNull().default(0),
  /** When the latest meeting that is not cancelled was created. */
  lastMeetingCreatedAt: integer("last_meeting_created_at", { mode: "timestamp_ms" }),
  /** When the latest next step was created. */
  lastNextStepAt: integer("last_next_step_at", { mode: "timestamp_ms" }),
  /** The latest event of the workspace's history. */
  lastActivityAt: integer("last_activity_at", { mode: "timestamp_ms" }),
});
