import { integer, primaryKey, sqliteTable, text, index } from "drizzle-orm/sqlite-core";
import { FEDERATION_STATUSES } from "@/lib/domain/enums";

/** Regions of France (INSEE codes), loaded from @etalab/decoupage-administratif. */
export const regions = sqliteTable("region", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
});

export const departements = sqliteTable("departement", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  regionCode: text("region_code").notNull(),
});

/** Every current commune of France, loaded from @etalab/decoupage-administratif (never typed). */
export const communes = sqliteTable(
  "commune",
  {
    code: text("code").primaryKey(), // INSEE code
    name: text("name").notNull(),
    /** Lower-case, accents removed, hyphens and apostrophes as spaces: what the search compares. */
    searchName: text("search_name").notNull(),
    /** Postal codes separated by spaces ("01400 01401"). */
    postalCodes: text("postal_codes").notNull(),
    departementCode: text("departement_code").notNull(),
    regionCode: text("region_code").notNull(),
    population: integer("population"),
  },
  (t) => [
    index("commune_search_name_idx").on(t.searchName),
    index("commune_region_idx").on(t.regionCode),
  ],
);

/** The regional federations of the AVECsanté movement (directory of the kit des 100 premiers jours). */
export const federations = sqliteTable("federation", {
  id: text("id").primaryKey(), // a stable slug, e.g. "fecop"
  shortName: text("short_name").notNull(),
  name: text("name").notNull(),
  phone: text("phone"),
  email: text("email").notNull(),
  website: text("website"),
  status: text("status", { enum: FEDERATION_STATUSES }).notNull().default("active"),
});

export const federationRegions = sqliteTable(
  "federation_region",
  {
    federationId: text("federation_id")
      .notNull()
      .references(() => federations.id),
    regionCode: text("region_code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.federationId, t.regionCode] }), index("federation_region_region_idx").on(t.regionCode)],
);
