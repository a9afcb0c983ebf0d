/** The directory of the 15 regional federations and the regions they cover (reference data). */
import { eq, inArray, sql } from "drizzle-orm";
import type { BaseContext, Queryable } from "../context";
import { prepared } from "../prepared";
import { federationRegions, federations, regions } from "../schema";
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
function withRegions(db: Queryable, rows: FederationRow[]): FederationWithRegions[] {
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
export function listFederations(ctx: BaseContext, input: { regionCode?: string } = {}): FederationWithRegions[] {
  const { db } = ctx;
  const base = db.select().from(federations);
  const rows =
    input.regionCode === undefined
      ? base.all()
      : base
          .where(
            inArray(
              federations.id,
              db
                .select({ id: federationRegions.federationId })
                .from(federationRegions)
                .where(eq(federationRegions.regionCode, input.regionCode)),
            ),
          )
          .all();
  return withRegions(db, rows).sort((a, b) => collator.compare(a.shortName, b.shortName));
}

/** One federation with its regions, or null. */
export function getFederation(ctx: BaseContext, input: { id: string }): FederationWithRegions | null {
  const row = prepared(ctx.db, federationQuery).get({ id: input.id });
  if (!row) return null;
  const regions = prepared(ctx.db, regionsQuery).all({ federationId: input.id });
  return { ...row, regions: regions.map((l) => ({ code: l.code, name: l.name ?? l.code })).sort((a, b) => collator.compare(a.name, b.name)) };
}

// Every federation page reads its federation: prepared once (`db/prepared.ts`).
const federationQuery = (db: Queryable) =>
  db
    .select()
    .from(federations)
    .where(eq(federations.id, sql.placeholder("id")))
    .prepare();

const regionsQuery = (db: Queryable) =>
  db
    .select({ code: federationRegions.regionCode, name: regions.name })
    .from(federationRegions)
    .leftJoin(regions, eq(regions.code, federationRegions.regionCode))
    .where(eq(federationRegions.federationId, sql.placeholder("federationId")))
    .prepare();

/** The federation covering a region, or null when there is none (Guyane, in the current directory). */
export function federationForRegion(ctx: BaseContext, input: { regionCode: string }): FederationWithRegions | null {
  return listFederations(ctx, input)[0] ?? null;
}

/** Every region of France (metropolitan and overseas; not the overseas collectivities), sorted by name. */
export function listRegions(ctx: BaseContext): RegionRef[] {
  return ctx.db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .all()
    .sort((a, b) => collator.compare(a.name, b.name));
}
