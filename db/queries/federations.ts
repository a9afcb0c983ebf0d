import { eq, inArray } from "drizzle-orm";
import type { DB } from "@/db/client";
import { federationRegions, federations, regions } from "@/db/schema";
import type { FederationStatus } from "@/lib/domain/enums";

export type RegionRef = { code: string; name: string };

export type FederationWithRegions = {
  id: string;
  shortName: string;
  name: string;
  phone: string | null;
  email: string;
  website: string | null;
  status: FederationStatus;
  /** The regions it covers, sorted by name. */
  regions: RegionRef[];
};

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

type FederationRow = typeof federations.$inferSelect;

/** Attaches their regions to federation rows, with one query whatever their number. */
function withRegions(db: DB, rows: FederationRow[]): FederationWithRegions[] {
  if (rows.length === 0) return [];
  const links = db
    .select({ federationId: federationRegions.federationId, code: federationRegions.regionCode, name: regions.name })
    .from(federationRegions)
    .leftJoin(regions, eq(regions.code, federationRegions.regionCode))
    .where(
      inArray(
        federationRegions.federationId,
        rows.map((r) => r.id),
      ),
    )
    .all();
  const byFederation = new Map<string, RegionRef[]>();
  for (const l of links) {
    const list = byFederation.get(l.federationId) ?? [];
    list.push({ code: l.code, name: l.name ?? l.code });
    byFederation.set(l.federationId, list);
  }
  return rows.map((r) => ({
    ...r,
    regions: (byFederation.get(r.id) ?? []).sort((a, b) => collator.compare(a.name, b.name)),
  }));
}

/**
 * The federations with their regions, sorted by short name (two queries, whatever their number).
 * With `regionCode`, only the federation(s) covering that region.
 */
export function listFederations(db: DB, options: { regionCode?: string } = {}): FederationWithRegions[] {
  const base = db.select().from(federations);
  const rows =
    options.regionCode === undefined
      ? base.all()
      : base
          .where(
            inArray(
              federations.id,
              db
                .select({ id: federationRegions.federationId })
                .from(federationRegions)
                .where(eq(federationRegions.regionCode, options.regionCode)),
            ),
          )
          .all();
  return withRegions(db, rows).sort((a, b) => collator.compare(a.shortName, b.shortName));
}

/** One federation with its regions, or null. */
export function getFederation(db: DB, id: string): FederationWithRegions | null {
  const row = db.select().from(federations).where(eq(federations.id, id)).get();
  return row ? withRegions(db, [row])[0] : null;
}

/** The federation covering a region, or null when there is none (Guyane, in the current directory). */
export function federationForRegion(db: DB, regionCode: string): FederationWithRegions | null {
  return listFederations(db, { regionCode })[0] ?? null;
}

/** Every region of France (metropolitan and overseas; not the overseas collectivities), sorted by name. */
export function listRegions(db: DB): RegionRef[] {
  return db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .all()
    .sort((a, b) => collator.compare(a.name, b.name));
}
