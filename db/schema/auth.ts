import { integer, primaryKey, sqliteTable, text, index } from "drizzle-orm/sqlite-core";

/** Auth.js tables (database sessions), passed to the Drizzle adapter. */
export const users = sqliteTable("user", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: integer("emailVerified", { mode: "timestamp_ms" }),
  image: text("image"),
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date()),
  /** Set when the person deleted their account: the row stays (authored items show "compte supprimé"), the address is gone. */
  deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
});

export const accounts = sqliteTable(
  "account",
  {
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"email" | "oauth" | "oidc" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("providerAccountId").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("account_user_idx").on(t.userId)],
);

export const sessions = sqliteTable(
  "session",
  {
    /** The SHA-256 (hex) of the cookie's token: the token itself is never stored. */
    sessionToken: text("sessionToken").primaryKey(),
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
    /** When the session was opened: it ends 30 days later whatever its use (absolute limit). */
    createdAt: integer("created_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const verificationTokens = sqliteTable(
  "verificationToken",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * Counters of `rate-limiter-flexible`'s SQLite store (sign-in links, invitations, workspace creation…):
 * the table the library expects (key, points, expire in ms), created by our migrations.
 */
export const rateLimits = sqliteTable("rate_limit", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: integer("expire"),
});
