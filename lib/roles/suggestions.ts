/**
 * "Qui fait quoi": what the kit suggests each actor takes on, drawn from the kit of the 100 first days
 * (seed 000: the mayor's compass, the federation's role, the référent's sheet, the frequent mistakes) and from
 * the ministry's leaflet "Élu(e)s, soyez facilitateurs des MSP" (seed 001). Shown while an actor's
 * responsibilities are not written yet; "Reprendre cette proposition" puts them in the form as a starting point.
 */
import type { Actor } from "@/lib/domain/enums";

export type Suggestion = { items: readonly string[]; source: string };

const KIT = "Kit des 100 premiers jours (AVECsanté)";
const LEAFLET = "« Élu(e)s, soyez facilitateurs des MSP » (ministère de la Santé, Assurance Maladie, AVECsanté)";
const BOTH = `${KIT} et ${LEAFLET}`;

export const ROLE_SUGGESTIONS: Record<Actor, Suggestion> = {
  commune: {
    source: BOTH,
    items: [
      "Contacter la fédération régionale et désigner un référent santé dans les 30 premiers jours",
      "Faciliter, relier et soutenir : mettre les acteurs autour de la table, sans porter seule la solution",
      "Organiser des réunions ou des tables rondes entre professionnels, en prêtant des salles municipales",
      "Mettre les professionnels en relation avec la délégation départementale de l'ARS, l'Assurance Maladie, la MSA et la fédération régionale",
      "Une fois l'équipe constituée : faciliter l'accès à des locaux adaptés, avec des loyers adaptés et stables",
      "Faciliter l'accès aux financements (FMIS, CPER, dotations territoriales) et les démarches administratives",
      "Proposer des logements aux étudiants et aux internes",
      "Informer les habitants et valoriser les initiatives existantes",
    ],
  },
  professionnels: {
    source: BOTH,
    items: [
      "Se choisir en équipe et définir ensemble un projet de santé à partir des besoins du territoire",
      "Exprimer leurs attentes, leurs besoins et leurs envies de coopération lors des rencontres",
      "Travailler de manière coordonnée pour offrir des soins de proximité, la prévention et le suivi des patients",
      "Intégrer au projet le cadre juridique, le projet immobilier et le modèle économique",
      "Adhérer à l'accord conventionnel interprofessionnel (ACI) de l'Assurance Maladie, qui finance le travail en équipe",
      "S'ouvrir aux réseaux du territoire : CPTS, EHPAD, hôpitaux de proximité",
    ],
  },
  federation: {
    source: BOTH,
    items: [
      "Aider à comprendre ce qu'est (et n'est pas) une MSP",
      "Identifier des étapes réalistes pour la commune et partager les expériences de communes proches",
      "Faciliter les premiers échanges avec les professionnels de santé, en tiers de confiance et en appui méthodologique",
      "Aider à identifier les bons interlocuteurs et créer du lien avec les institutions (ARS, CPAM…)",
      "Limiter les projets « bâtiments vides »",
      "Aider l'équipe à élaborer son projet de santé, avec un appui technique sur les aspects organisationnels et juridiques",
    ],
  },
  ars: {
    source: BOTH,
    items: [
      "Par sa délégation départementale, soutenir l'ingénierie du projet : appui technique et organisationnel",
      "Valider le projet de santé de l'équipe et reconnaître la MSP",
      "Coordonner son accompagnement avec l'Assurance Maladie, la MSA et la fédération régionale",
    ],
  },
  cpam: {
    source: LEAFLET,
    items: [
      "Apporter un soutien technique et organisationnel au projet, en coordination avec l'ARS, la MSA et la fédération régionale",
      "Présenter l'accord conventionnel interprofessionnel (ACI), qui soutient financièrement le travail en équipe",
    ],
  },
  msa: {
    source: LEAFLET,
    items: [
      "Soutenir l'ingénierie du projet aux côtés de l'Assurance Maladie, pour le régime agricole",
      "Apporter un soutien technique et organisationnel, en coordination avec l'ARS, la CPAM et la fédération régionale",
    ],
  },
  intercommunalite: {
    source: BOTH,
    items: [
      "Être associée à la démarche pour en renforcer la cohérence et l'ancrage, sans être seule à régler la question",
      "Inscrire le projet, et le choix d'un site s'il en faut un, dans l'aménagement du territoire",
      "Encourager la prise en compte des projets voisins et le cofinancement",
    ],
  },
  ccas: {
    source: KIT,
    items: [
      "Apporter le lien social : une approche globale de la santé, au-delà du soin",
      "Être mobilisé par le référent santé avec les associations et les acteurs de prévention",
      "Coopérer avec l'équipe de santé, qui peut devenir un point d'appui de ces coopérations",
    ],
  },
  cpts: {
    source: LEAFLET,
    items: [
      "Accueillir l'équipe dans un réseau plus large du territoire, avec les EHPAD et les hôpitaux de proximité",
      "Favoriser une approche globale de la santé sur le territoire",
    ],
  },
  cls: {
    source: KIT,
    items: ["Un dispositif existant que le référent santé aide à comprendre et à relier au projet de la commune"],
  },
  acteurs_sociaux: {
    source: BOTH,
    items: [
      "Ne pas être oubliés : les acteurs engagés dans le lien social construisent une approche globale de la santé",
      "Nouer des partenariats avec l'équipe de santé : écoles, associations, actions de prévention",
    ],
  },
  autre_partenaire: {
    source: LEAFLET,
    items: [
      "Associations de patients, unions régionales des professionnels de santé : d'autres partenaires locaux à mobiliser",
      "Banque des territoires : un partenaire possible pour cofinancer l'ingénierie du projet",
    ],
  },
};

/** The proposal as the form's starting text: one line per item. */
export function suggestionText(actor: Actor): string {
  return ROLE_SUGGESTIONS[actor].items.map((i) => `- ${i}`).join("\n");
}
