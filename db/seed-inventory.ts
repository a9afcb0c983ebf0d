/**
 * The demo commune's inventory (Marvejols, Lozère): the professionals of the commune and around it, and what the
 * municipal team and the Fécop's facilitator noted about needs, opportunities, dynamics and existing offers.
 * Fictional people; the situation is the one of the mayor's request (two of four GPs leaving within two years,
 * nurses and the pharmacist keen to work together). Called by seedDemo inside its transaction.
 */
import { historyEvents, inventoryNotes, professionals } from "./schema";
import type { ProfessionalInput } from "@/lib/validation/inventory";
import type { NoteTheme } from "@/lib/domain/enums";

import type { Tx } from "./context";

const at = (iso: string, hour = 10) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00+02:00`);

const MONTRODAT = "48103";
const BOURGS_SUR_COLAGNE = "48099";
const ANTRENAS = "48005";

type Line = Partial<ProfessionalInput> & Pick<ProfessionalInput, "profession" | "practiceForm" | "ageBracket" | "departure" | "interest"> & { by: "maire" | "referent" | "facilitatrice" };

const LINES: Line[] = [
  { by: "referent", profession: "medecin_generaliste", name: "Dr Jean-Pierre Causse", practiceForm: "isole", ageBracket: "62_plus", departure: "moins_2_ans", interest: "peut_etre", phone: "04 66 32 10 21", note: "Cherche un successeur pour sa patientèle ; prêt à accompagner un jeune médecin pendant la transition." },
  { by: "referent", profession: "medecin_generaliste", name: "Dr Hélène Vidal", practiceForm: "cabinet_groupe", ageBracket: "62_plus", departure: "moins_2_ans", interest: "oui", email: "h.vidal@cabinet-soubeyran.test", note: "Souhaite que son départ s'organise au sein d'une équipe plutôt que de fermer le cabinet." },
  { by: "referent", profession: "medecin_generaliste", name: "Dr Karim Haddad", practiceForm: "cabinet_groupe", ageBracket: "40_54", departure: "aucun", interest: "oui", email: "k.haddad@cabinet-soubeyran.test", phone: "04 66 32 10 22", note: "Maître de stage, accueille un interne par semestre." },
  { by: "facilitatrice", profession: "medecin_generaliste", name: "Dr Sophie Barthélemy", practiceLocation: "proximite", practiceCommuneCode: BOURGS_SUR_COLAGNE, practiceForm: "isole", ageBracket: "moins_40", departure: "aucun", interest: "non_sollicite" },
  { by: "referent", profession: "infirmier", name: "Marie Pagès", practiceForm: "cabinet_groupe", ageBracket: "40_54", departure: "aucun", interest: "oui", email: "marie.pages@idel-marvejols.test", phone: "06 12 45 78 90" },
  { by: "referent", profession: "infirmier", name: "Lucie Chabrol", practiceForm: "cabinet_groupe", ageBracket: "moins_40", departure: "aucun", interest: "oui", email: "lucie.chabrol@idel-marvejols.test" },
  { by: "facilitatrice", profession: "infirmier", name: null, practiceLocation: "proximite", practiceCommuneCode: MONTRODAT, practiceForm: "isole", ageBracket: "inconnu", departure: "inconnu", interest: "non_sollicite", note: "Signalé par la pharmacie ; coordonnées à trouver." },
  { by: "maire", profession: "pharmacien", name: "Nathalie Rouvière", practiceForm: "isole", ageBracket: "55_61", departure: "2_5_ans", interest: "oui", email: "pharmacie.rouviere@officine.test", phone: "04 66 32 05 40", note: "Participe aux groupes de travail de la CPTS ; propose de réunir les infirmières à l'officine." },
  { by: "referent", profession: "masseur_kinesitherapeute", name: "Pierre Astruc", practiceForm: "isole", ageBracket: "62_plus", departure: "2_5_ans", interest: "peut_etre" },
  { by: "referent", profession: "orthophoniste", name: "Camille Boyer", practiceForm: "isole", ageBracket: "moins_40", departure: "aucun", interest: "oui", email: "camille.boyer@ortho.test", note: "Liste d'attente de plus de six mois, surtout pour les enfants." },
  { by: "maire", profession: "chirurgien_dentiste", name: "Dr Élodie Crespin", practiceForm: "cabinet_groupe", ageBracket: "40_54", departure: "aucun", interest: "non" },
  { by: "facilitatrice", profession: "sage_femme", name: "Julie Mercadier", practiceLocation: "proximite", practiceCommuneCode: ANTRENAS, practiceForm: "isole", ageBracket: "40_54", departure: "aucun", interest: "peut_etre" },
  { by: "facilitatrice", profession: "autre", professionOther: "Ostéopathe", name: "Thomas Serre", practiceForm: "isole", ageBracket: "moins_40", departure: "aucun", interest: "non_sollicite" },
];

const NOTES: { by: "maire" | "referent" | "facilitatrice"; theme: NoteTheme; text: string; tags: string[] }[] = [
  { by: "referent", theme: "besoins", text: "Les habitants signalent trois à quatre semaines d'attente pour voir un généraliste ; plusieurs familles arrivées en 2025 n'ont pas de médecin traitant.", tags: ["sans_medecin_traitant", "delais"] },
  { by: "maire", theme: "besoins", text: "Le CCAS relève des renoncements aux soins chez des personnes âgées isolées des hameaux, faute de transport vers Mende.", tags: ["personnes_agees", "mobilite", "renoncement"] },
  { by: "facilitatrice", theme: "besoins", text: "Le collège et la PMI signalent des besoins en orthophonie et en santé mentale des adolescents.", tags: ["enfants", "jeunes", "sante_mentale"] },
  { by: "facilitatrice", theme: "opportunites", text: "Les infirmières du cabinet de la place du Soubeyran, la pharmacienne et l'orthophoniste se retrouvent déjà une fois par mois pour parler de patients communs.", tags: ["professionnels_motives", "dynamique_emergente"] },
  { by: "referent", theme: "opportunites", text: "Le Dr Haddad accueille un interne chaque semestre ; un ancien interne envisage de s'installer en Lozère.", tags: ["accueil_etudiants", "installation"] },
  { by: "facilitatrice", theme: "dynamiques", text: "Une CPTS couvre le secteur : la pharmacienne participe à son groupe sur les soins non programmés.", tags: ["cpts", "cooperation"] },
  { by: "maire", theme: "dynamiques", text: "Contrat local de santé en préparation avec la communauté de communes ; premier comité prévu à l'automne.", tags: ["cls", "intercommunalite", "projet_en_cours"] },
  { by: "referent", theme: "offres", text: "Deux pharmacies, un EHPAD de 80 places et un SSIAD sur la commune ; le CCAS organise un transport solidaire le mardi.", tags: ["pharmacie", "ehpad", "ssiad", "ccas", "transport"] },
  { by: "facilitatrice", theme: "offres", text: "Centre hospitalier et urgences à Mende (30 minutes) ; laboratoire d'analyses en centre-ville.", tags: ["hopital", "urgences", "laboratoire"] },
];

export function seedInventory(tx: Tx, workspaceId: number, userIds: { maire: string; referent: string; facilitatrice: string }) {
  const days = ["2026-04-09", "2026-04-10", "2026-04-14", "2026-04-15"];
  tx.insert(professionals)
    .values(
      LINES.map(({ by, ...l }, i) => {
        const when = at(days[Math.min(days.length - 1, Math.floor(i / 4))], 9 + (i % 4));
        return {
          workspaceId,
          profession: l.profession,
          professionOther: l.professionOther ?? null,
          name: l.name ?? null,
          practiceLocation: l.practiceLocation ?? "commune",
          practiceCommuneCode: l.practiceCommuneCode ?? null,
          practiceForm: l.practiceForm,
          ageBracket: l.ageBracket,
          departure: l.departure,
          interest: l.interest,
          email: l.email ?? null,
          phone: l.phone ?? null,
          note: l.note ?? null,
          source: by === "facilitatrice" ? ("federation" as const) : ("commune" as const),
          createdBy: userIds[by],
          updatedBy: userIds[by],
          createdAt: when,
          updatedAt: when,
        };
      }),
    )
    .run();
  tx.insert(inventoryNotes)
    .values(
      NOTES.map((n, i) => {
        const when = at("2026-04-16", 9 + (i % 8));
        return { workspaceId, theme: n.theme, text: n.text, tags: n.tags, createdBy: userIds[n.by], updatedBy: userIds[n.by], createdAt: when, updatedAt: when };
      }),
    )
    .run();
  const count = (by: Line["by"]) => LINES.filter((l) => l.by === by).length;
  tx.insert(historyEvents)
    .values([
      { workspaceId, actorId: userIds.referent, action: "inventory.professional_added", summary: `Thomas Rouquette a commencé l'état des lieux : ${count("referent")} professionnels ajoutés.`, createdAt: at("2026-04-09", 18) },
      { workspaceId, actorId: userIds.maire, action: "inventory.professional_added", summary: `Claire Fabre a ajouté ${count("maire")} professionnels à l'état des lieux.`, createdAt: at("2026-04-10", 18) },
      { workspaceId, actorId: userIds.facilitatrice, action: "inventory.professional_added", summary: `Inès Benali a ajouté ${count("facilitatrice")} professionnels des environs à l'état des lieux.`, createdAt: at("2026-04-15", 18) },
      { workspaceId, actorId: userIds.referent, action: "inventory.note_added", summary: `L'équipe municipale et Inès Benali ont noté les besoins des habitants, les opportunités, les dynamiques et les offres existantes (${NOTES.length} notes).`, createdAt: at("2026-04-16", 18) },
    ])
    .run();
}
