import fs from "node:fs";
import path from "node:path";
import { count, eq, inArray, sql } from "drizzle-orm";
import type { DB } from "@/db/client";
import { indexNewCommunes } from "@/db/communes/search";
import { communes as communesTable, departements as departementsTable, federationRegions, federations, regions as regionsTable } from "@/db/schema";
import { normalizeSearch } from "@/lib/text";
import { FEDERATIONS } from "./federations";

/*
 * Reference data (regions, départements, communes, federations) loaded into SQLite at migrate/start-up time.
 *
 * The communes come from @etalab/decoupage-administratif's JSON files, read with fs at run time: never
 * `import` them (8.6 MB: it would be bundled by Next), and never use the package's main entry (it resolves
 * its data against the current folder; see STACK.md, pitfall 9).
 */

type EtalabRegion = { code: string; nom: string; zone: string };
type EtalabDepartement = { code: string; nom: string; region: string; zone: string };
type EtalabCommune = {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
};

export type ReferenceSummary = {
  regions: number;
  departements: number;
  communes: number;
  federations: number;
  /** False when the communes already matched the file and were left alone (or nothing was done at all). */
  communesLoaded: boolean;
  /** True when `ensureReferenceData` found the data present and did nothing (but maybe a federation sync). */
  skipped: boolean;
  ms: number;
};

/** Where @etalab/decoupage-administratif keeps its JSON (resolved from the project root, like the migrations). */
export function etalabDataDir(): string {
  return path.join(process.cwd(), "node_modules", "@etalab", "decoupage-administratif", "data");
}

function readJson<T>(file: string): T {
  const full = path.join(etalabDataDir(), file);
  try {
    return JSON.parse(fs.readFileSync(full, "utf8")) as T;
  } catch (e) {
    throw new Error(`Impossible de lire ${full} (@etalab/decoupage-administratif est-il installé ?) : ${(e as Error).message}`);
  }
}

/** Regions and départements of France, overseas collectivities (`zone: "com"`) left out. */
function readRegionsAndDepartements() {
  const regions = readJson<EtalabRegion[]>("regions.json").filter((r) => r.zone !== "com");
  const departements = readJson<EtalabDepartement[]>("departements.json").filter((d) => d.zone !== "com");
  return { regions, departements };
}

/** Current communes only (not the delegated / associated ones, nor Paris/Lyon/Marseille's arrondissements). */
function readCommunes(): EtalabCommune[] {
  return readJson<EtalabCommune[]>("communes.json").filter((c) => c.type === "commune-actuelle");
}

type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];

function counts(db: DB | Tx) {
  const n = (table: typeof regionsTable | typeof departementsTable | typeof communesTable | typeof federations) =>
    db.select({ n: count() }).from(table).get()?.n ?? 0;
  return { regions: n(regionsTable), departements: n(departementsTable), communes: n(communesTable), federations: n(federations) };
}

/** `SET col = excluded.col` for an upsert. */
const excluded = (column: string) => sql.raw(`excluded.${column}`);

/** Upserts the federations of the directory and their regions. Runs inside the caller's transaction. */
function syncFederations(tx: Tx) {
  tx.insert(federations)
    .values(FEDERATIONS.map(({ regionCodes: _, ...f }) => f))
    .onConflictDoUpdate({
      target: federations.id,
      set: {
        shortName: excluded("short_name"),
        name: excluded("name"),
        phone: excluded("phone"),
        email: excluded("email"),
        website: excluded("website"),
        status: excluded("status"),
      },
    })
    .run();
  tx.delete(federationRegions)
    .where(
      inArray(
        federationRegions.federationId,
        FEDERATIONS.map((f) => f.id),
      ),
    )
    .run();
  tx.insert(federationRegions)
    .values(FEDERATIONS.flatMap((f) => f.regionCodes.map((regionCode) => ({ federationId: f.id, regionCode }))))
    .run();
}

/** True when the federation tables hold exactly the directory (for the known ids). */
function federationsUpToDate(db: DB): boolean {
  const byId = new Map(
    db
      .select()
      .from(federations)
      .all()
      .map((r) => [r.id, r]),
  );
  const links = db.select().from(federationRegions).orderBy(federationRegions.regionCode).all();
  return FEDERATIONS.every((f) => {
    const r = byId.get(f.id);
    if (!r) return false;
    const codes = links.filter((l) => l.federationId === f.id).map((l) => l.regionCode);
    return (
      r.shortName === f.shortName &&
      r.name === f.name &&
      r.phone === f.phone &&
      r.email === f.email &&
      r.website === f.website &&
      r.status === f.status &&
      codes.join(",") === [...f.regionCodes].sort().join(",")
    );
  });
}

