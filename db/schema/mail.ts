import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { MAIL_CONCERNS, MAIL_STATUSES } from "@/lib/domain/enums";

/**
 * Every e-mail the application sends, and its outbox: a row is written "en_attente" in the same transaction
 * as the change that causes it and sent by the worker (lib/mail/outbox-worker.ts). Shown in the development
 * mailbox in demo mode, a delivery log otherwise.
 */
export const mails = sqliteTable(
  "mail",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    status: text("status", { enum: MAIL_STATUSES }).notNull(),
    /** The last failure, as the relay (or the network) said it. */
    error: text("error"),
    /** Attachments (calendar files…), kept whole in demo mode like the body. */
    attachments: text("attachments", { mode: "json" }).$type<{ filename: string; content: string; contentType: string }[]>(),
    /** Carries a personal link: outside the demo its body is dropped once the mail is settled (lib/mail/stored.ts). */
    sensitive: integer("sensitive", { mode: "boolean" }).notNull().default(false),
    attempts: integer("attempts").notNull().default(0),
    /** A sign-in link is tried once (its page waits for it); the others are retried with back-off. */
    maxAttempts: integer("max_attempts").notNull().default(5),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }),
    /** When a worker took it: a claim older than a few minutes is a crashed worker's, and taken again. */
    claimedAt: integer("claimed_at", { mode: "timestamp_ms" }),
    settledAt: integer("settled_at", { mode: "timestamp_ms" }),
    /** The record whose delivery badge follows this mail (an invitee, an invitation, a reading link). */
    concernsKind: text("concerns_kind", { enum: MAIL_CONCERNS }),
    concernsId: integer("concerns_id"),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    index("mail_to_idx").on(t.to, t.createdAt),
    index("mail_queue_idx").on(t.status, t.nextAttemptAt),
    index("mail_concerns_idx").on(t.concernsKind, t.concernsId),
  ],
);
