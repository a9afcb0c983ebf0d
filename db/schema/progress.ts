import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { FEDERATION_REQUEST_STATUSES } from "@/lib/domain/enums";
import { federations } from "./reference";
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

/**
 * The federation's pipeline as its home page reads it: one row per commune (workspace) that asked the federation,
 * for its latest request not withdrawn (by date of request, then id), with the stage and the time-independent dues
 * already computed from `workspace_pipeline_facts`, and what the list filters, orders and counts by (the commune's
 * name, sort key and department). Kept by SQLite triggers (drizzle/0014_federation_pipeline.sql) that recompute a
 * pair's row from the source rows — its requests, its workspace and commune, its facts — whenever one of them
 * changes, so the page reads a few hundred narrow rows instead of joining four tables and finding each commune's
 * latest request at every visit. What depends on the viewer (`mine`) or on the clock (quiet since when) is
 * compared at query time.
 */
export const federationPipeline = sqliteTable(
  "federation_pipeline",
  {
    federationId: text("federation_id")
      .notNull()
      .references(() => federations.id, { onDelete: "cascade" }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** The latest request of the pair that is not withdrawn (no foreign key: the row is rebuilt when it goes). */
    requestId: integer("request_id").notNull(),
    status: text("status", { enum: FEDERATION_REQUEST_STATUSES }).notNull(),
    requestedAt: integer("requested_at", { mode: "timestamp_ms" }).notNull(),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    declineReason: text("decline_reason"),
    communeName: text("commune_name").notNull(),
    /** The commune's `search_name`: the list's order after the stage. */
    searchName: text("search_name").notNull(),
    departementCode: text("departement_code").notNull(),
    /** Pending or accepted: the stage's position in PIPELINE_STAGES (`pipelineStage`'s rule); null when declined. */
    stage: integer("stage"),
    /** Accepted, with no meeting drafted, sent or held. */
    dueRencontres: integer("due_rencontres", { mode: "boolean" }).notNull(),
    /** Accepted, with a held meeting whose synthesis is not published. */
    dueSyntheses: integer("due_syntheses", { mode: "boolean" }).notNull(),
    /** Accepted: the latest event of the commune's history or, with none, the acceptance (quiet since). */
    quietSince: integer("quiet_since", { mode: "timestamp_ms" }),
  },
  (t) => [
    primaryKey({ columns: [t.federationId, t.workspaceId] }),
    index("federation_pipeline_status_idx").on(t.federationId, t.status),
    index("federation_pipeline_workspace_idx").on(t.workspaceId),
  ],
);
