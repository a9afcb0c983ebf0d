/** The kit's words for the first meeting (annex "Trame première réunion"), shown while preparing it. */

export const MEETING_OBJECTIVES = [
  "Donner la parole aux professionnels de santé",
  "Créer un climat de confiance, avec l'appui de la fédération régionale",
  "Partager un premier état des lieux du territoire",
  "Identifier les attentes, besoins et éventuelles envies de coopération",
] as const;

export const MEETING_PURPOSE = "Il ne s'agit pas de décider, mais d'engager une réflexion collective.";

export const MAYOR_POSTURE = {
  favour: [
    "Être dans une posture d'écoute active",
    "Partir des réalités et attentes des professionnels",
    "Se positionner comme accompagnateur",
    "Laisser la place à l'expression de chacun",
  ],
  avoid: [
    "Arriver avec une solution ou un projet « clé en main »",
    "Imposer une organisation",
    "Focaliser la discussion sur un projet immobilier",
    "Donner des engagements irréalistes",
  ],
} as const;

export const FEDERATION_POSTURE = [
  "Expertise sur le développement et le suivi des maisons de santé pluriprofessionnelles",
  "Facilitation des échanges",
  "Appui méthodologique",
  "Tiers de confiance",
] as const;

export const KEY_MESSAGES = ["Écouter d'abord.", "Structurer ensuite.", "Construire ensemble avec la fédération régionale."] as const;

/** The round-table questions an invitee may answer beforehand (the kit's "Tour de table"). */
export const ROUND_TABLE_FIELDS = [
  { name: "situation", label: "Votre situation actuelle", hint: "Votre exercice aujourd'hui : où, seul·e ou à plusieurs, depuis quand." },
  { name: "conditions", label: "Vos conditions d'exercice", hint: "Locaux, horaires, secrétariat, liens avec les autres professionnels…" },
  { name: "difficulties", label: "Les difficultés rencontrées", hint: "Ce qui vous pèse ou vous freine." },
  { name: "expectations", label: "Vos éventuelles attentes", hint: "Ce que vous attendez de la commune, de la fédération ou d'un travail en équipe." },
] as const;
export type RoundTableField = (typeof ROUND_TABLE_FIELDS)[number]["name"];
