/**
 * The checklist's rules: which day of the 100 it is, which phase, when each item is due, which items tick
 * themselves because what they describe happened (with the event shown as proof), which are overdue. Pure:
 * the facts come from `db/checklist`, the clock from the caller.
 */
import type { Actor, ChecklistStatus } from "@/lib/domain/enums";
import { formatDate } from "@/lib/dates";
import { CHECKLIST_ITEMS, CHECKLIST_PHASES, type ChecklistCode, type ChecklistItem, type ChecklistPhase } from "./items";

/** What happened in a workspace that the checklist reads. Dates are instants; `mandateStart` is a Paris day. */
export type ChecklistFacts = {
  mandateStart: string;
  /** The first federation request accepted. */
  federationAccepted: { federationName: string; at: Date } | null;
  /** The first referent who accepted, and all of them by name. */
  referents: { names: string[]; firstAt: Date } | null;
  /** Inventory lines; `thirdLineAt` is when the third line was added (null below three). */
  inventory: { professionals: number; thirdLineAt: Date | null };
  /** The first meeting held. */
  firstMeetingHeld: { meetingId: number; title: string; at: Date } | null;
  meetingPlace: { place: string; at: Date } | null;
  /** Next steps defined, and when the first one was. */
  nextSteps: { count: number; firstAt: Date | null };
  /** Actors whose responsibilities are written, and when the latest was. */
  responsibilities: { actors: Actor[]; latestAt: Date | null };
};

/** The hand-set state of an item, when someone touched it. */
export type ChecklistState = {
  code: string;
  status: ChecklistStatus;
  ownerId: string | null;
  ownerName: string | null;
  note: string | null;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
};

export type ChecklistEntry = ChecklistItem & {
  code: ChecklistCode;
  /** "YYYY-MM-DD": the mandate's start plus the item's due day. */
  dueDate: string;
  /** The status shown: "fait" when the facts say so, else the hand-set one, else "à faire". */
  status: ChecklistStatus;
  /** Set when the item ticked itself: what happened and when. */
  proof: { text: string; at: Date } | null;
  /** Whether this item can tick itself at all (the others are ticked by hand). */
  automatic: boolean;
  state: ChecklistState | null;
  overdue: boolean;
  /** Days from today to the due date (negative when past). */
  daysLeft: number;
};

export type MandatePhase = ChecklistPhase | "au_dela";

/** Whole days between two "YYYY-MM-DD" days. */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

/** "YYYY-MM-DD" plus n days. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/**
 * Day of the mandate, 0 on the day it began (shown as "jour 1"), and its phase: days 0–29 the first, 30–59
 * the second, 60–99 the third, 100 and later beyond the 100 days. Before the start, the first phase.
 */
export function mandateDay(mandateStart: string, today: string): { day: number; phase: MandatePhase } {
  const day = daysBetween(mandateStart, today);
  const phase = day >= 100 ? "au_dela" : (CHECKLIST_PHASES.find((p) => day < p.lastDay)?.code ?? "au_dela");
  return { day, phase };
}

/** The items that tick themselves, each with the proof it reads in the facts (null: not happened yet). */
const AUTOMATIC: Partial<Record<ChecklistCode, (f: ChecklistFacts) => { text: string; at: Date } | null>> = {
  contacter_federation: (f) =>
    f.federationAccepted && { text: `Demande acceptée par la ${f.federationAccepted.federationName} le ${formatDate(f.federationAccepted.at)}`, at: f.federationAccepted.at },
  designer_referent_sante: (f) =>
    f.referents && {
      text: `${f.referents.names.length > 1 ? "Référents désignés" : "Référent·e désigné·e"} : ${f.referents.names.join(", ")} (depuis le ${formatDate(f.referents.firstAt)})`,
      at: f.referents.firstAt,
    },
  etat_des_lieux: (f) => {
    if (!f.federationAccepted || !f.inventory.thirdLineAt) return null;
    const at = f.inventory.thirdLineAt > f.federationAccepted.at ? f.inventory.thirdLineAt : f.federationAccepted.at;
    return { text: `${f.inventory.professionals} professionnels recensés, partagés avec la ${f.federationAccepted.federationName}`, at };
  },
  premiere_rencontre: (f) => f.firstMeetingHeld && { text: `« ${f.firstMeetingHeld.title} » tenue le ${formatDate(f.firstMeetingHeld.at)}`, at: f.firstMeetingHeld.at },
  lieu_de_rencontre: (f) => f.meetingPlace && { text: `Lieu proposé : ${f.meetingPlace.place} (enregistré le ${formatDate(f.meetingPlace.at)})`, at: f.meetingPlace.at },
  premieres_etapes: (f) =>
    f.nextSteps.count > 0 && f.nextSteps.firstAt
      ? { text: `${f.nextSteps.count} prochaine${f.nextSteps.count > 1 ? "s" : ""} étape${f.nextSteps.count > 1 ? "s" : ""} définie${f.nextSteps.count > 1 ? "s" : ""}`, at: f.nextSteps.firstAt }
      : null,
  roles_de_chacun: (f) =>
    ROLES_CO_DEFINED.every((a) => f.responsibilities.actors.includes(a)) && f.responsibilities.latestAt
      ? { text: `Rôles écrits pour ${f.responsibilities.actors.length} acteurs, dont la commune, les professionnels et la fédération`, at: f.responsibilities.latestAt }
      : null,
};

/** Roles are co-defined once the three parties of the team have theirs written. */
export const ROLES_CO_DEFINED = ["commune", "professionnels", "federation"] as const satisfies readonly Actor[];

export function isAutomatic(code: string): boolean {
  return Object.hasOwn(AUTOMATIC, code);
}

/** The whole checklist of a workspace on `today` ("YYYY-MM-DD", Paris), in the kit's order. */
export function checklist(facts: ChecklistFacts, states: readonly ChecklistState[], today: string): ChecklistEntry[] {
  const byCode = new Map(states.map((s) => [s.code, s]));
  return CHECKLIST_ITEMS.map((item) => {
    const state = byCode.get(item.code) ?? null;
    const rule = AUTOMATIC[item.code];
    const proof = rule ? rule(facts) : null;
    const status: ChecklistStatus = proof ? "fait" : (state?.status ?? "a_faire");
    const dueDate = addDays(facts.mandateStart, item.dueDay);
    const daysLeft = daysBetween(today, dueDate);
    return {
      ...item,
      dueDate,
      status,
      proof,
      automatic: rule !== undefined,
      state,
      overdue: daysLeft < 0 && (status === "a_faire" || status === "en_cours"),
      daysLeft,
    };
  });
}

/** Done (or without object) over the total, per phase and overall. */
export function checklistProgress(entries: readonly ChecklistEntry[]) {
  const closed = (e: ChecklistEntry) => e.status === "fait" || e.status === "sans_objet";
  const phases = CHECKLIST_PHASES.map((phase) => {
    const items = entries.filter((e) => e.phase === phase.code);
    return { ...phase, done: items.filter(closed).length, total: items.length, overdue: items.filter((e) => e.overdue).length };
  });
  return { phases, done: entries.filter(closed).length, total: entries.length, overdue: entries.filter((e) => e.overdue).length };
}

/** What is still open, the most urgent first: overdue, then by due date, in the kit's order. */
export function dueNext(entries: readonly ChecklistEntry[], limit = 3): ChecklistEntry[] {
  return entries
    .filter((e) => e.status === "a_faire" || e.status === "en_cours")
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.dueDate.localeCompare(b.e.dueDate) || a.i - b.i)
    .slice(0, limit)
    .map(({ e }) => e);
}
