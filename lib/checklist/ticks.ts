/**
 * In words, for the checklist page: when each automatic item ticks itself (the rules are in rules.ts's
 * AUTOMATIC table; ticks.test.ts keeps the two lists the same).
 */
import type { ChecklistCode } from "./items";

export const TICKS_WHEN: Partial<Record<ChecklistCode, string>> = {
  contacter_federation: "quand une fédération accepte la demande d'accompagnement de la commune",
  designer_referent_sante: "quand un·e référent·e santé accepte sa désignation",
  etat_des_lieux: "quand l'état des lieux compte au moins trois professionnels et qu'une fédération accompagne la commune (elle le voit)",
  premiere_rencontre: "quand une première réunion avec les professionnels est marquée comme tenue",
  lieu_de_rencontre: "quand le lieu de rencontre régulier est enregistré sur cette page",
  premieres_etapes: "dès qu'une prochaine étape est définie",
  roles_de_chacun: "quand les rôles de la commune, des professionnels et de la fédération sont écrits dans « Qui fait quoi »",
};
