/**
 * The 100-day checklist of the AVECsanté kit ("La check list des 100 premiers jours", seeds/000): its three
 * phases and eleven items, in the kit's order. The kit dates each item only by its phase, so each one is due
 * on its phase's last day, counted from the mandate's start. Titles are the landing page's short forms of the
 * kit's headings; explanations sum up the kit's text under them. Codes are stable: progress is stored by code.
 */

export const CHECKLIST_PHASES = [
  {
    code: "30_jours",
    firstDay: 0,
    lastDay: 30,
    label: "Jours 0 à 30",
    title: "Installer les bases et bien s'entourer",
    explanation: "Poser des bases solides dès le début du mandat, en s'entourant des bons interlocuteurs et en objectivant la situation locale.",
  },
  {
    code: "30_60_jours",
    firstDay: 30,
    lastDay: 60,
    label: "Jours 30 à 60",
    title: "Passer du diagnostic à l'action",
    explanation: "Une fois l'état des lieux réalisé, engager une dynamique collective et structurer les premières étapes du projet.",
  },
  {
    code: "60_100_jours",
    firstDay: 60,
    lastDay: 100,
    label: "Jours 60 à 100",
    title: "Structurer et consolider la démarche",
    explanation: "Ancrer le projet dans la durée.",
  },
] as const;

export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number]["code"];

export type ChecklistItem = {
  /** Stable code, French snake_case. */
  code: string;
  phase: ChecklistPhase;
  /** Due on this day of the mandate (day 0 is the day it began). */
  dueDay: number;
  title: string;
  explanation: string;
};

export const CHECKLIST_ITEMS = [
  {
    code: "contacter_federation",
    phase: "30_jours",
    dueDay: 30,
    title: "Prendre contact avec la fédération régionale adhérente à AVECsanté",
    explanation: "Elle apporte un appui méthodologique et aide à structurer la démarche, en lien avec les réalités du terrain.",
  },
  {
    code: "designer_referent_sante",
    phase: "30_jours",
    dueDay: 30,
    title: "Désigner un référent santé à la mairie : un élu, un agent ou un binôme",
    explanation:
      "Interlocuteur privilégié de la fédération, des professionnels de santé, des partenaires locaux et des institutions, il assure le suivi dans la durée et facilite la coordination.",
  },
  {
    code: "etat_des_lieux",
    phase: "30_jours",
    dueDay: 30,
    title: "Dresser un premier état des lieux de l'offre de santé, avec l'appui de la fédération",
    explanation:
      "Professionnels présents et à proximité, leur âge et leurs départs prévus, dynamiques et offres existantes, besoins des habitants : la base d'un projet de santé réaliste, pour éviter les décisions précipitées.",
  },
  {
    code: "premiere_rencontre",
    phase: "30_60_jours",
    dueDay: 60,
    title: "Organiser une première rencontre informelle avec les professionnels de santé",
    explanation:
      "Avec la fédération régionale comme facilitatrice : un premier espace d'échange, pour partager les constats de l'état des lieux et identifier les attentes et les motivations des professionnels.",
  },
  {
    code: "lieu_de_rencontre",
    phase: "30_60_jours",
    dueDay: 60,
    title: "Mettre à leur disposition un lieu de rencontre régulier",
    explanation: "Un espace dédié aux échanges, proposé par la mairie : un point d'ancrage pour faire émerger une dynamique collective, premier pas vers l'équipe.",
  },
  {
    code: "premieres_etapes",
    phase: "30_60_jours",
    dueDay: 60,
    title: "Fixer des premières étapes et des objectifs réalistes",
    explanation: "Avec l'appui de la fédération : clarifier une trajectoire, fixer des objectifs atteignables, avancer progressivement selon les ressources du territoire.",
  },
  {
    code: "valoriser_existant",
    phase: "30_60_jours",
    dueDay: 60,
    title: "Valoriser l'existant et informer les habitants de la démarche",
    explanation: "Mettre en lumière les initiatives déjà présentes, informer les habitants de la démarche engagée, renforcer la visibilité et la confiance autour du projet.",
  },
  {
    code: "structurer_demarche",
    phase: "60_100_jours",
    dueDay: 100,
    title: "Soutenir la dynamique de l'équipe pluriprofessionnelle, avec un calendrier progressif",
    explanation: "Avec la fédération régionale, accompagner la démarche collective dans la durée : un calendrier progressif et des étapes claires.",
  },
  {
    code: "roles_de_chacun",
    phase: "60_100_jours",
    dueDay: 100,
    title: "Clarifier le rôle de chacun : commune, professionnels, fédération, ARS, CPAM…",
    explanation: "Co-définir les responsabilités de la commune, des professionnels de santé, de la fédération régionale et des partenaires locaux et institutionnels.",
  },
  {
    code: "associer_partenaires",
    phase: "60_100_jours",
    dueDay: 100,
    title: "Associer l'intercommunalité et les acteurs sociaux",
    explanation: "Les partenaires de la commune renforcent la cohérence et l'ancrage du projet.",
  },
  {
    code: "communiquer_habitants",
    phase: "60_100_jours",
    dueDay: 100,
    title: "Communiquer auprès des habitants",
    explanation: "Informer sur la démarche engagée renforce la confiance, valorise les professionnels et donne de la visibilité au projet.",
  },
] as const satisfies readonly ChecklistItem[];

export type ChecklistCode = (typeof CHECKLIST_ITEMS)[number]["code"];

/** The phases in order, each with its items in the kit's order. */
export function checklistByPhase() {
  return CHECKLIST_PHASES.map((phase) => ({ ...phase, items: CHECKLIST_ITEMS.filter((i) => i.phase === phase.code) }));
}
