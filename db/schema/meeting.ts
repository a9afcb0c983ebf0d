import { integer, sqliteTable, text, index, primaryKey, uniqueIndex } from "drizzle-orm/sqlite-core";
import { MEETING_KINDS, MEETING_STATUSES, RSVP_ANSWERS } from "@/lib/domain/enums";
import { users } from "./auth";
import { workspaces } from "./workspace";
import { professionals } from "./inventory";

const now = () => new Date();

/** A meeting with the professionals (the first one follows the kit's template). */
export const meetings = sqliteTable(
  "meeting",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    kind: text("kind", { enum: MEETING_KINDS }).notNull(),
    /** The start, as an instant (entered and shown in Europe/Paris). */
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    place: text("place").notNull(),
    status: text("status", { enum: MEETING_STATUSES }).notNull().default("brouillon"),
    /** The calendar file's UID: stable across updates and the cancellation. */
    icsUid: text("ics_uid").notNull(),
    /** The calendar file's SEQUENCE: incremented at each change sent to the invitees. */
    icsSequence: integer("ics_sequence").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    updatedBy: text("updated_by").references(() => users.id),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    invitationsSentAt: integer("invitations_sent_at", { mode: "timestamp_ms" }),
    heldAt: integer("held_at", { mode: "timestamp_ms" }),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("meeting_workspace_idx").on(t.workspaceId, t.startsAt), uniqueIndex("meeting_ics_uid_idx").on(t.icsUid)],
);

/** Who prepares the meeting (members of the municipal team or facilitators). */
export const meetingPreparers = sqliteTable(
  "meeting_preparer",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/** The agenda, in order. */
export const agendaItems = sqliteTable(
  "agenda_item",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    /** Who leads it: "Maire", "Fédération", "Référent santé", "Professionnels"… */
    leader: text("leader").notNull(),
    /** Guiding questions, one per line. */
    questions: text("questions").notNull().default(""),
  },
  (t) => [index("agenda_item_meeting_idx").on(t.meetingId, t.position)],
);

/** A professional invited to a meeting: answers through a personal link, without an account. */
export const meetingInvitees = sqliteTable(
  "meeting_invitee",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    professionalId: integer("professional_id").references(() => professionals.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    /** A profession code (lib/domain/enums PROFESSIONS) or free text for "autre". */
    profession: text("profession").notNull(),
    email: text("email").notNull(),
    /** SHA-256 of the latest answer link's token (all of them are in `answer_link`); null until the invitations are sent. */
    tokenHash: text("token_hash"),
    answer: text("answer", { enum: RSVP_ANSWERS }),
    comment: text("comment"),
    answeredAt: integer("answered_at", { mode: "timestamp_ms" }),
    /** Round-table answers given beforehand. */
    situation: text("situation"),
    conditions: text("conditions"),
    difficulties: text("difficulties"),
    expectations: text("expectations"),
    deliveryStatus: text("delivery_status", { enum: ["pending", "sent", "failed"] }).notNull().default("pending"),
    lastSentAt: integer("last_sent_at", { mode: "timestamp_ms" }),
    lastReminderAt: integer("last_reminder_at", { mode: "timestamp_ms" }),
    attended: integer("attended", { mode: "boolean" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [
    index("meeting_invitee_meeting_idx").on(t.meetingId),
    uniqueIndex("meeting_invitee_email_idx").on(t.meetingId, t.email),
    uniqueIndex("meeting_invitee_token_idx").on(t.tokenHash),
    index("meeting_invitee_professional_idx").on(t.professionalId),
  ],
);

/**
 * An invitee's answer links: each e-mail (invitation, reminder, change) carries a new one and never kills one
 * already delivered; they end when the meeting's reading period ends (`expires_at`, moved with the meeting) or
 * when revoked (the invitee's line erased). Only the SHA-256 of the token is stored.
 */
export const answerLinks = sqliteTable(
  "answer_link",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    inviteeId: integer("invitee_id")
      .notNull()
      .references(() => meetingInvitees.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("answer_link_token_idx").on(t.tokenHash), index("answer_link_invitee_idx").on(t.inviteeId)],
);

/** Attendance of the municipal team and the facilitators (the invitees carry their own). */
export const meetingTeamAttendance = sqliteTable(
  "meeting_team_attendance",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    attended: integer("attended", { mode: "boolean" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);
