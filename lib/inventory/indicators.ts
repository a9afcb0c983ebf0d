/**
 * The MSP-readiness indicators shown at the top of the inventory, computed from the professionals' lines.
 * Pure: the page passes the lines the viewer may see. Age and departure are personal: when the viewer may not
 * see them (`personal: false`), the indicators built on them are not computed at all, not even as totals
 * (with a handful of lines, a total would reveal a person).
 */
import {
  PROFESSIONS,
  type AgeBracket,
  type DepartureHorizon,
  type InterestLevel,
  type PracticeForm,
  type Profession,
} from "@/lib/domain/enums";
import { isParamedical, professionLabel } from "./professions";

export type IndicatorLine = {
  profession: Profession;
  professionOther?: string | null;
  practiceForm: PracticeForm;
  interest: InterestLevel;
  /** Null when the viewer may not see it. */
  ageBracket: AgeBracket | null;
  departure: DepartureHorizon | null;
};

/** The MSP minimum (art. L6323-3 of the Code de la santé publique, as the kit puts it). */
export const CORE_TEAM_MINIMUM = { generalPractitioners: 2, paramedical: 1 } as const;

export type ProfessionCount = {
  profession: Profession;
  label: string;
  count: number;
  interested: number;
  maybe: number;
};

export type CoreTeam = {
  inSight: boolean;
  interestedGPs: number;
  interestedParamedical: number;
  /** How many more interested people of each kind the minimum needs (0 when reached). */
  missingGPs: number;
  missingParamedical: number;
  /** Interested GPs who plan to leave within 2 years (null when the viewer may not see departures). */
  interestedGPsLeavingSoon: number | null;
  sentence: string;
};

export type Indicators = {
  total: number;
  byProfession: ProfessionCount[];
  professionsSentence: string;
  /** Null when the viewer may not see departures. */
  generalPractitioners: { total: number; leavingWithin2: number; leavingWithin5: number; unknown: number; sentence: string } | null;
  /** Null when the viewer may not see ages. */
  aged62Plus: { count: number; unknown: number; sentence: string } | null;
  isolated: { count: number; sentence: string };
  interest: { interested: number; maybe: number; notAsked: number; byProfession: ProfessionCount[]; sentence: string };
  coreTeam: CoreTeam;
};

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
/** "1 médecin généraliste", "3 médecins généralistes", "aucun médecin généraliste". */
const count = (n: number, one: string, many: string, none = `aucun ${one}`) => (n === 0 ? none : `${n} ${plural(n, one, many)}`);

function groupByProfession(lines: IndicatorLine[]): ProfessionCount[] {
  const map = new Map<string, ProfessionCount>();
  for (const l of lines) {
    // "autre" lines are grouped by their label: three osteopaths are one row, not "Autre profession".
    const label = professionLabel(l.profession, l.professionOther);
    const key = l.profession === "autre" ? `autre:${label.toLowerCase()}` : l.profession;
    const row = map.get(key) ?? { profession: l.profession, label, count: 0, interested: 0, maybe: 0 };
    row.count++;
    if (l.interest === "oui") row.interested++;
    if (l.interest === "peut_etre") row.maybe++;
    map.set(key, row);
  }
  return [...map.values()].sort(
    (a, b) => PROFESSIONS.indexOf(a.profession) - PROFESSIONS.indexOf(b.profession) || a.label.localeCompare(b.label, "fr"),
  );
}

export function coreTeam(lines: IndicatorLine[], { personal }: { personal: boolean }): CoreTeam {
  const interested = lines.filter((l) => l.interest === "oui");
  const gps = interested.filter((l) => l.profession === "medecin_generaliste");
  const para = interested.filter((l) => isParamedical(l.profession));
  const missingGPs = Math.max(0, CORE_TEAM_MINIMUM.generalPractitioners - gps.length);
  const missingParamedical = Math.max(0, CORE_TEAM_MINIMUM.paramedical - para.length);
  const inSight = missingGPs === 0 && missingParamedical === 0;
  const leavingSoon = personal ? gps.filter((l) => l.departure === "moins_2_ans").length : null;
  const has = `${count(gps.length, "médecin généraliste intéressé", "médecins généralistes intéressés")} et ${count(para.length, "professionnel paramédical intéressé", "professionnels paramédicaux intéressés")}`;
  let sentence: string;
  if (inSight) {
    sentence = `Équipe cœur en vue : ${has}, soit le minimum d'une maison de santé (deux médecins généralistes et un professionnel paramédical).`;
    if (leavingSoon) {
      sentence += ` Attention : ${leavingSoon === 1 ? "l'un des médecins intéressés prévoit" : `${leavingSoon} des médecins intéressés prévoient`} de partir d'ici 2 ans.`;
    }
  } else {
    const missing = [
      missingGPs ? count(missingGPs, "médecin généraliste intéressé", "médecins généralistes intéressés") : null,
      missingParamedical ? count(missingParamedical, "professionnel paramédical intéressé", "professionnels paramédicaux intéressés") : null,
    ].filter(Boolean);
    sentence = `Pas encore d'équipe cœur : ${has} ; il manque ${missing.join(" et ")} pour atteindre le minimum d'une maison de santé (deux médecins généralistes et un professionnel paramédical).`;
  }
  return { inSight, interestedGPs: gps.length, interestedParamedical: para.length, missingGPs, missingParamedical, interestedGPsLeavingSoon: leavingSoon, sentence };
}

