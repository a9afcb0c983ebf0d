import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { MAIL_STATUSES } from "@/lib/domain/enums";

/** Every e-mail the application sends: shown in the development mailbox in demo mode, a delivery log otherwise. */
export const mails = sqliteTable(
  "mail",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    status: text("status", { enum: MAIL_STATUSES }).notNull(),
    error: text("error"),
    /** Attachments (calendar files…), kept whole in demo mode like the body. */
    attachments: text("attachments", { mode: "json" }).$type<{ filename: string; content: string; contentType: string }[]>(),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [index("mail_to_idx").on(t.to, t.createdAt)],
);
