/**
 * The federation's pipeline: where each commune that asked the federation stands (its stage), which ones have
 * gone quiet, what the federation has to do, and the list's filters and pages. Pure: the facts come from
 * `db/federations/board.ts` (which filters, orders and pages in SQL by the same rules), the clock from the caller.
 */
import { addDays, mandateDay, type MandatePhase } from "@/lib/checklist/rules";
import { todayInParis } from "@/lib/dates";
import { parisMidnight } from "@/lib/reminders/rules";

export const PIPELINE_STAGES = ["demande", "acceptee", "etat_des_lieux", "rencontre_preparee", "rencontre_tenue", "synthese_publiee", "suivi"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const PIPELINE_STAGE_LABELS: Record<PipelineStage, string> = {
  demande: "Demande à traiter",
  acceptee: "Acceptée",
  etat_des_lieux: "État des lieux",
  rencontre_preparee: "Première rencontre préparée",
  rencontre_tenue: "Rencontre tenue",
  synthese_publiee: "Synthèse publiée",
  suivi: "Suivi",
};

/** What each stage means, as the page explains it. */
export const PIPELINE_STAGE_HINTS: Record<PipelineStage, string> = {
  demande: "la commune attend la réponse de la fédération",
  acceptee: "accompagnement accepté, rien d'autre encore",
  etat_des_lieux: "au moins 3 professionnels dans l'état des lieux",
  rencontre_preparee: "une rencontre en brouillon ou des invitations envoyées",
  rencontre_tenue: "une rencontre a eu lieu, sa synthèse n'est pas publiée",
  synthese_publiee: "une synthèse publiée, pas encore de suite",
  suivi: "après la synthèse, une réunion de suivi ou des prochaines étapes",
};

/** An inventory is under way from this many professional lines (the checklist's rule). */
export const INVENTORY_STARTED_LINES = 3;
/** A commune accompanied with nothing in its history for more than this many days is "quiet". */
export const QUIET_AFTER_DAYS = 21;

/** What the stage rule reads of a commune: counts, booleans and dates only. */
export type StageFacts = {
  requestStatus: "pending" | "accepted";
  professionals: number;
  /** Meetings drafted or with invitations sent (neither held nor cancelled). */
  openMeetings: number;
  firstMeetingHeldAt: Date | null;
  /** When the first synthesis was published; null when none is. */
  firstSynthesisPublishedAt: Date | null;
  /** Follow-up meetings ("réunion de suivi"), not cancelled. */
  followUpMeetings: number;
  /** When the latest meeting that is not cancelled was created. */
  lastMeetingCreatedAt: Date | null;
  /** When the latest next step was created. */
  lastNextStepAt: Date | null;
};

/**
 * The stage, the furthest the facts reach: a pending request is always "demande"; then, once a synthesis is
 * published, "suivi" when something was planned after it (a follow-up meeting, a meeting or a next step created
 * since); else the held meeting, the prepared meeting, the inventory (≥ 3 lines), or just accepted.
 */
export function pipelineStage(f: StageFacts): PipelineStage {
  if (f.requestStatus === "pending") return "demande";
  const published = f.firstSynthesisPublishedAt;
  if (published) {
    const after = (d: Date | null) => d !== null && d.getTime() >= published.getTime();
    return f.followUpMeetings > 0 || after(f.lastMeetingCreatedAt) || after(f.lastNextStepAt) ? "suivi" : "synthese_publiee";
  }
  if (f.firstMeetingHeldAt) return "rencontre_tenue";
  if (f.openMeetings > 0) return "rencontre_preparee";
  if (f.professionals >= INVENTORY_STARTED_LINES) return "etat_des_lieux";
  return "acceptee";
}

/** Whole days between an instant and now, by Paris calendar days. */
export function daysAgo(at: Date, now: Date): number {
  const [y, m, d] = todayInParis(at).split("-").map(Number);
  const [ty, tm, td] = todayInParis(now).split("-").map(Number);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(y, m - 1, d)) / 86_400_000);
}

