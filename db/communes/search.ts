/** The official list of communes (reference data): the search behind every commune picker, and one commune by code. */
import { eq, or, sql, type SQL } from "drizzle-orm";
import type { BaseContext, Queryable } from "../context";
import { communes, departements, regions } from "../schema";
import { normalizeSearch } from "@/lib/text";
import { isCommuneCode } from "@/lib/domain/commune-code";

export type CommuneResult = {
  /** INSEE code ("42218", "2A004"). */
  code: string;
  name: string;
  postalCodes: string[];
  departementCode: string;
  /** Null only for the communes of overseas collectivities (Saint-Pierre-et-Miquelon, Polynésie…). */
  departementName: string | null;
  regionCode: string;
  /** Null only for the communes of overseas collectivities, which belong to no region. */
  regionName: string | null;
  population: number | null;
};

const MAX_LIMIT = 50;

/** Escapes LIKE's wildcards (and the escape character itself) in user input; use with `ESCAPE '\'`. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function selection(db: Queryable) {
  return db
    .select({
      code: communes.code,
      name: communes.name,
      postalCodes: communes.postalCodes,
      departementCode: communes.departementCode,
      departementName: departements.name,
      regionCode: communes.regionCode,
      regionName: regions.name,
      population: communes.population,
    })
    .from(communes)
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .leftJoin(regions, eq(regions.code, communes.regionCode));
}

type Row = Awaited<ReturnType<ReturnType<typeof selection>["all"]>>[number];

function toResult(r: Row): CommuneResult {
  return { ...r, postalCodes: r.postalCodes.split(" ").filter(Boolean) };
}

const byPopulation = sql`${communes.population} DESC NULLS LAST`;

/**
 * Communes matching what someone typed in a search box.
 * - 2 to 5 digits (spaces allowed, "01 400"): postal codes starting with them, or the INSEE code itself;
 *   an INSEE code ("2A004") also works. Order: an exact postal code, then the INSEE code ("01400" is
 *   also Seillonnaz's INSEE code), then postal codes starting with the digits; ties by population.
 * - anything else: the normalised name (accents, case, hyphens, apostrophes and "st"/"saint" ignored);
 *   exact name first, then names starting with the query, then a word starting with it, then containing it;
 *   ties by population (largest first), then name.
 */
export function searchCommunes(ctx: BaseContext, input: { query: string; limit?: number }): CommuneResult[] {
  const { db } = ctx;
  const limit = input.limit ?? 10;
  const max = Number.isFinite(limit) ? Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit))) : 10;
  const raw = input.query.trim().slice(0, 100);
  if (!raw) return [];

  const compact = raw.replace(/\s+/g, "");
  if (/^[0-9]{2,5}$/.test(compact)) {
    const prefix = escapeLike(compact);
    const matchesPostal: SQL = sql`(' ' || ${communes.postalCodes}) LIKE ${`% ${prefix}%`} ESCAPE '\\'`;
    const exactPostal: SQL = sql`(' ' || ${communes.postalCodes} || ' ') LIKE ${`% ${prefix} %`} ESCAPE '\\'`;
    return selection(db)
      .where(or(matchesPostal, eq(communes.code, compact)))
      .orderBy(
        sql`CASE WHEN ${exactPostal} THEN 0 WHEN ${communes.code} = ${compact} THEN 1 ELSE 2 END`,
        byPopulation,
        communes.name,
      )
      .limit(max)
      .all()
      .map(toResult);
  }
  if (isCommuneCode(compact.toUpperCase())) {
    const row = selection(db).where(eq(communes.code, compact.toUpperCase())).get();
    if (row) return [toResult(row)];
  }

  const name = normalizeSearch(raw);
  if (!name) return [];
  const esc = escapeLike(name);
  return selection(db)
    .where(sql`${communes.searchName} LIKE ${`%${esc}%`} ESCAPE '\\'`)
    .orderBy(
      sql`CASE
        WHEN ${communes.searchName} = ${name} THEN 0
        WHEN ${communes.searchName} LIKE ${`${esc}%`} ESCAPE '\\' THEN 1
        WHEN (' ' || ${communes.searchName}) LIKE ${`% ${esc}%`} ESCAPE '\\' THEN 2
        ELSE 3 END`,
      byPopulation,
      communes.name,
    )
    .limit(max)
    .all()
    .map(toResult);
}

/** One commune by INSEE code, or null (also for a malformed code, checked before any query). */
export function getCommune(ctx: BaseContext, input: { code: string }): CommuneResult | null {
  if (!isCommuneCode(input.code)) return null;
  const row = selection(ctx.db).where(eq(communes.code, input.code)).get();
  return row ? toResult(row) : null;
}
