/**
 * `npm run db:migrate`: opens (creating if needed) the database, applies the migrations, and makes sure the
 * reference data (regions, départements, communes, federations) is loaded. Safe to run at every start-up.
 */
import { openDatabase } from "@/db/client";
import { ensureReferenceData } from "@/db/reference/load";
import { databasePath } from "@/lib/config";

function main() {
  const file = databasePath();
  const t0 = performance.now();
  const { sqlite, db } = openDatabase(file);
  const migrateMs = Math.round(performance.now() - t0);
  try {
    const s = ensureReferenceData(db);
    const what = s.skipped
      ? "référentiel déjà à jour / reference data up to date"
      : s.communesLoaded
        ? "référentiel chargé / reference data loaded"
        : "référentiel mis à jour / reference data refreshed";
    console.log(
      `Base ${file} : migrations ${migrateMs} ms ; ${what} en ${s.ms} ms ` +
        `(${s.regions} régions, ${s.departements} départements, ${s.communes} communes, ${s.federations} fédérations).`,
    );
  } finally {
    sqlite.close();
  }
}

try {
  main();
} catch (e) {
  console.error("Échec de la migration / migration failed:", e);
  process.exit(1);
}
