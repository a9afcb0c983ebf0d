/**
 * The MSP-readiness indicators shown at the top of the inventory. Pure: they are computed from groups of lines of
 * one kind with their count (what a SQL `GROUP BY` gives: the page never loads every line to count them), or
 * from lines (a group of one each). Age and departure are personal: when the viewer may not see them
 * (`personal: false`), the indicators built on them are not computed at all, not even as totals (with a handful
 * of lines, a total would reveal a person).
 */
import {
  PROFESSIONS,
  type AgeBracket,
  type DepartureHorizon,
  type InterestLevel,
  type PracticeForm,
  type Profession,
} from "@/lib/domain/enums";
import { departureSentence, GP_NOUNS, NO_DEPARTURES, PROFESSIONAL_NOUNS, type Departures } from "./departures";
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

/**
 * The lines of one profession (« autre »: of one typed label) counted by what the indicators read: one row of a
 * `GROUP BY profession, profession_other` with conditional sums, a few rows whatever the number of lines.
 */
export type IndicatorGroup = {
  profession: Profession;
  professionOther?: string | null;
  lines: number;
  /** By interest in working together: « oui », « peut-être », « pas encore sollicité ». */
  interested: number;
  maybe: number;
  notAsked: number;
  /** Practising alone. */
  isolated: number;
  /** Ages and departures, null when the viewer may not see them (not even counted then). */
  personal: {
    aged62Plus: number;
    /** Age « inconnu » or not given. */
    ageUnknown: number;
    leavingWithin2: number;
    leaving2to5: number;
    /** Plans « inconnu » or not given. */
    departureUnknown: number;
    /** Interested (« oui ») and leaving within 2 years. */
    interestedLeavingWithin2: number;
  } | null;
};

/** The MSP minimum (art. L6323-3 of the Code de la santé publique, as the kit puts it). */
export const CORE_TEAM_MINIMUM = { generalPractitioners: 2, paramedical: 1 } as const;

export type ProfessionCount = {
  profession: Profession;
  label: string;
  count: number;
  interested: number;
  maybe: number;
  /** Planned departures within 2 years (null when the viewer may not see departures). */
  leavingWithin2: number | null;
  /** Within 5 years, those within 2 years included (null when the viewer may not see departures). */
  leavingWithin5: number | null;
  /** Plans not known (null when the viewer may not see departures). */
  departureUnknown: number | null;
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
  /** Every profession's departures together, and the professions someone plans to leave within 5 years (null when the viewer may not see departures). */
  departures: (Departures & { sentence: string; byProfession: ProfessionCount[] }) | null;
  /** Null when the viewer may not see ages. */
  aged62Plus: { count: number; unknown: number; sentence: string } | null;
  isolated: { count: number; sentence: string };
  interest: { interested: number; maybe: number; notAsked: number; byProfession: ProfessionCount[]; sentence: string };
  coreTeam: CoreTeam;
};

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);
/** "1 médecin généraliste", "3 médecins généralistes", "aucun médecin généraliste". */
const count = (n: number, one: string, many: string, none = `aucun ${one}`) => (n === 0 ? none : `${n} ${plural(n, one, many)}`);
const sum = (groups: IndicatorGroup[], value: (g: IndicatorGroup) => number) => groups.reduce((n, g) => n + value(g), 0);

/**
 * The lines counted as the database counts them (`inventoryGroups`): one group per profession and typed label. A
 * line whose age or departure the viewer may not see (null) counts as not known.
 */
