/**
 * Demo: a few checklist items of Marvejols set by hand, so that the "Les 100 jours" page shows a realistic
 * mix beside the items that ticked themselves — one in progress carried by the référent, one to do given to
 * the mayor, and the first meeting (ticked by the facts) followed up by the facilitator, with their notes.
 */
import type { Tx } from "./context";
import { systemNow } from "./clock";
import { checklistItems, historyEvents } from "./schema";
import type { DemoTeam } from "./seed-synthesis";
import type { ChecklistCode } from "@/lib/checklist/items";
import type { ChecklistStatus } from "@/lib/domain/enums";

const DAY = 24 * 60 * 60 * 1000;

type DemoItem = { code: ChecklistCode; status: ChecklistStatus; owner: keyof DemoTeam; by: keyof DemoTeam; daysAgo: number; note: string; summary: string };

const NAMES: Record<keyof DemoTeam, string> = { maire: "Claire Fabre", referent: "Thomas Rouquette", facilitatrice: "Inès Benali" };

const ITEMS: DemoItem[] = [
  {
    code: "premiere_rencontre",
    status: "a_faire",
    owner: "facilitatrice",
    by: "referent",
    daysAgo: 25,
    note: "Inès envoie la synthèse aux présents et aux excusés ; une deuxième rencontre est prévue.",
    summary: "« Organiser une première rencontre informelle avec les professionnels de santé » dans la check-list des 100 jours (confié à Inès Benali, note ajoutée)",
  },
  {
    code: "valoriser_existant",
    status: "en_cours",
    owner: "referent",
    by: "referent",
    daysAgo: 12,
    note: "Article prévu dans le bulletin municipal de janvier ; présentation de la démarche au marché du samedi avec la pharmacienne.",
    summary: "« Valoriser l'existant et informer les habitants de la démarche » dans la check-list des 100 jours (statut : « À faire » → « En cours », confié à Thomas Rouquette, note ajoutée)",
  },
  {
    code: "associer_partenaires",
    status: "a_faire",
    owner: "maire",
    by: "maire",
    daysAgo: 6,
    note: "Rendez-vous à prendre avec la communauté de communes du Gévaudan et le CCAS.",
    summary: "« Associer l'intercommunalité et les acteurs sociaux » dans la check-list des 100 jours (confié à Claire Fabre, note ajoutée)",
  },
];

export function seedChecklist(tx: Tx, workspaceId: number, team: DemoTeam, clock: Date = systemNow()) {
  for (const i of ITEMS) {
    const at = new Date(clock.getTime() - i.daysAgo * DAY);
    tx.insert(checklistItems).values({ workspaceId, code: i.code, status: i.status, ownerId: team[i.owner], note: i.note, version: 1, updatedBy: team[i.by], updatedAt: at }).run();
    tx.insert(historyEvents)
      .values({ workspaceId, actorId: team[i.by], action: "checklist.item_updated", summary: `${NAMES[i.by]} a mis à jour ${i.summary}.`, createdAt: at })
      .run();
  }
}
