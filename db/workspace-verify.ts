/**
 * `npm run workspace:verify -- <code-INSEE> ["comment"]`: the operator vouches that the maire of the commune's
 * workspace is its mayor (after checking with the town hall). The workspace may then send invitations.
 */
import { openDatabase } from "@/db/client";
import { ensureReferenceData } from "@/db/reference/load";
import { verifyWorkspaceByOperator } from "@/db/trust";
import { systemNow } from "@/db/clock";
import { databasePath } from "@/lib/config";
import { formatDateTime } from "@/lib/dates";

const [code, how] = process.argv.slice(2);
if (!code?.trim()) {
  console.error('Usage : npm run workspace:verify -- <code-INSEE> ["comment la vérification a été faite"]');
  process.exit(1);
}
const { sqlite, db } = openDatabase(databasePath());
try {
  ensureReferenceData(db);
  // The CLI is an entry point: it reads the clock once, as the guards do for the app.
  const done = verifyWorkspaceByOperator({ db, now: systemNow() }, { code: code.trim().toUpperCase(), how: how?.trim() || null });
  switch (done.outcome) {
    case "unknown-commune":
      console.error(`Commune inconnue : ${code}. Donnez son code INSEE (5 caractères, par exemple 48092).`);
      process.exitCode = 1;
      break;
    case "no-workspace":
      console.error(`${done.commune.name} (${done.commune.code}) n'a pas d'espace sur Boussole : rien à vérifier.`);
      process.exitCode = 1;
      break;
    case "already":
      console.log(`L'espace de ${done.commune.name} était déjà vérifié (le ${formatDateTime(done.verifiedAt)}) : rien n'a changé.`);
      break;
    case "verified":
      console.log(`L'espace de ${done.commune.name} est vérifié : il peut désormais envoyer des invitations. C'est noté dans son historique.`);
      break;
  }
} finally {
  sqlite.close();
}
