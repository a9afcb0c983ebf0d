/**
 * `npm run db:restore -- FICHIER`: puts a backup in place of the database. Refused while the server or a
 * command uses the database; the backup is checked first; the replaced database is kept aside. French lines;
 * exit status 1 when nothing was restored, 2 on a wrong command line.
 */
import { systemNow } from "@/db/clock";
import { restoreDatabase } from "@/db/ops/restore";
import { databasePath } from "@/lib/config";

function main(): number {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith("--")) {
    console.error("Usage : npm run db:restore -- FICHIER   (une sauvegarde faite par npm run db:backup ; le serveur arrêté)");
    return 2;
  }
  const target = databasePath();
  console.log(`Restauration de ${args[0]} dans ${target}…`);
  try {
    const r = restoreDatabase({ backup: args[0], target, now: systemNow() });
    const pending = r.pending ? `, ${r.pending} migration(s) à appliquer au démarrage (npm start les applique)` : ", à jour";
    console.log(`Sauvegarde vérifiée : intégrité correcte, aucune clé étrangère orpheline, ${r.migrations} migrations${pending}.`);
    console.log(r.aside ? `La base remplacée est gardée sous ${r.aside}.` : "Il n'y avait pas de base à remplacer.");
    console.log("Restauration terminée : vous pouvez redémarrer le serveur.");
    return 0;
  } catch (e) {
    console.error(`Restauration refusée : ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

process.exit(main());