export function countLines(lines: IndicatorLine[]): IndicatorGroup[] {
  const groups = new Map<string, IndicatorGroup & { personal: NonNullable<IndicatorGroup["personal"]> }>();
  for (const l of lines) {
    const key = JSON.stringify([l.profession, l.professionOther ?? null]);
    let g = groups.get(key);
    if (!g) {
      g = { profession: l.profession, professionOther: l.professionOther ?? null, lines: 0, interested: 0, maybe: 0, notAsked: 0, isolated: 0, personal: { aged62Plus: 0, ageUnknown: 0, leavingWithin2: 0, leaving2to5: 0, departureUnknown: 0, interestedLeavingWithin2: 0 } };
      groups.set(key, g);
    }
    const one = (yes: boolean) => (yes ? 1 : 0);
    g.lines++;
    g.interested += one(l.interest === "oui");
    g.maybe += one(l.interest === "peut_etre");
    g.notAsked += one(l.interest === "non_sollicite");
    g.isolated += one(l.practiceForm === "isole");
    const p = g.personal;
    p.aged62Plus += one(l.ageBracket === "62_plus");
    p.ageUnknown += one(l.ageBracket === "inconnu" || l.ageBracket === null);
    p.leavingWithin2 += one(l.departure === "moins_2_ans");
    p.leaving2to5 += one(l.departure === "2_5_ans");
    p.departureUnknown += one(l.departure === "inconnu" || l.departure === null);
    p.interestedLeavingWithin2 += one(l.interest === "oui" && l.departure === "moins_2_ans");
  }
  return [...groups.values()];
}

/** Adds a group's departures to `d` (in place); a group without them (not to be seen) counts as not known. */
function addGroupDepartures(d: Departures, g: IndicatorGroup): void {
  d.total += g.lines;
  d.leavingWithin2 += g.personal?.leavingWithin2 ?? 0;
  d.leavingWithin5 += (g.personal?.leavingWithin2 ?? 0) + (g.personal?.leaving2to5 ?? 0);
  d.unknown += g.personal ? g.personal.departureUnknown : g.lines;
}

function groupByProfession(groups: IndicatorGroup[], personal: boolean): ProfessionCount[] {
  const map = new Map<string, ProfessionCount & { d: Departures }>();
  for (const g of groups) {
    // "autre" lines are grouped by their label: three osteopaths are one row, not "Autre profession".
    const label = professionLabel(g.profession, g.professionOther);
    const key = g.profession === "autre" ? `autre:${label.toLowerCase()}` : g.profession;
    const row = map.get(key) ?? { profession: g.profession, label, count: 0, interested: 0, maybe: 0, leavingWithin2: null, leavingWithin5: null, departureUnknown: null, d: { ...NO_DEPARTURES } };
    row.count += g.lines;
    row.interested += g.interested;
    row.maybe += g.maybe;
    addGroupDepartures(row.d, g);
    map.set(key, row);
  }
  return [...map.values()]
    .map(({ d, ...row }) => (personal ? { ...row, leavingWithin2: d.leavingWithin2, leavingWithin5: d.leavingWithin5, departureUnknown: d.unknown } : row))
    .sort((a, b) => PROFESSIONS.indexOf(a.profession) - PROFESSIONS.indexOf(b.profession) || a.label.localeCompare(b.label, "fr"));
}

/** The core team from counted groups (see `coreTeam`). */
export function coreTeamFromGroups(groups: IndicatorGroup[], { personal }: { personal: boolean }): CoreTeam {
  const gps = groups.filter((g) => g.profession === "medecin_generaliste");
  return coreTeamFromCounts(
    {
      interestedGPs: sum(gps, (g) => g.interested),
      interestedParamedical: sum(groups, (g) => (isParamedical(g.profession) ? g.interested : 0)),
      interestedGPsLeavingSoon: personal ? sum(gps, (g) => g.personal?.interestedLeavingWithin2 ?? 0) : null,
    },
    { personal },
  );
}

/**
 * The core team from the three counts it reads: interested GPs, interested paramedical professionals and, for
 * a viewer who may see departures, the interested GPs who plan to leave within 2 years (as the database counts
 * them for the dashboard).
 */
