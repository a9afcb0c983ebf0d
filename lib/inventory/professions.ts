import { PROFESSIONS, PROFESSION_LABELS, type Profession } from "@/lib/domain/enums";

/**
 * The "auxiliaires médicaux" of the Code de la santé publique (book III of its fourth part) among our
 * professions: an MSP needs at least two doctors and one of them (art. L6323-3). Pharmacists, dentists,
 * midwives and psychologists belong to a team but are not paramedical in that sense.
 */
export const PARAMEDICAL_PROFESSIONS: readonly Profession[] = [
  "infirmier",
  "infirmier_pratique_avancee",
  "masseur_kinesitherapeute",
  "orthophoniste",
  "orthoptiste",
  "ergotherapeute",
  "psychomotricien",
  "dieteticien",
  "pedicure_podologue",
];

export function isParamedical(p: Profession): boolean {
  return PARAMEDICAL_PROFESSIONS.includes(p);
}

/** The profession as shown: the list's label, or the typed one for "autre". */
export function professionLabel(p: Profession, other?: string | null): string {
  if (p === "autre") return other?.trim() ? other.trim() : PROFESSION_LABELS.autre;
  return PROFESSION_LABELS[p];
}

/** "Anne Martin (médecin généraliste)", or "Infirmier·ère (fiche anonyme)": how a line is named in history and e-mails. */
export function lineTitle(line: { name: string | null; profession: Profession; professionOther?: string | null }): string {
  const label = professionLabel(line.profession, line.professionOther);
  return line.name ? `${line.name} (${label.toLowerCase()})` : `${label} (fiche anonyme)`;
}

/** The list's order, for sorting lines and counts. */
export const professionRank = (p: Profession) => PROFESSIONS.indexOf(p);
