/**
 * "Qui fait quoi" in the demo commune (Marvejols): the roles of the commune and of the Fécop are written, not
 * yet the professionals' (so the checklist's "clarifier le rôle de chacun" stays open in the demo), and three
 * partners' contacts — fictitious people, @exemple.fr addresses. Called by seedDemo inside its transaction.
 */
import type { Tx } from "./context";
import { historyEvents, partnerContacts, responsibilities } from "./schema";
import { ACTOR_LABELS, type Partner } from "@/lib/domain/enums";

const at = (iso: string, hour = 10) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00+02:00`);

const COMMUNE = [
  "- Prêter la salle du conseil municipal pour les réunions de l'équipe, un mardi soir par mois",
  "- Mettre les professionnels en relation avec la délégation de l'ARS, la CPAM et la MSA",
  "- Chercher avec l'intercommunalité les financements possibles, une fois le projet de santé écrit",
  "- Informer les habitants de la démarche dans le bulletin municipal",
].join("\n");

const FEDERATION = [
  "- Animer les premières rencontres avec les professionnels, en tiers de confiance",
  "- Expliquer ce qu'est (et n'est pas) une maison de santé, et partager l'expérience de Saint-Alban-sur-Limagnole",
  "- Aider l'équipe à écrire son projet de santé et préparer le passage devant l'ARS",
].join("\n");

const CONTACTS: { actor: Partner; organisation: string; personName: string; position: string; email: string; phone: string; note?: string }[] = [
  {
    actor: "ars",
    organisation: "ARS Occitanie — délégation départementale de la Lozère",
    personName: "Sylvie Exemple",
    position: "Chargée de mission offre de soins de proximité",
    email: "sylvie.exemple@exemple.fr",
    phone: "04 66 00 00 01",
    note: "Personnage fictif de la démonstration. Interlocutrice pour le projet de santé et la reconnaissance de la MSP.",
  },
  {
    actor: "cpam",
    organisation: "CPAM de la Lozère",
    personName: "Julien Fictif",
    position: "Conseiller accompagnement des exercices coordonnés",
    email: "julien.fictif@exemple.fr",
    phone: "04 66 00 00 02",
    note: "Personnage fictif de la démonstration. Présente l'accord conventionnel interprofessionnel (ACI).",
  },
  {
    actor: "intercommunalite",
    organisation: "Communauté de communes du Gévaudan",
    personName: "Agnès Démo",
    position: "Vice-présidente chargée de la santé",
    email: "agnes.demo@exemple.fr",
    phone: "04 66 00 00 03",
  },
];

export function seedRoles(tx: Tx, workspaceId: number, by: { maire: string; referent: string; facilitatrice: string }) {
  tx.insert(responsibilities)
    .values([
      { workspaceId, actor: "commune", text: COMMUNE, updatedBy: by.referent, updatedAt: at("2026-06-16") },
      { workspaceId, actor: "federation", text: FEDERATION, updatedBy: by.facilitatrice, updatedAt: at("2026-06-17") },
    ])
    .run();
  tx.insert(partnerContacts)
    .values(CONTACTS.map((c, i) => ({ workspaceId, ...c, note: c.note ?? null, createdBy: by.referent, createdAt: at("2026-06-18", 10 + i), updatedBy: by.referent, updatedAt: at("2026-06-18", 10 + i) })))
    .run();
  tx.insert(historyEvents)
    .values([
      { workspaceId, actorId: by.referent, action: "responsibility.updated", summary: "Thomas Rouquette a écrit le rôle de la commune dans « Qui fait quoi ».", createdAt: at("2026-06-16") },
      { workspaceId, actorId: by.facilitatrice, action: "responsibility.updated", summary: "Inès Benali a écrit le rôle de la fédération régionale dans « Qui fait quoi ».", createdAt: at("2026-06-17") },
      ...CONTACTS.map((c, i) => ({
        workspaceId,
        actorId: by.referent,
        action: "partner.created" as const,
        summary: `Thomas Rouquette a ajouté à l'annuaire des partenaires le contact ${c.personName} (${c.organisation}) — ${ACTOR_LABELS[c.actor]}.`,
        createdAt: at("2026-06-18", 10 + i),
      })),
    ])
    .run();
}