/**
 * Loads (or refreshes) every reference table in one transaction: regions, départements, communes,
 * federations and their regions. Idempotent: upserts everywhere, and the communes are skipped when the
 * table already holds exactly the file's current communes (same count, same codes).
 */
export function loadReferenceData(db: DB): ReferenceSummary {
  const started = performance.now();

  // Parse outside the transaction: the write lock is held only while writing.
  const { regions, departements } = readRegionsAndDepartements();
  const communes = readCommunes();

  let communesLoaded = false;
  const result = db.transaction(
    (tx) => {
      tx.insert(regionsTable)
        .values(regions.map((r) => ({ code: r.code, name: r.nom })))
        .onConflictDoUpdate({ target: regionsTable.code, set: { name: excluded("name") } })
        .run();

      tx.insert(departementsTable)
        .values(departements.map((d) => ({ code: d.code, name: d.nom, regionCode: d.region })))
        .onConflictDoUpdate({ target: departementsTable.code, set: { name: excluded("name"), regionCode: excluded("region_code") } })
        .run();

      // Up to date when the table holds exactly the file's codes (35k codes compared: a few milliseconds).
      const present = new Set(
        tx
          .select({ code: communesTable.code })
          .from(communesTable)
          .all()
          .map((r) => r.code),
      );
      if (present.size !== communes.length || communes.some((c) => !present.has(c.code))) {
        communesLoaded = true;
        // One prepared statement run per row: as fast as raw better-sqlite3 (≈ 0.3 s for 35k rows).
        const upsert = tx
          .insert(communesTable)
          .values({
            code: sql.placeholder("code"),
            name: sql.placeholder("name"),
            searchName: sql.placeholder("searchName"),
            postalCodes: sql.placeholder("postalCodes"),
            departementCode: sql.placeholder("departementCode"),
            regionCode: sql.placeholder("regionCode"),
            population: sql.placeholder("population"),
          })
          .onConflictDoUpdate({
            target: communesTable.code,
            set: {
              name: excluded("name"),
              searchName: excluded("search_name"),
              postalCodes: excluded("postal_codes"),
              departementCode: excluded("departement_code"),
              regionCode: excluded("region_code"),
              population: excluded("population"),
            },
          })
          .prepare();
        for (const c of communes) {
          upsert.run({
            code: c.code,
            name: c.nom,
            searchName: normalizeSearch(c.nom),
            postalCodes: (c.codesPostaux ?? []).join(" "),
            departementCode: c.departement,
            regionCode: c.region,
            population: typeof c.population === "number" ? c.population : null,
          });
        }
        // Communes gone from the file (merged since the last load): removed unless a workspace points at one.
        const current = new Set(communes.map((c) => c.code));
        for (const code of present) {
          if (current.has(code)) continue;
          try {
            tx.delete(communesTable).where(eq(communesTable.code, code)).run();
          } catch {
            // Still referenced (foreign key): kept, so existing workspaces keep their commune.
          }
        }
        indexNewCommunes(tx);
      }

      syncFederations(tx);
      return counts(tx);
    },
    { behavior: "immediate" },
  );

  return { ...result, communesLoaded, skipped: false, ms: Math.round(performance.now() - started) };
}

/**
 * Makes sure the reference data is there, cheaply: when regions, départements and communes are present it
 * reads no file and only re-syncs the federations if they differ from `FEDERATIONS` (15 rows); otherwise it
 * runs `loadReferenceData`. Safe to call at every start-up.
 */
export function ensureReferenceData(db: DB): ReferenceSummary {
  const started = performance.now();
  const n = counts(db);
  if (n.regions === 0 || n.departements === 0 || n.communes === 0) return loadReferenceData(db);
  if (!federationsUpToDate(db)) {
    const after = db.transaction(
      (tx) => {
        syncFederations(tx);
        return counts(tx);
      },
      { behavior: "immediate" },
    );
    return { ...after, communesLoaded: false, skipped: false, ms: Math.round(performance.now() - started) };
  }
  return { ...n, communesLoaded: false, skipped: true, ms: Math.round(performance.now() - started) };
}
