import { integer, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import {
  AGE_BRACKETS,
  DEPARTURE_HORIZONS,
  INTEREST_LEVELS,
  LINE_SOURCES,
  NOTE_THEMES,
  PRACTICE_FORMS,
  PRACTICE_LOCATIONS,
  PROFESSIONS,
} from "@/lib/domain/enums";
import { INVENTORY_ORDER_INDEX } from "../inventory-order";
import { users } from "./auth";
import { communes } from "./reference";
import { workspaces } from "./workspace";

const now = () => new Date();

/** A health professional of the inventory (état des lieux), one line each. */
export const professionals = sqliteTable(
  "professional",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    profession: text("profession", { enum: PROFESSIONS }).notNull(),
    /** The label when profession is "autre". */
    professionOther: text("profession_other"),
    /** Null: recorded anonymously. */
    name: text("name"),
    practiceLocation: text("practice_location", { enum: PRACTICE_LOCATIONS }).notNull(),
    /** For "proximite": the nearby commune, from the official list. */
    practiceCommuneCode: text("practice_commune_code").references(() => communes.code),
    practiceForm: text("practice_form", { enum: PRACTICE_FORMS }).notNull(),
    /** Personal: visible to the municipal team, the facilitators and the professional themself only. */
    ageBracket: text("age_bracket", { enum: AGE_BRACKETS }).notNull().default("inconnu"),
    /** Personal, as above. */
    departure: text("departure", { enum: DEPARTURE_HORIZONS }).notNull().default("inconnu"),
    interest: text("interest", { enum: INTEREST_LEVELS }).notNull().default("non_sollicite"),
    email: text("email"),
    phone: text("phone"),
    note: text("note"),
    source: text("source", { enum: LINE_SOURCES }).notNull(),
    /** The professional's own account, once they accepted the invitation to confirm their line. */
    userId: text("user_id").references(() => users.id),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    updatedBy: text("updated_by").references(() => users.id),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [
    // The inventory's list and indicators read only these columns: counts by GROUP BY and the page's order (then its
    // twenty ids) come from the index alone, never from every row of a large commune. It serves the foreign key too.
    index("professional_list_idx").on(t.workspaceId, t.profession, t.professionOther, t.practiceForm, t.interest, t.ageBracket, t.departure, t.name),
    index("professional_user_idx").on(t.userId),
    // The checklist's "third line" (count and the third line's date, in order of entry) from the index alone.
    index("professional_created_idx").on(t.workspaceId, t.createdAt),
    // The list's order (db/inventory-order.ts): a page of the list is read from here in order, never sorted.
    index("professional_order_idx").on(t.workspaceId, ...INVENTORY_ORDER_INDEX),
  ],
);

/**
 * The dashboard's inventory totals of a workspace, kept by SQLite triggers on `professional`
 * (drizzle/0013_workspace_inventory_totals.sql): each write of a line recounts its workspace's lines from
 * professional_list_idx in the same transaction, so the dashboard reads one row instead of summing every line at
 * each visit. Apart from the pipeline's facts on purpose: departures are counted here, and only the dashboard, for a
 * viewer who may see them, reads those columns.
 */
export const workspaceInventoryTotals = sqliteTable("workspace_inventory_totals", {
  workspaceId: integer("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  /** Lines of the inventory. */
  total: integer("total").notNull().default(0),
  /** General practitioners interested in working together ("oui"). */
  interestedGPs: integer("interested_gps").notNull().default(0),
  /** Paramedical professionals (PARAMEDICAL_PROFESSIONS) interested. */
  interestedParamedical: integer("interested_paramedical").notNull().default(0),
  /** Departures planned within 2 years, in 2 to 5 years, or not known. */
  departuresWithin2: integer("departures_within_2").notNull().default(0),
  departuresWithin2to5: integer("departures_2_to_5").notNull().default(0),
  departuresUnknown: integer("departures_unknown").notNull().default(0),
  /** Interested general practitioners planning to leave within 2 years. */
  interestedGPsWithin2: integer("interested_gps_within_2").notNull().default(0),
});

/** The other themes of the kit's grid: residents' needs, opportunities, existing dynamics, existing offers. */
export const inventoryNotes = sqliteTable(
  "inventory_note",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: integer("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    theme: text("theme", { enum: NOTE_THEMES }).notNull(),
    text: text("text").notNull(),
    /** JSON array of tag codes (see lib/inventory/tags.ts). */
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => users.id),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
    updatedBy: text("updated_by").references(() => users.id),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().$defaultFn(now),
  },
  (t) => [index("inventory_note_workspace_idx").on(t.workspaceId, t.theme)],
);
