/**
 * Demo: what was said at Marvejols' launch meeting, as a federation's facilitator writes it up (findings, ideas,
 * conditions, key messages: the Fécop's workshop reports), in the frame of the kit's "Conclusion et suites".
 * Professionals appear by profession, never by name: the synthesis travels (a council file, a federation's
 * records). The invitees' answers beforehand, and the next steps the team drew from the leads.
 */
import type { RsvpAnswer } from "@/lib/domain/enums";
import type { SynthesisContent } from "@/lib/synthesis/content";

export type HeldAnswer = {
  answer: RsvpAnswer | null;
  attended: boolean;
  comment?: string;
  situation?: string;
  conditions?: string;
  difficulties?: string;
  expectations?: string;
};

/** Answers and attendance by profession, given in turn to the invitees of that profession (others: no answer, absent). */
export const HELD_ANSWERS: Record<string, HeldAnswer[]> = {
  medecin_generaliste: [
    {
      answer: "oui",
      attended: true,
      situation: "Médecin généraliste en cabinet de groupe en centre-ville depuis 2009 ; départ à la retraite envisagé d'ici deux ans.",
      conditions: "Cabinet à l'étage, sans ascenseur ; une secrétaire à mi-temps partagée avec un confrère.",
      difficulties: "Je ne prends plus de nouveaux patients depuis un an et je ne sais pas à qui confier les miens.",
      expectations: "Que mon départ s'organise au sein d'une équipe plutôt que par une fermeture.",
    },
    {
      answer: "oui",
      attended: true,
      comment: "Je viendrai avec plaisir.",
      situation: "Médecin généraliste, maître de stage : j'accueille un interne chaque semestre.",
      difficulties: "Les internes aiment le territoire mais hésitent à s'installer seuls.",
      expectations: "Montrer aux jeunes médecins qu'on peut travailler ici en équipe.",
    },
  ],
  infirmier: [
    {
      answer: "oui",
      attended: true,
      situation: "Infirmière libérale, cabinet de trois infirmières ; tournées sur Marvejols et les hameaux.",
      conditions: "Beaucoup de route ; pas de local de soins adapté pour les pansements complexes.",
      difficulties: "Les sorties d'hôpital apprises la veille, sans ordonnance ni compte rendu.",
      expectations: "Un moyen simple de joindre les médecins et la pharmacie, et un dossier partagé.",
    },
    { answer: null, attended: true },
  ],
  pharmacien: [
    {
      answer: "oui",
      attended: true,
      comment: "Merci pour l'invitation. La pharmacie peut accueillir une prochaine réunion si besoin.",
      situation: "Pharmacienne titulaire en centre-ville ; je participe au groupe soins non programmés de la CPTS.",
      difficulties: "De plus en plus de demandes de renouvellement d'ordonnances de patients sans médecin traitant.",
    },
  ],
  orthophoniste: [{ answer: "non", attended: false, comment: "Je ne peux pas me libérer ce soir-là, mais je souhaite être tenue informée des suites." }],
  sage_femme: [{ answer: "oui", attended: false, comment: "Je viendrai si mes gardes le permettent." }],
  chirurgien_dentiste: [{ answer: "non", attended: false }],
};

/** The notes of the kit's five agenda items, in order. */
const AGENDA_NOTES = [
  "Claire Fabre a accueilli les participant·es et rappelé le contexte : deux des quatre médecins généralistes de la commune partiront à la retraite d'ici deux ans, et des familles arrivées depuis 2025 n'ont pas de médecin traitant. La commune ne vient pas avec un projet tout fait : « Nous souhaitons vous écouter et voir comment la commune peut faciliter les choses. »\n\nInès Benali a présenté la Fécop, fédération régionale du mouvement AVECsanté : appui méthodologique, expertise de l'exercice coordonné, tiers de confiance entre les professionnel·les et la commune.",
  "Chaque professionnel·le présent·e a décrit sa situation.\n- Médecins généralistes : des patientèles qui grossissent depuis les derniers départs, plus de nouveaux patients acceptés depuis un an ; l'accueil d'internes fonctionne et donne envie à certains de rester.\n- Infirmières libérales : beaucoup de route vers les hameaux, pas de local de soins adapté, des sorties d'hôpital apprises au dernier moment.\n- Pharmacie : de plus en plus de demandes de renouvellement de patients sans médecin traitant ; la pharmacienne participe déjà au groupe soins non programmés de la CPTS.\nToutes et tous disent manquer de temps, et d'un moyen simple de se joindre.",
  "La facilitatrice a partagé l'état des lieux préparé avec la commune : quatre médecins généralistes dont deux proches de la retraite, un cabinet de trois infirmières, deux pharmacies, une orthophoniste avec plus de six mois d'attente pour les enfants, l'hôpital et les urgences à Mende (30 minutes).\n\nLe CCAS relève des renoncements aux soins chez des personnes âgées isolées des hameaux. Des dynamiques existent déjà : un temps d'échange informel entre infirmières, pharmacie et orthophoniste, la CPTS du secteur, un contrat local de santé en préparation avec la communauté de communes.",
  "Les échanges ont été francs. Les professionnel·les ne veulent pas « d'une maison de santé sans équipe » : ils préfèrent commencer par mieux travailler ensemble, puis voir si un lieu commun est utile. La question du temps revient souvent : personne ne veut d'une réunion de plus sans objet précis.",
  "Claire Fabre a remercié les participant·es. Aucune décision n'a été prise, et ce n'était pas l'objet : écouter d'abord. Quatre premières pistes se dégagent (ci-dessous) ; la commune propose une nouvelle rencontre, élargie, et la Fécop d'accompagner la suite.",
];

