/**
 * `npm run db:purge`: deletes the personal data past its retention (db/jobs/purge.ts), now. `npm run jobs:daily`
 * runs it too, before the reminders. Prints one line of French counts; running it again deletes nothing more.
 */
import { db } from "@/db/client";
import { systemNow } from "@/db/clock";
import { purgeExpired, purgeLine } from "./purge";

try {
  if (process.argv.length > 2) {
    console.error("Usage : npm run db:purge  (sans argument : la purge suit toujours l'horloge réelle)");
    process.exit(2);
  }
  console.log(purgeLine(purgeExpired({ db, now: systemNow() })));
} catch (e) {
  console.error(`La purge a échoué : ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