/**
 * Days a commune accompanied has been quiet, when more than 21: since its latest history event (or, with none,
 * since the federation accepted). Null when it is not quiet, or while its request waits (that is the
 * federation's delay, shown as the request's age).
 */
export function quietDays(input: { requestStatus: "pending" | "accepted"; lastActivityAt: Date | null; decidedAt: Date | null }, now: Date): number | null {
  if (input.requestStatus !== "accepted") return null;
  const since = input.lastActivityAt ?? input.decidedAt;
  if (!since) return null;
  const days = daysAgo(since, now);
  return days > QUIET_AFTER_DAYS ? days : null;
}

export type PipelineFacilitator = { userId: string; name: string };

/** One commune of the pipeline, as the page and the daily job read it. */
export type PipelineEntry = {
  workspaceId: number;
  requestId: number;
  communeCode: string;
  communeName: string;
  departementCode: string;
  departementName: string;
  mandateStart: string;
  requestStatus: "pending" | "accepted";
  requestedAt: Date;
  decidedAt: Date | null;
  /** Day of the mandate (0 on its first day) and its phase. */
  mandate: { day: number; phase: MandatePhase };
  stage: PipelineStage;
  facilitators: PipelineFacilitator[];
  lastActivityAt: Date | null;
  quietDays: number | null;
  /** Days the request has waited (pending requests only). */
  waitingDays: number | null;
  /** Held meetings whose synthesis is not published. */
  synthesesToWrite: number;
  /** Accepted, with no meeting drafted, sent or held. */
  meetingToPrepare: boolean;
};

/** The entry of a commune from its request and facts. */
export function pipelineEntry(
  base: Omit<PipelineEntry, "mandate" | "stage" | "quietDays" | "waitingDays" | "synthesesToWrite" | "meetingToPrepare">,
  facts: StageFacts & { heldWithoutSynthesis: number },
  now: Date,
): PipelineEntry {
  const accepted = base.requestStatus === "accepted";
  return {
    ...base,
    mandate: mandateDay(base.mandateStart, todayInParis(now)),
    stage: pipelineStage(facts),
    quietDays: quietDays(base, now),
    waitingDays: accepted ? null : daysAgo(base.requestedAt, now),
    synthesesToWrite: accepted ? facts.heldWithoutSynthesis : 0,
    meetingToPrepare: accepted && facts.openMeetings === 0 && facts.firstMeetingHeldAt === null,
  };
}

export const DUE_KINDS = ["demandes", "rencontres", "syntheses", "calmes"] as const;
export type DueKind = (typeof DUE_KINDS)[number];
export const DUE_LABELS: Record<DueKind, string> = {
  demandes: "Demandes à traiter",
  rencontres: "Rencontres à préparer",
  syntheses: "Synthèses à écrire",
  calmes: `Communes calmes depuis plus de ${QUIET_AFTER_DAYS} jours`,
};

/** Each of the to-do's lists shows its most urgent few; the rest is one link away, in the filtered pipeline. */
export const DUE_SHOWN = 5;

/**
 * The instant before which a commune's latest activity makes it quiet (`quietDays` not null): midnight in Paris,
 * 21 days before today — "more than 21 calendar days", the rule of `quietDays`, as one comparison in SQL.
 */
export function quietCutoff(now: Date): Date {
  return parisMidnight(addDays(todayInParis(now), -QUIET_AFTER_DAYS));
}

/** The list's filters; "" is no filter. `facilitator` is a user id, or "aucun" for communes without one. */
export type PipelineFilters = { departement: string; stage: PipelineStage | ""; facilitator: string; due: DueKind | "" };
export const NO_FACILITATOR = "aucun";

export const PIPELINE_PAGE_SIZE = 20;

export type PipelinePage = {
  rows: (PipelineEntry & { mine: boolean })[];
  /** Communes matching the filters, and how many of them the viewer accompanies. */
  total: number;
  mineTotal: number;
  page: number;
  pages: number;
  /** Communes by stage under the other filters (not the stage filter), for the stage links. */
  stageCounts: Record<PipelineStage, number>;
};