export function coreTeamFromCounts(
  counts: { interestedGPs: number; interestedParamedical: number; interestedGPsLeavingSoon: number | null },
  { personal }: { personal: boolean },
): CoreTeam {
  const gps = counts.interestedGPs;
  const para = counts.interestedParamedical;
  const missingGPs = Math.max(0, CORE_TEAM_MINIMUM.generalPractitioners - gps);
  const missingParamedical = Math.max(0, CORE_TEAM_MINIMUM.paramedical - para);
  const inSight = missingGPs === 0 && missingParamedical === 0;
  const leavingSoon = personal ? (counts.interestedGPsLeavingSoon ?? 0) : null;
  const has = `${count(gps, "médecin généraliste intéressé", "médecins généralistes intéressés")} et ${count(para, "professionnel paramédical intéressé", "professionnels paramédicaux intéressés")}`;
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
  return { inSight, interestedGPs: gps, interestedParamedical: para, missingGPs, missingParamedical, interestedGPsLeavingSoon: leavingSoon, sentence };
}

/** Whether the MSP minimum (2 interested GPs, 1 interested paramedical) is among the interested, from lines. */
export function coreTeam(lines: IndicatorLine[], options: { personal: boolean }): CoreTeam {
  return coreTeamFromGroups(countLines(lines), options);
}

/** Every indicator from counted groups: what the inventory page computes from its `GROUP BY`. */
export function indicatorsFromGroups(groups: IndicatorGroup[], { personal }: { personal: boolean }): Indicators {
  const total = sum(groups, (g) => g.lines);
  const byProfession = groupByProfession(groups, personal);
  const professionsSentence =
    total === 0
      ? "Aucun professionnel de santé n'est encore recensé : ajoutez les professionnels de la commune et des environs."
      : `${count(total, "professionnel de santé recensé", "professionnels de santé recensés")}, dans la commune ou à proximité, ${byProfession.length > 1 ? `répartis en ${byProfession.length} professions` : "d'une seule profession"}.`;

  let generalPractitioners: Indicators["generalPractitioners"] = null;
  let departures: Indicators["departures"] = null;
  let aged62Plus: Indicators["aged62Plus"] = null;
  if (personal) {
    const gps = { ...NO_DEPARTURES };
    const everybody = { ...NO_DEPARTURES };
    for (const g of groups) {
      addGroupDepartures(everybody, g);
      if (g.profession === "medecin_generaliste") addGroupDepartures(gps, g);
    }
    generalPractitioners = { ...gps, sentence: departureSentence(gps, GP_NOUNS) };
    departures = { ...everybody, sentence: departureSentence(everybody, PROFESSIONAL_NOUNS), byProfession: byProfession.filter((p) => (p.leavingWithin5 ?? 0) > 0) };

    const old = sum(groups, (g) => g.personal?.aged62Plus ?? 0);
    const unknownAge = sum(groups, (g) => g.personal?.ageUnknown ?? g.lines);
    const ageSentence =
      total === 0
        ? "Aucun professionnel recensé."
        : `${old === 0 ? "Aucun professionnel recensé n'a" : `${count(old, "professionnel a", "professionnels ont")}`} 62 ans ou plus${old ? " : des départs en retraite à anticiper" : ""}${
            unknownAge ? ` ; l'âge de ${count(unknownAge, "professionnel", "professionnels")} n'est pas connu` : ""
          }.`;
    aged62Plus = { count: old, unknown: unknownAge, sentence: ageSentence };
  }

  const isolatedCount = sum(groups, (g) => g.isolated);
  const isolated = {
    count: isolatedCount,
    sentence:
      total === 0
        ? "Aucun professionnel recensé."
        : isolatedCount === 0
          ? "Aucun professionnel n'exerce seul : tous exercent en cabinet de groupe, en maison ou en centre de santé."
          : `${count(isolatedCount, "professionnel exerce", "professionnels exercent")} seul${plural(isolatedCount, "", "s")}, hors cabinet de groupe, maison ou centre de santé.`,
  };

  const interested = sum(groups, (g) => g.interested);
  const maybe = sum(groups, (g) => g.maybe);
  const notAsked = sum(groups, (g) => g.notAsked);
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

  return { total, byProfession, professionsSentence, generalPractitioners, departures, aged62Plus, isolated, interest, coreTeam: coreTeamFromGroups(groups, { personal }) };
}

/** Every indicator from the lines the viewer may see. */
export function inventoryIndicators(lines: IndicatorLine[], options: { personal: boolean }): Indicators {
  return indicatorsFromGroups(countLines(lines), options);
}
