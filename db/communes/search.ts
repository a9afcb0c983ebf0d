/** The official list of communes (reference data): the search behind every commune picker, and one commune by code. */
import { and, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
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
  if (/^[0-9]{2,5}$/.test(compact)) return postalQuery(db, compact, max).all().map(toResult);
  if (isCommuneCode(compact.toUpperCase())) {
    const row = selection(db).where(eq(communes.code, compact.toUpperCase())).get();
    if (row) return [toResult(row)];
  }
  const name = normalizeSearch(raw);
  if (!name) return [];
  // Names starting with the query come before any other match: when there are `max` of them, they are the answer.
  const prefixed = prefixQuery(db, name, max).all();
  if (prefixed.length === max) return prefixed.map(toResult);
  return nameQuery(db, name, max).all().map(toResult);
}

/** The first string after every string that starts with `prefix` (« saint » → « sainu »), in SQLite's byte order. */
function afterPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join("") + String.fromCodePoint(last + 1);
}

/**
 * Normalised names starting with `name` (the exact name first, then by population), from a range of
 * `commune_search_name_idx`. The common case of a search (« saint » starts 4,000 names): the trigram table would
 * hand back every commune containing it, each read back for its code (6 ms against 1 on the national copy).
 */
export function prefixQuery(db: Queryable, name: string, max: number) {
  return selection(db)
    .where(and(gte(communes.searchName, name), lt(communes.searchName, afterPrefix(name))))
    .orderBy(sql`${communes.searchName} = ${name} DESC`, byPopulation, communes.name)
    .limit(max);
}

/**
 * Postal codes starting with `digits`, or the INSEE code itself. "Starts with" comes from the trigram table's
 * index (drizzle/0007_commune_search.sql: `postal` is " 01400 01401"), not from a scan of every commune.
 */
export function postalQuery(db: Queryable, digits: string, max: number) {
  const prefix = escapeLike(digits);
  const matchesPostal: SQL = sql`${communes.code} IN (SELECT code FROM commune_search WHERE postal LIKE ${`% ${prefix}%`})`;
  const exactPostal: SQL = sql`(' ' || ${communes.postalCodes} || ' ') LIKE ${`% ${prefix} %`} ESCAPE '\\'`;
  return selection(db)
    .where(or(matchesPostal, eq(communes.code, digits)))
    .orderBy(sql`CASE WHEN ${exactPostal} THEN 0 WHEN ${communes.code} = ${digits} THEN 1 ELSE 2 END`, byPopulation, communes.name)
    .limit(max);
}

/**
 * Normalised names containing `name`, from the trigram index: a trigram MATCH of the quoted phrase is a substring
 * match answered by the index alone, where `LIKE '%…%'` also reads every candidate row to check it (1.3 ms
 * against 11.6 for « saint », 4,443 communes, on the national copy). Under three
 * characters there is no trigram to look up: the FTS table would read all its rows, slower than reading the
 * communes themselves (23 ms against 8 for « ay »), so those two-letter searches keep the scan.
 */
export function nameQuery(db: Queryable, name: string, max: number) {
  const esc = escapeLike(name);
  const contains =
    [...name].length < 3
      ? sql`${communes.searchName} LIKE ${`%${esc}%`} ESCAPE '\\'`
      : sql`${communes.code} IN (SELECT code FROM commune_search WHERE search_name MATCH ${`"${name.replace(/"/g, '""')}"`})`;
  return selection(db)
    .where(contains)
    .orderBy(
      sql`CASE
        WHEN ${communes.searchName} = ${name} THEN 0
        WHEN ${communes.searchName} LIKE ${`${esc}%`} ESCAPE '\\' THEN 1
        WHEN (' ' || ${communes.searchName}) LIKE ${`% ${esc}%`} ESCAPE '\\' THEN 2
        ELSE 3 END`,
      byPopulation,
      communes.name,
    )
    .limit(max);
}

/**
 * Adds to the trigram table the communes it lacks, in one statement (the reference load calls it after writing
 * the communes; renamings and removals are followed by the triggers of drizzle/0007_commune_search.sql).
 */
export function indexNewCommunes(db: Queryable) {
  db.run(sql`INSERT INTO commune_search (code, search_name, postal) SELECT code, search_name, ' ' || postal_codes FROM commune WHERE code NOT IN (SELECT code FROM commune_search)`);
}

/** One commune by INSEE code, or null (also for a malformed code, checked before any query). */
export function getCommune(ctx: BaseContext, input: { code: string }): CommuneResult | null {
  if (!isCommuneCode(input.code)) return null;
  const row = selection(ctx.db).where(eq(communes.code, input.code)).get();
  return row ? toResult(row) : null;
}
