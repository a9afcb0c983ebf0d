/**
 * The kit's "Les erreurs fréquentes à éviter" (seeds/000), turned into gentle warnings on the commune's
 * dashboard, each shown only when the data shows the mistake: a real-estate next step while no core team is
 * in sight; no federation accepted after the first 30 days; only doctors invited to the first meeting. Pure:
 * the facts come from `db/workspaces/dashboard-facts.ts`.
 */
import type { FederationRequestStatus } from "@/lib/domain/enums";

export type WarningFacts = {
  /** Day of the mandate (`mandateDay`: 0 on the day it began). */
  day: number;
  coreTeamInSight: boolean;
  /** Open next steps that may be about real estate (the data function pre-selects them; the rule decides). */
  openSteps: readonly { title: string; details: string }[];
  /** Whether a federation ever accepted, and the latest request (null when none was sent). */
  federationAccepted: boolean;
  latestRequest: { status: FederationRequestStatus; federationName: string } | null;
  /** The first meeting with the professionals: its invitees' professions (code, free text or ""), by count. */
  firstMeeting: { title: string; professions: readonly { profession: string; count: number }[] } | null;
};

export type WarningCode = "immobilier_sans_equipe" | "sans_federation" | "que_des_medecins";

export type DashboardWarning = {
  code: WarningCode;
  title: string;
  /** Why it matters, in the kit's words. */
  explanation: string;
  /** What to do now. */
  advice: string;
  /** Where to act, relative to the commune's space ("" is the dashboard itself). */
  link: { path: string; label: string };
};

/** Lower case, without accents, apostrophes straightened: "Bâtiment" → "batiment". */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’ʼ]/g, "'")
    .toLowerCase();
}

/**
 * Real-estate wording, on normalised text. Words with another common sense are matched only in their
 * real-estate use: "locaux" and "local" as a place ("les locaux", "un local", not "partenaires locaux"),
 * "terrain" as land ("un terrain", "terrain à bâtir", not "sur le terrain"), "murs" but not "hors les murs".
 */
