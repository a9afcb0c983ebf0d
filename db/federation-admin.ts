/**
 * `npm run federation:admin -- <federation-id> <e-mail> ["Prénom Nom"]`: the operator names a federation's
 * first admin. The person then signs in with an e-mail link and invites the federation's other members.
 */
import { openDatabase } from "@/db/client";
import { ensureReferenceData } from "@/db/reference/load";
import { listFederations, nameFederationAdmin } from "@/db/federations";
import { systemNow } from "@/db/clock";
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
  // The CLI is an entry point: it reads the clock once, as the guards do for the app.
  const ctx = { db, now: systemNow() };
  const named = nameFederationAdmin(ctx, { federationId, email: email.data, name: name?.trim() || null });
  if (!named) {
    const ids = listFederations(ctx).map((f) => f.id);
    console.error(`Fédération inconnue : ${federationId}. Identifiants : ${ids.join(", ")}`);
    process.exit(1);
  }
  console.log(`${email.data} est admin de ${named.federation.shortName}. Cette personne se connecte sur /connexion avec son adresse.`);
} finally {
  sqlite.close();
}
