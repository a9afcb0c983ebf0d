/**
 * `npm run db:backup [-- --keep=N] [dossier]`: an online backup of the database (the server may run), checked,
 * in `dossier` (default `$BOUSSOLE_DATA_DIR/backups`), keeping the N most recent (default 14). One line per
 * step, in French; exit status 1 on any failure (cron mails it), 2 on a wrong command line.
 */
import path from "node:path";
import { systemNow } from "@/db/clock";
import { backupDatabase } from "@/db/ops/backup";
import { databasePath, dataDir } from "@/lib/config";

const USAGE = "Usage : npm run db:backup [-- --keep=N] [dossier]   (par défaut : $BOUSSOLE_DATA_DIR/backups, 14 gardées)";

function main(): number {
  const args = process.argv.slice(2);
  const keepArg = args.find((a) => a.startsWith("--keep="))?.slice("--keep=".length);
  const dirs = args.filter((a) => !a.startsWith("--"));
  const keep = keepArg === undefined ? 14 : Number(keepArg);
  if (args.some((a) => a.startsWith("--") && !a.startsWith("--keep=")) || dirs.length > 1 || !Number.isInteger(keep) || keep < 1) {
    console.error(USAGE);
    return 2;
  }
  const source = databasePath();
  const dir = dirs[0] ? path.resolve(dirs[0]) : path.join(dataDir(), "backups");
  console.log(`Sauvegarde de ${source} dans ${dir}…`);
  try {
    const r = backupDatabase({ source, dir, keep, now: systemNow() });
    console.log(`Copie cohérente écrite : ${r.file} (${(r.bytes / 1024 / 1024).toFixed(1)} Mio, ${r.ms} ms).`);
    console.log(`Vérifiée : intégrité correcte, aucune clé étrangère orpheline, ${r.migrations} migrations identiques à la base.`);
    const removed = r.removed.length ? ` ; ${r.removed.length} plus ancienne(s) supprimée(s) : ${r.removed.join(", ")}` : "";
    console.log(`Sauvegardes gardées dans ${dir} : ${r.kept} (au plus ${keep})${removed}.`);
    return 0;
  } catch (e) {
    console.error(`Échec de la sauvegarde : ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

process.exit(main());
