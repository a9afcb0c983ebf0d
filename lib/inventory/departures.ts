/**
 * Planned departures, for any group of professionals (the general practitioners, one profession, everybody):
 * counts and the plain sentence that says them. "Within 5 years" always includes "within 2 years": a person
 * leaving next year also leaves within five years, so the two counts are never added together.
 */
import type { DepartureHorizon } from "@/lib/domain/enums";

export type Departures = {
  total: number;
  /** Planned within 2 years. */
  leavingWithin2: number;
  /** Planned within 5 years, those within 2 years included. */
  leavingWithin5: number;
  /** Plans not known ("inconnu"). */
  unknown: number;
};

export const NO_DEPARTURES: Departures = { total: 0, leavingWithin2: 0, leavingWithin5: 0, unknown: 0 };

/** Adds `lines` lines of one departure horizon to `d` (in place). */
export function addDepartures(d: Departures, departure: DepartureHorizon | null, lines = 1): Departures {
  d.total += lines;
  if (departure === "moins_2_ans") d.leavingWithin2 += lines;
  if (departure === "moins_2_ans" || departure === "2_5_ans") d.leavingWithin5 += lines;
  if (departure === "inconnu" || departure === null) d.unknown += lines;
  return d;
}

/** How the group is named: "médecin généraliste" / "médecins généralistes", and the sentence when it is empty. */
export type Nouns = { one: string; many: string; none: string };

export const GP_NOUNS: Nouns = { one: "médecin généraliste", many: "médecins généralistes", none: "Aucun médecin généraliste n'est recensé." };
export const PROFESSIONAL_NOUNS: Nouns = { one: "professionnel", many: "professionnels", none: "Aucun professionnel recensé." };

/**
 * "2 des 5 médecins généralistes prévoient de partir d'ici 5 ans, dont 1 d'ici 2 ans." and its variants: nobody,
 * everybody, only later departures, only departures within 2 years, and the people whose plans are not known.
 */
export function departureSentence(d: Departures, n: Nouns): string {
  const { total, leavingWithin2: w2, leavingWithin5: w5, unknown } = d;
  if (total === 0) return n.none;
  if (unknown === total) {
    return total === 1 ? `Les projets de départ du ${n.one} recensé ne sont pas connus.` : `Les projets de départ des ${total} ${n.many} ne sont pas connus.`;
  }
  let sentence: string;
  if (w5 === 0) {
    sentence = total === 1 ? `Le ${n.one} recensé ne prévoit pas de partir d'ici 5 ans.` : `Aucun des ${total} ${n.many} ne prévoit de partir d'ici 5 ans.`;
  } else {
    const subject = w5 < total ? `${w5} des ${total} ${n.many}` : total === 1 ? `Le ${n.one} recensé` : `Les ${total} ${n.many}`;
    const verb = w5 > 1 ? "prévoient" : "prévoit";
    if (w2 === w5) {
      // Everyone leaving within 5 years leaves within 2: say so, and that nobody else is known to leave.
      const others = total - unknown - w5;
      sentence = `${subject} ${verb} de partir d'ici 2 ans${others > 0 ? ", aucun autre d'ici 5 ans" : ""}.`;
    } else if (w2 === 0) {
      sentence = `${subject} ${verb} de partir d'ici 5 ans, mais ${w5 === 1 ? "pas" : "aucun"} d'ici 2 ans.`;
    } else {
      sentence = `${subject} ${verb} de partir d'ici 5 ans, dont ${w2} d'ici 2 ans.`;
    }
  }
  if (unknown > 0) sentence += ` Les projets de départ de ${unknown} ${unknown > 1 ? n.many : n.one} ne sont pas connus.`;
  return sentence;
}

/** One profession in the list of departures: "Infirmier·ère : 1 d'ici 5 ans, dont 1 d'ici 2 ans". */
export function professionDepartureItem(label: string, d: Pick<Departures, "leavingWithin2" | "leavingWithin5">): string {
  return `${label} : ${d.leavingWithin5} d'ici 5 ans, dont ${d.leavingWithin2} d'ici 2 ans`;
}
