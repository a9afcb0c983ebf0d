import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ACTORS, NEXT_STEP_OWNER_KINDS, NEXT_STEP_STATUSES } from "@/lib/domain/enums";
import type { SynthesisContent } from "@/lib/synthesis/content";
import { users } from "./auth";
import { workspaces } from "./workspace";
import { professionals } from "./inventory";
import { meetingInvitees, meetings } from "./meeting";

const now = () => new Date();

/**
 * The synthesis of a held meeting: a draft the organisers write (versioned: two writers never overwrite each
 * other), and the published text the participants read. Publishing copies the draft; a correction publishes
 * again, and readers see when it was updated.
 */
export const meetingSyntheses = sqliteTable("meeting_synthesis", {
  meetingId: integer("meeting_id")
    .primaryKey()
    .references(() => meetings.id, { onDelete: "cascade" }),
  workspaceId: integer("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  draft: text("draft", { mode: "json" }).$type<SynthesisContent>().notNull(),
  version: integer("version").notNull().default(1),
  /** The text participants read; null until first published. */
  published: text("published", { mode: "json" }).$type<SynthesisContent>(),
  firstPublishedAt: integer("first_published_at", { mode: "timestamp_ms" }),
  publishedAt: integer("published_at", { mode: "timestamp_ms" }),
  publishedBy: text("published_by").references(() => users.id, { onDelete: "set null" }),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
  updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
});

/**
 * A personal reading link of a published synthesis, for an invitee without an account. An invitee may hold
 * several (each publication e-mail carries a new one): none replaces another, so a link already received
 * keeps working until it expires.
 */
export const synthesisLinks = sqliteTable(
  "synthesis_link",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    inviteeId: integer("invitee_id")
      .notNull()
      .references(() => meetingInvitees.id, { onDelete: "cascade" }),
    /** SHA-256 of the token: the clear token is only in the e-mail. */
    tokenHash: text("token_hash").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    deliveryStatus: text("delivery_status", { enum: ["pending", "sent", "failed"] }).notNull().default("pending"),
  },
  (t) => [uniqueIndex("synthesis_link_token_idx").on(t.tokenHash), index("synthesis_link_invitee_idx").on(t.inviteeId), index("synthesis_link_meeting_idx").on(t.meetingId)],
);

/** A next step decided with the professionals: who does what by when. */
export const nextSteps = sqliteTable(
  "next_step",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** The meeting whose synthesis it comes from (null: added on the next steps page). */
    meetingId: integer("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    /** The synthesis's lead it was made from, as written there. */
    lead: text("lead"),
    title: text("title").notNull(),
    details: text("details").notNull().default(""),
    ownerKind: text("owner_kind", { enum: NEXT_STEP_OWNER_KINDS }).notNull(),
    ownerUserId: text("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    ownerInviteeId: integer("owner_invitee_id").references(() => meetingInvitees.id, { onDelete: "set null" }),
    ownerProfessionalId: integer("owner_professional_id").references(() => professionals.id, { onDelete: "set null" }),
    ownerActor: text("owner_actor", { enum: ACTORS }),
    /** The owner's name as shown, kept when the person's record is gone. */
    ownerLabel: text("owner_label").notNull(),
    /** The due date, a calendar day (YYYY-MM-DD, Europe/Paris). */
    dueOn: text("due_on").notNull(),
    status: text("status", { enum: NEXT_STEP_STATUSES }).notNull().default("a_faire"),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("next_step_workspace_idx").on(t.workspaceId, t.status, t.dueOn),
    index("next_step_meeting_idx").on(t.meetingId),
    index("next_step_owner_user_idx").on(t.ownerUserId),
    index("next_step_owner_invitee_idx").on(t.ownerInviteeId),
    index("next_step_owner_professional_idx").on(t.ownerProfessionalId),
  ],
);