const REAL_ESTATE_PATTERNS: readonly RegExp[] = [
  /\bbatiments?\b/,
  /\bimmobili(er|ere|ers|eres)\b/,
  /\bimmeubles?\b/,
  /\bpermis de construire\b/,
  /\bconstru(ire|ction|ctions)( (d'un|d'une|de la|du|des|de|une|un|la|le|les|l'))?( (nouvelle|nouveau|nouveaux|nouvelles|futur|future))? ?(batiment|maison|msp|centre|pole|locaux|local|cabinet|immeuble|extension|logements?)s?\b/,
  /\b(nouvelles?|constructions?) (constructions?|neuves?)\b/,
  /\bmaison de sante (a|en) (construire|construction|amenager|renover)\b/,
  /\btravaux\b/,
  /\bfoncier(e|s|es)?\b/,
  /\b(rehabilit|renov)ations?\b/,
  /\b(rehabiliter|renover|amenager) (le|les|un|des|ce|ces|l') ?(batiment|local|locaux|ancien|ancienne|maison|presbytere|ecole|immeuble|rez)/,
  /\barchitectes?\b/,
  /\b(les|des|de|nos|vos|ces|leurs|aux|en|du|nouveaux|futurs) locaux\b/,
  /\blocaux (medicaux|communaux|professionnels|vacants|disponibles|libres|neufs|municipaux|adaptes)\b/,
  /\b(un|le|du|ce|au|d'un|l'ancien) local\b|\blocal (commercial|communal|professionnel|medical|vacant|disponible|libre)\b/,
  /\b(un|des|ce|ces|nos|deux|les) terrains?\b(?! d'entente)/,
  /\bterrains? (a batir|communal|communaux|constructibles?|disponibles?|viabilises?)\b/,
  /\b(achat|acquisition|acquerir|acheter|vendre|vente|reserver|ceder|cession) (d'un |du |le |un |des |les |de )?(terrain|batiment|immeuble|local|locaux)/,
  /(?<!hors les )\bmurs\b/,
];

/**
 * ASCII pieces that every real-estate wording above contains, for the database to pre-select candidates with
 * LIKE (case-insensitive on ASCII only, hence no accented letter here): the rule then decides on each one.
 */
export const REAL_ESTATE_HINTS = [
  "timent",
  "immobili",
  "immeuble",
  "constru",
  "travaux",
  "foncier",
  "habilit",
  "novation",
  "nover",
  "nager",
  "architect",
  "locaux",
  "local",
  "terrain",
  "murs",
] as const;

export function mentionsRealEstate(text: string): boolean {
  const t = normalize(text);
  return REAL_ESTATE_PATTERNS.some((p) => p.test(t));
}

/** A doctor, by the invitee's profession: a code of the list, or free text such as "Médecin du sport". */
export function isDoctor(profession: string): boolean {
  const p = normalize(profession.trim());
  return p === "medecin_generaliste" || p === "medecin_specialiste" || /^medecins?\b/.test(p) || /^dr\b/.test(p);
}

/** How many days of the mandate pass before "no federation" becomes a warning (the kit: within 30 days). */
export const FEDERATION_WARNING_DAY = 30;

/** The warnings the data shows, in the kit's order; none when all is well. */
export function dashboardWarnings(f: WarningFacts): DashboardWarning[] {
  const warnings: DashboardWarning[] = [];

  const realEstate = f.openSteps.filter((s) => mentionsRealEstate(`${s.title}\n${s.details}`));
  if (realEstate.length > 0 && !f.coreTeamInSight) {
    const named = realEstate.slice(0, 2).map((s) => `« ${s.title} »`);
    warnings.push({
      code: "immobilier_sans_equipe",
      title: "Un projet immobilier avant l'équipe",
      explanation: `${realEstate.length > 1 ? "Des prochaines étapes parlent" : "Une prochaine étape parle"} de locaux ou de bâtiment (${named.join(", ")}${realEstate.length > 2 ? "…" : ""}) alors qu'aucune équipe cœur n'est encore en vue. Le kit le rappelle : construire des murs sans équipe, c'est prendre un risque politique et financier ; les jeunes professionnels choisissent une équipe, pas un bâtiment vide.`,
      advice: "Réunissez d'abord les professionnels intéressés (au moins deux médecins généralistes et un professionnel paramédical) ; le bâtiment viendra au service de leur projet.",
      link: { path: "/etat-des-lieux", label: "Voir l'état des lieux" },
    });
  }

  if (!f.federationAccepted && f.day >= FEDERATION_WARNING_DAY) {
    const r = f.latestRequest;
    const pending = r?.status === "pending";
    const where =
      r?.status === "pending"
        ? `la demande adressée à la ${r.federationName} attend toujours sa réponse`
        : r?.status === "declined"
          ? `la ${r.federationName} a décliné la demande`
          : "aucune fédération n'a encore été sollicitée";
    warnings.push({
      code: "sans_federation",
      title: "Pas encore d'accompagnement par la fédération régionale",
      explanation: `${f.day + 1}e jour du mandat, et ${where}. Le kit conseille de prendre contact dans les 30 premiers jours : s'engager seul, sans accompagnement, fait partie des erreurs fréquentes.`,
      advice: pending
        ? "Relancez la fédération par téléphone ou par e-mail : ses coordonnées sont sur la page de la demande."
        : "Adressez une demande à la fédération régionale : elle aide à structurer la démarche et à réunir les professionnels.",
      link: { path: "/federation", label: pending ? "Voir la demande et les contacts" : "Solliciter la fédération" },
    });
  }

  const known = f.firstMeeting?.professions.filter((p) => p.profession.trim() !== "") ?? [];
  const invited = known.reduce((n, p) => n + p.count, 0);
  if (f.firstMeeting && invited >= 2 && known.every((p) => isDoctor(p.profession))) {
    warnings.push({
      code: "que_des_medecins",
      title: "Seulement des médecins invités à la première rencontre",
      explanation: `Les ${invited} personnes invitées à « ${f.firstMeeting.title} » sont toutes médecins. Chercher uniquement des médecins sans penser aux autres professionnels de santé fait partie des erreurs fréquentes : une maison de santé repose sur une équipe pluriprofessionnelle.`,
      advice: "Invitez aussi les infirmiers, pharmaciens, kinésithérapeutes, sages-femmes et autres professionnels de l'état des lieux.",
      link: { path: "/reunions", label: "Voir les réunions" },
    });
  }
  return warnings;
}
