/**
 * `npm run db:seed`: the demo commune (Marvejols, Lozère) with its mayor, referent, facilitator and the
 * Fécop's admin, plus a second commune whose request awaits the Fécop's answer. Demo mode only; does nothing
 * when the demo is already there.
 */
import { verificationSummary } from "@/lib/trust/verification";
import type { HistoryAction } from "@/lib/domain/history";
import { and, eq } from "drizzle-orm";
import { openDatabase, type DB } from "@/db/client";
import { write } from "@/db/context";
import { ensureReferenceData } from "@/db/reference/load";
import { federationMembers, federationRequests, historyEvents, professionals, users, workspaceMembers, workspaces } from "@/db/schema";
import { databasePath, mode } from "@/lib/config";
import { DEMO_ACCOUNTS, DEMO_COMMUNE_CODE, DEMO_FEDERATION_ID, DEMO_MANDATE_START } from "@/lib/demo";
import { seedInventory } from "@/db/seed-inventory";
import { seedMeetings } from "@/db/seed-meetings";
import { seedChecklist } from "@/db/seed-checklist";
import { seedPipeline } from "@/db/seed-pipeline";
import { seedRoles } from "@/db/seed-roles";

const day = (iso: string, hour = 10) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00+02:00`);

export function seedDemo(db: DB): boolean {
  const [maire, referent, facilitatrice, admin, professionnel] = DEMO_ACCOUNTS;
  if (db.select({ id: users.id }).from(users).where(eq(users.email, maire.email)).get()) return false;
  write({ db }, (tx) => {
    const u = Object.fromEntries(
      [...DEMO_ACCOUNTS, { email: "maire.saint-chely@demo.boussole.fr", name: "Jean Malzac" }].map((a) => [
        a.email,
        tx.insert(users).values({ email: a.email, name: a.name, emailVerified: day("2026-03-25") }).returning().get(),
      ]),
    );
    tx.insert(federationMembers)
      .values([
        { federationId: DEMO_FEDERATION_ID, userId: u[admin.email].id, role: "admin" },
        { federationId: DEMO_FEDERATION_ID, userId: u[admin.email].id, role: "facilitateur" },
        { federationId: DEMO_FEDERATION_ID, userId: u[facilitatrice.email].id, role: "facilitateur" },
      ])
      .run();

    const ws = tx
      .insert(workspaces)
      .values({
        communeCode: DEMO_COMMUNE_CODE,
        mandateStart: DEMO_MANDATE_START,
        referentKind: "elu",
        createdBy: u[maire.email].id,
        createdAt: day("2026-03-30"),
        // The Fécop's admin called the town hall before accepting the request: the mandate is verified.
        verifiedAt: day("2026-04-07"),
        verifiedBy: u[admin.email].id,
        verifiedVia: "federation",
      })
      .returning()
      .get();
    tx.insert(workspaceMembers)
      .values([
        { workspaceId: ws.id, userId: u[maire.email].id, role: "maire", createdAt: day("2026-03-30") },
        { workspaceId: ws.id, userId: u[referent.email].id, role: "referent", capacity: "elu", createdAt: day("2026-04-03") },
        { workspaceId: ws.id, userId: u[facilitatrice.email].id, role: "facilitateur", federationId: DEMO_FEDERATION_ID, createdAt: day("2026-04-07") },
      ])
      .run();
    tx.insert(federationRequests)
      .values({
        workspaceId: ws.id,
        federationId: DEMO_FEDERATION_ID,
        message:
          "Bonjour,\n\nDeux de nos quatre médecins généralistes partent à la retraite d'ici deux ans et les habitants nous interpellent déjà. Plusieurs infirmières et la pharmacienne souhaitent travailler davantage ensemble. Nous aimerions être accompagnés pour réunir les professionnels et faire un premier état des lieux.\n\nClaire Fabre, maire de Marvejols",
        status: "accepted",
        requestedBy: u[maire.email].id,
        requestedAt: day("2026-03-31"),
        decidedBy: u[admin.email].id,
        decidedAt: day("2026-04-07"),
      })
      .run();
    const events: { action: HistoryAction; summary: string; actor: string; at: Date }[] = [
      { action: "workspace.created", summary: "Claire Fabre a ouvert l'espace de Marvejols (mandat commencé le 22 mars 2026) et en est le maire.", actor: maire.email, at: day("2026-03-30") },
      { action: "federation.requested", summary: "Claire Fabre a demandé l'accompagnement de la Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires.", actor: maire.email, at: day("2026-03-31") },
      { action: "referent.invited", summary: "Claire Fabre a désigné comme référent santé un·e élu·e : Thomas Rouquette (élu·e, referent@demo.boussole.fr) — invitation envoyée.", actor: maire.email, at: day("2026-04-01") },
      { action: "referent.accepted", summary: "Thomas Rouquette a accepté d'être référent·e santé (élu·e).", actor: referent.email, at: day("2026-04-03") },
      { action: "federation.accepted", summary: "Marc Delmas a accepté, pour la Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires, d'accompagner la commune ; facilitateur·rice : Inès Benali.", actor: admin.email, at: day("2026-04-07") },
      {
        action: "workspace.verified",
        summary: verificationSummary({ communeName: "Marvejols", by: "Marc Delmas (Fécop)", via: "federation", how: "appel au secrétariat de la mairie" }),
        actor: admin.email,
        at: day("2026-04-07"),
      },
    ];
    tx.insert(historyEvents)
      .values(events.map((e) => ({ workspaceId: ws.id, actorId: u[e.actor].id, action: e.action, summary: e.summary, createdAt: e.at })))
      .run();
    seedInventory(tx, ws.id, { maire: u[maire.email].id, referent: u[referent.email].id, facilitatrice: u[facilitatrice.email].id });
    seedMeetings(tx, ws.id, { maire: u[maire.email].id, referent: u[referent.email].id, facilitatrice: u[facilitatrice.email].id });
    seedChecklist(tx, ws.id, { maire: u[maire.email].id, referent: u[referent.email].id, facilitatrice: u[facilitatrice.email].id });
    seedRoles(tx, ws.id, { maire: u[maire.email].id, referent: u[referent.email].id, facilitatrice: u[facilitatrice.email].id });

    // Dr Haddad accepted the invitation to confirm his line: the demo's professional.
    const haddad = u[professionnel.email];
    tx.update(professionals)
      .set({ userId: haddad.id, source: "professionnel", confirmedAt: day("2026-04-20"), updatedBy: haddad.id, updatedAt: day("2026-04-20") })
      .where(and(eq(professionals.workspaceId, ws.id), eq(professionals.email, professionnel.email)))
      .run();
    tx.insert(workspaceMembers).values({ workspaceId: ws.id, userId: haddad.id, role: "professionnel", createdAt: day("2026-04-20") }).run();
    tx.insert(historyEvents)
      .values({ workspaceId: ws.id, actorId: haddad.id, action: "inventory.professional_confirmed", summary: "Dr Karim Haddad a vérifié et confirmé sa fiche de l'état des lieux.", createdAt: day("2026-04-20") })
      .run();

    // A second commune of Lozère whose request waits for the Fécop's answer.
    const other = tx
      .insert(workspaces)
      .values({ communeCode: "48140", mandateStart: "2026-03-22", createdBy: u["maire.saint-chely@demo.boussole.fr"].id, createdAt: day("2026-11-18") })
      .returning()
      .get();
    tx.insert(workspaceMembers).values({ workspaceId: other.id, userId: u["maire.saint-chely@demo.boussole.fr"].id, role: "maire" }).run();
    tx.insert(federationRequests)
      .values({
        workspaceId: other.id,
        federationId: DEMO_FEDERATION_ID,
        message: "Bonjour,\n\nNotre maison médicale a perdu son dernier kinésithérapeute et les professionnels restants sont à bout de souffle. Pourriez-vous nous aider à organiser une première rencontre ?\n\nJean Malzac",
        requestedBy: u["maire.saint-chely@demo.boussole.fr"].id,
        requestedAt: day("2026-11-19", 9),
      })
      .run();
    tx.insert(historyEvents)
      .values([
        { workspaceId: other.id, actorId: u["maire.saint-chely@demo.boussole.fr"].id, action: "workspace.created", summary: "Jean Malzac a ouvert l'espace de Saint-Chély-d'Apcher (mandat commencé le 22 mars 2026) et en est le maire.", createdAt: day("2026-11-18") },
        { workspaceId: other.id, actorId: u["maire.saint-chely@demo.boussole.fr"].id, action: "federation.requested", summary: "Jean Malzac a demandé l'accompagnement de la Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires.", createdAt: day("2026-11-19", 9) },
      ])
      .run();
    seedPipeline(tx, { facilitatrice: u[facilitatrice.email].id, admin: u[admin.email].id });
  });
  return true;
}

function main() {
  if (mode() === "production") {
    console.log("Mode production : pas de données de démonstration.");
    return;
  }
  const { sqlite, db } = openDatabase(databasePath());
  try {
    ensureReferenceData(db);
    console.log(seedDemo(db) ? "Démonstration : Marvejols (48092) et ses comptes créés." : "Démonstration déjà en place.");
  } finally {
    sqlite.close();
  }
}

if (process.argv[1]?.endsWith("seed.ts")) main();