export const LEADS = [
  "Un temps d'échange mensuel entre infirmières, pharmacie et médecins, à l'officine, autour des sorties d'hôpital et des patients chroniques",
  "Recenser les locaux communaux disponibles pour des permanences ou un secrétariat partagé",
  "Présenter avec la Fécop ce qu'est une équipe de soins coordonnée (ESP, MSP) avant tout projet immobilier",
  "Associer les professionnel·les des communes voisines à la prochaine rencontre",
];

/** Added by the correction published the next day, at the pharmacist's request. */
export const CORRECTION_LEAD = "Faire connaître le transport solidaire du CCAS aux patients des hameaux";

export function heldSynthesis(agenda: { id: number; title: string }[], nextMeetingDay: string): SynthesisContent {
  return {
    agenda: agenda.map((a, i) => ({ agendaItemId: a.id, title: a.title, text: AGENDA_NOTES[i] ?? "" })),
    cooperation:
      "Oui, et elles existent déjà en partie. Infirmières, pharmacienne et médecins souhaitent se coordonner autour des sorties d'hôpital et du suivi des patients chroniques. Les médecins aimeraient partager l'accueil des internes et préparer ensemble l'arrivée d'un·e successeur·e. L'orthophoniste, excusée, a fait savoir qu'elle souhaitait être associée.",
    needs:
      "- Un médecin traitant pour les familles arrivées depuis 2025, et la préparation des départs à la retraite.\n- Un moyen simple et sécurisé de se joindre entre professionnel·les (messagerie sécurisée, dossier partagé).\n- Des délais plus courts en orthophonie pour les enfants.\n- L'accès aux soins des personnes âgées des hameaux.",
    obstacles:
      "- Le temps : chacun·e est déjà au maximum de sa charge de travail.\n- Les locaux : pas de local de soins adapté pour les infirmières, des cabinets anciens et peu accessibles.\n- La crainte d'un projet immobilier décidé sans les professionnel·les : la commune s'est engagée à penser le projet de santé avant le bâtiment.\n- Les financements : les aides existantes (accord conventionnel interprofessionnel, aides à l'installation) sont mal connues.",
    leads: [...LEADS],
    followUp: {
      meeting: true,
      meetingOn: nextMeetingDay,
      support: true,
      other: "Élargir la prochaine rencontre aux professionnel·les de Montrodat, Bourgs-sur-Colagne et Antrenas, et à l'orthophoniste ; la commune envoie les invitations.",
    },
    keyPoints:
      "Écouter d'abord, structurer ensuite : cette rencontre n'avait pas vocation à décider. Les professionnel·les sont prêt·es à travailler ensemble si la démarche part de leurs besoins et respecte leur temps. La commune facilite (salle, locaux, lien avec les partenaires) ; la Fécop accompagne la méthode.",
  };
}

/** Who a next step is given to, as the seed finds them. */
export type StepOwner = { kind: "maire" | "referent" } | { kind: "acteur"; actor: "federation" | "ars" } | { kind: "pharmacien" };

/** The next steps drawn from the leads: `due` and `doneAgo` in days from today; one is overdue. */
export const NEXT_STEPS: { title: string; details: string; lead: string | null; owner: StepOwner; due: number; status: "a_faire" | "en_cours" | "fait"; changedAgo?: number }[] = [
  {
    title: "Réserver la salle du conseil et inviter les professionnel·les à la rencontre élargie",
    details: "Y compris ceux des communes voisines et l'orthophoniste.",
    lead: LEADS[3],
    owner: { kind: "referent" },
    due: -2,
    status: "fait",
    changedAgo: 3,
  },
  {
    title: "Présenter l'exercice coordonné (ESP, MSP) et l'accompagnement de la fédération à la rencontre élargie",
    details: "Un support court, avec des exemples de MSP rurales d'Occitanie.",
    lead: LEADS[2],
    owner: { kind: "acteur", actor: "federation" },
    due: 7,
    status: "en_cours",
    changedAgo: 10,
  },
  {
    title: "Recenser les locaux communaux disponibles en centre-ville",
    details: "Surface, accessibilité, loyer possible : pour des permanences ou un secrétariat partagé.",
    lead: LEADS[1],
    owner: { kind: "maire" },
    due: -4,
    status: "a_faire",
  },
  {
    title: "Organiser à l'officine un premier temps d'échange sur les sorties d'hôpital",
    details: "Infirmières, pharmacie et médecins ; une heure, en fin de journée.",
    lead: LEADS[0],
    owner: { kind: "pharmacien" },
    due: 21,
    status: "a_faire",
  },
  {
    title: "Présenter le zonage et les aides à l'installation des médecins applicables à la commune",
    details: "À l'invitation de la commune, lors de la rencontre élargie ou d'un rendez-vous dédié.",
    lead: null,
    owner: { kind: "acteur", actor: "ars" },
    due: 35,
    status: "a_faire",
  },
];
