import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { FEDERATION_ROLES } from "@/lib/domain/enums";
import { users } from "./auth";
import { federations } from "./reference";

/** A person's role in a federation: admin (answers requests) or facilitateur (accompanies communes). */
export const federationMembers = sqliteTable(
  "federation_member",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    federationId: text("federation_id")
      .notNull()
      .references(() => federations.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: FEDERATION_ROLES }).notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    uniqueIndex("federation_member_unique_idx").on(t.federationId, t.userId, t.role),
    index("federation_member_user_idx").on(t.userId),
  ],
);
