/**
 * What people type in a CSV cell, read back as the domain's codes: each enum's label, its code, and the usual
 * synonyms and abbreviations (kiné, IDE, MSP…), ignoring case and accents.
 */
import {
  AGE_BRACKETS,
  AGE_BRACKET_LABELS,
  DEPARTURE_HORIZONS,
  DEPARTURE_HORIZON_LABELS,
  INTEREST_LABELS,
  INTEREST_LEVELS,
  LINE_SOURCES,
  LINE_SOURCE_LABELS,
  PRACTICE_FORMS,
  PRACTICE_FORM_LABELS,
  PRACTICE_LOCATIONS,
  PRACTICE_LOCATION_LABELS,
  PROFESSIONS,
  PROFESSION_LABELS,
} from "@/lib/domain/enums";
import { normalizeSearch } from "@/lib/text";

/**
 * The spellings of a label written for both genders ("Infirmier·ère", "Assistant·e médical·e"), besides the
 * label itself: the masculine one the app used before ("Infirmier", "Assistant médical") and the one typed
 * without the median point ("Pharmacienne", "Assistante médicale", "Infirmierère"). The other separators
 * ("Infirmier.ère", "Infirmier-ère", "Pharmacien(ne)") read as the label already, punctuation being ignored.
 */
export function genderedSpellings(label: string): string[] {
  if (!label.includes("·")) return [];
  return [label.replace(/·\p{L}+/gu, ""), label.replaceAll("·", "")];
}

/** A lookup from what people type to an enum's code: its label (and its gendered spellings), its code, and the given synonyms. */
function lookup<T extends string>(values: readonly T[], labels: Record<T, string>, synonyms: Partial<Record<T, string[]>> = {}) {
  const map = new Map<string, T>();
  for (const v of values) {
    map.set(normalizeSearch(labels[v]), v);
    for (const s of genderedSpellings(labels[v])) map.set(normalizeSearch(s), v);
    map.set(normalizeSearch(v), v);
    for (const s of synonyms[v] ?? []) map.set(normalizeSearch(s), v);
  }
  return (text: string): T | undefined => map.get(normalizeSearch(text));
}

export const findProfession = lookup(PROFESSIONS, PROFESSION_LABELS, {
  medecin_generaliste: ["généraliste", "médecin", "MG", "médecin traitant", "médecin généraliste libéral"],
  medecin_specialiste: ["spécialiste"],
  chirurgien_dentiste: ["dentiste", "chirurgienne-dentiste"],
  sage_femme: ["sage femme", "maïeuticien", "maïeuticienne"],
  pharmacien: ["pharmacienne", "pharmacien d'officine", "pharmacienne d'officine"],
  infirmier: ["infirmière", "IDE", "IDEL", "infirmier libéral", "infirmière libérale", "infirmier·e"],
  infirmier_pratique_avancee: ["IPA", "infirmière en pratique avancée"],
  masseur_kinesitherapeute: ["kinésithérapeute", "kiné", "kine", "masseuse-kinésithérapeute", "MK"],
  orthophoniste: [],
  orthoptiste: [],
  ergotherapeute: [],
  psychomotricien: ["psychomotricienne"],
  dieteticien: ["diététicienne"],
  pedicure_podologue: ["podologue", "pédicure"],
  psychologue: [],
  assistant_medical: ["assistante médicale"],
  autre: ["autre"],
});
export const findLocation = lookup(PRACTICE_LOCATIONS, PRACTICE_LOCATION_LABELS, {
  commune: ["commune", "sur la commune", "dans la commune"],
  proximite: ["proximité", "à proximité", "commune proche", "commune voisine", "hors commune"],
});
export const findForm = lookup(PRACTICE_FORMS, PRACTICE_FORM_LABELS, {
  isole: ["isolé", "isolée", "seul", "seule", "exercice seul", "cabinet individuel", "officine"],
  cabinet_groupe: ["cabinet de groupe", "groupe", "cabinet"],
  msp: ["MSP", "maison de santé", "maison de santé pluriprofessionnelle"],
  centre_sante: ["centre de santé", "CDS"],
});
export const findAge = lookup(AGE_BRACKETS, AGE_BRACKET_LABELS, {
  moins_40: ["moins de 40", "moins de 40 ans"],
  "40_54": ["40-54", "40 - 54 ans", "40 54 ans"],
  "55_61": ["55-61", "55 - 61 ans", "55 61 ans"],
  "62_plus": ["62 et plus", "62 ans ou plus", "62+", "62 ans +", "plus de 62 ans"],
  inconnu: ["inconnu", "inconnue", "non connu", "?", "NSP"],
});
export const findDeparture = lookup(DEPARTURE_HORIZONS, DEPARTURE_HORIZON_LABELS, {
  moins_2_ans: ["d'ici 2 ans", "moins de 2 ans", "dans moins de 2 ans", "0-2 ans"],
  "2_5_ans": ["2 à 5 ans", "dans 2 à 5 ans", "2-5 ans", "entre 2 et 5 ans"],
  aucun: ["aucun", "pas de départ", "non", "pas de départ prévu"],
  inconnu: ["inconnu", "non connu", "?", "NSP"],
});
export const findInterest = lookup(INTEREST_LEVELS, INTEREST_LABELS, {
  oui: ["intéressé", "intéressée"],
  peut_etre: ["peut être", "peut-etre", "à voir"],
  non: ["pas intéressé", "pas intéressée"],
  non_sollicite: ["pas encore sollicité", "pas encore sollicitée", "non sollicité", "non sollicitée", "pas sollicité"],
});
export const findSource = lookup(LINE_SOURCES, LINE_SOURCE_LABELS, {
  commune: ["commune", "mairie"],
  federation: ["fédération"],
  professionnel: ["professionnel", "confirmé", "confirmée"],
});
