import { integer, sqliteTable, text, index, primaryKey, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ACTORS, CHECKLIST_STATUSES, REMINDER_KINDS } from "@/lib/domain/enums";
import { users } from "./auth";
import { workspaces } from "./workspace";
import { federations } from "./reference";
import { mails } from "./mail";

const now = () => new Date();

/**
 * A checklist item's state as the team set it by hand (status, owner, note). A row exists only once someone
 * touched the item; items whose facts happened tick themselves without one (lib/checklist/rules.ts).
 */
export const checklistItems = sqliteTable(
  "checklist_item",
  {
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** The item's code in lib/checklist/items.ts. */
    code: text("code").notNull(),
    status: text("status", { enum: CHECKLIST_STATUSES }).notNull().default("a_faire"),
    /** The member of the workspace who carries it. */
    ownerId: text("owner_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    version: integer("version").notNull().default(1),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.code] }), index("checklist_item_owner_idx").on(t.ownerId)],
);

/** "Qui fait quoi": the responsibilities of one actor (the commune, the professionals, the federation, a partner) in a commune. */
export const responsibilities = sqliteTable(
  "responsibility",
  {
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    actor: text("actor", { enum: ACTORS }).notNull(),
    text: text("text").notNull(),
    version: integer("version").notNull().default(1),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.actor] }), index("responsibility_updated_by_idx").on(t.updatedBy)],
);

/** The shared directory of local partners' contacts (ARS delegation, CPAM, intercommunalité…). */
export const partnerContacts = sqliteTable(
  "partner_contact",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    actor: text("actor", { enum: ACTORS }).notNull(),
    /** "Délégation départementale de la Lozère", "CCAS de Marvejols"… */
    organisation: text("organisation").notNull(),
    personName: text("person_name"),
    position: text("position"),
    email: text("email"),
    phone: text("phone"),
    note: text("note"),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [
    index("partner_contact_workspace_idx").on(t.workspaceId, t.actor),
    index("partner_contact_created_by_idx").on(t.createdBy),
    index("partner_contact_updated_by_idx").on(t.updatedBy),
  ],
);

/**
 * What the daily job sent, one row per reminder: its `key` says what it was about (an item list for a week,
 * a next step's due day…), so that running the job twice sends nothing twice.
 */
export const reminders = sqliteTable(
  "reminder",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: REMINDER_KINDS }).notNull(),
    key: text("key").notNull(),
    recipient: text("recipient").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    workspaceId: integer("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    federationId: text("federation_id").references(() => federations.id),
    mailId: integer("mail_id").references(() => mails.id, { onDelete: "set null" }),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [
    uniqueIndex("reminder_key_idx").on(t.kind, t.key),
    index("reminder_recipient_idx").on(t.recipient, t.kind, t.sentAt),
    index("reminder_user_idx").on(t.userId),
    index("reminder_workspace_idx").on(t.workspaceId),
    index("reminder_federation_idx").on(t.federationId),
    index("reminder_mail_idx").on(t.mailId),
  ],
);