export function inventoryIndicators(lines: IndicatorLine[], { personal }: { personal: boolean }): Indicators {
  const total = lines.length;
  const byProfession = groupByProfession(lines);
  const professionsSentence =
    total === 0
      ? "Aucun professionnel de santé n'est encore recensé : ajoutez les professionnels de la commune et des environs."
      : `${count(total, "professionnel de santé recensé", "professionnels de santé recensés")}, dans la commune ou à proximité, ${byProfession.length > 1 ? `répartis en ${byProfession.length} professions` : "d'une seule profession"}.`;

  let generalPractitioners: Indicators["generalPractitioners"] = null;
  let aged62Plus: Indicators["aged62Plus"] = null;
  if (personal) {
    const gps = lines.filter((l) => l.profession === "medecin_generaliste");
    const within2 = gps.filter((l) => l.departure === "moins_2_ans").length;
    const within5 = within2 + gps.filter((l) => l.departure === "2_5_ans").length;
    const unknown = gps.filter((l) => l.departure === "inconnu" || l.departure === null).length;
    const unknownPart = unknown ? ` ; les projets de ${count(unknown, "médecin ne sont", "médecins ne sont")} pas connus` : "";
    const gpSentence =
      gps.length === 0
        ? "Aucun médecin généraliste n'est recensé."
        : within5 === 0
          ? `Sur ${count(gps.length, "médecin généraliste", "médecins généralistes")}, aucun ne prévoit de partir d'ici 5 ans${unknownPart}.`
          : within2 === 0
            ? `Sur ${count(gps.length, "médecin généraliste", "médecins généralistes")}, aucun ne prévoit de partir d'ici 2 ans, mais ${within5} d'ici 5 ans${unknownPart}.`
            : `Sur ${count(gps.length, "médecin généraliste", "médecins généralistes")}, ${within2} ${plural(within2, "prévoit", "prévoient")} de partir d'ici 2 ans et ${within5} d'ici 5 ans (départs d'ici 2 ans compris)${unknownPart}.`;
    generalPractitioners = { total: gps.length, leavingWithin2: within2, leavingWithin5: within5, unknown, sentence: gpSentence };

    const old = lines.filter((l) => l.ageBracket === "62_plus").length;
    const unknownAge = lines.filter((l) => l.ageBracket === "inconnu" || l.ageBracket === null).length;
    const ageSentence =
      total === 0
        ? "Aucun professionnel recensé."
        : `${old === 0 ? "Aucun professionnel recensé n'a" : `${count(old, "professionnel a", "professionnels ont")}`} 62 ans ou plus${old ? " : des départs en retraite à anticiper" : ""}${
            unknownAge ? ` ; l'âge de ${count(unknownAge, "professionnel", "professionnels")} n'est pas connu` : ""
          }.`;
    aged62Plus = { count: old, unknown: unknownAge, sentence: ageSentence };
  }

  const isolatedCount = lines.filter((l) => l.practiceForm === "isole").length;
  const isolated = {
    count: isolatedCount,
    sentence:
      total === 0
        ? "Aucun professionnel recensé."
        : isolatedCount === 0
          ? "Aucun professionnel n'exerce seul : tous exercent en cabinet de groupe, en maison ou en centre de santé."
          : `${count(isolatedCount, "professionnel exerce", "professionnels exercent")} seul${plural(isolatedCount, "", "s")}, hors cabinet de groupe, maison ou centre de santé.`,
  };

  const by = (level: InterestLevel) => lines.filter((l) => l.interest === level).length;
  const interested = by("oui");
  const maybe = by("peut_etre");
  const notAsked = by("non_sollicite");
  const interest = {
    interested,
    maybe,
    notAsked,
    byProfession: byProfession.filter((p) => p.interested > 0 || p.maybe > 0),
    sentence:
      total === 0
        ? "Aucun professionnel recensé."
        : `${count(interested, "professionnel se dit intéressé", "professionnels se disent intéressés", "Aucun professionnel ne se dit encore intéressé")} par un travail en équipe${
            maybe ? `, ${maybe} peut-être` : ""
          }${notAsked ? ` ; ${notAsked} ${plural(notAsked, "n'a", "n'ont")} pas encore été ${plural(notAsked, "sollicité", "sollicités")}` : ""}.`,
  };

  return { total, byProfession, professionsSentence, generalPractitioners, aged62Plus, isolated, interest, coreTeam: coreTeam(lines, { personal }) };
}
