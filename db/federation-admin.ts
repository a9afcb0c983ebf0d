/**
 * `npm run federation:admin -- <federation-id> <e-mail> ["Prénom Nom"]`: the operator names a federation's
 * first admin. The person then signs in with an e-mail link and invites the federation's other members.
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { ensureReferenceData } from "@/db/reference/load";
import { federationMembers, federations } from "@/db/schema";
import { findOrCreateUser } from "@/db/users";
import { recordHistory } from "@/db/history";
import { databasePath } from "@/lib/config";
import { emailField } from "@/lib/validation/common";

const [federationId, rawEmail, name] = process.argv.slice(2);
const email = emailField.safeParse(rawEmail ?? "");
if (!federationId || !email.success) {
  console.error('Usage : npm run federation:admin -- <id-fédération> <e-mail> ["Prénom Nom"]');
  process.exit(1);
}
const { sqlite, db } = openDatabase(databasePath());
try {
  ensureReferenceData(db);
  const federation = db.select().from(federations).where(eq(federations.id, federationId)).get();
  if (!federation) {
    const ids = db.select({ id: federations.id }).from(federations).all().map((f) => f.id);
    console.error(`Fédération inconnue : ${federationId}. Identifiants : ${ids.join(", ")}`);
    process.exit(1);
  }
  db.transaction((tx) => {
    const user = findOrCreateUser(tx, email.data, name?.trim() || null);
    tx.insert(federationMembers).values({ federationId, userId: user.id, role: "admin" }).onConflictDoNothing().run();
    recordHistory(tx, { federationId, actorId: null, action: "federation.admin_named", summary: `${email.data} a été nommé·e admin de la fédération par l'exploitant.` });
  });
  console.log(`${email.data} est admin de ${federation.shortName}. Cette personne se connecte sur /connexion avec son adresse.`);
} finally {
  sqlite.close();
}
