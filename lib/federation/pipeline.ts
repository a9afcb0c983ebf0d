/**
 * The federation's pipeline: where each commune that asked the federation stands (its stage), which ones have
 * gone quiet, what the federation has to do, and the list's filters, order and pages. Pure: the facts come from
 * `db/federations/board.ts` (built on `workspaceProgress`), the clock from the caller.
 */
import { mandateDay, type MandatePhase } from "@/lib/checklist/rules";
import { todayInParis } from "@/lib/dates";

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

export function isDue(e: PipelineEntry, kind: DueKind): boolean {
  switch (kind) {
    case "demandes":
      return e.requestStatus === "pending";
    case "rencontres":
      return e.meetingToPrepare;
    case "syntheses":
      return e.synthesesToWrite > 0;
    case "calmes":
      return e.quietDays !== null;
  }
}

/** What the federation has to do, most urgent first in each list: the oldest request, the quietest commune… */
export function dueItems(entries: readonly PipelineEntry[]): Record<DueKind, PipelineEntry[]> {
  const oldestFirst = (a: PipelineEntry, b: PipelineEntry) => (a.decidedAt ?? a.requestedAt).getTime() - (b.decidedAt ?? b.requestedAt).getTime();
  return {
    demandes: entries.filter((e) => isDue(e, "demandes")).sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime()),
    rencontres: entries.filter((e) => isDue(e, "rencontres")).sort(oldestFirst),
    syntheses: entries.filter((e) => isDue(e, "syntheses")).sort(oldestFirst),
    calmes: entries.filter((e) => isDue(e, "calmes")).sort((a, b) => (b.quietDays ?? 0) - (a.quietDays ?? 0)),
  };
}

/** The list's filters; "" is no filter. `facilitator` is a user id, or "aucun" for communes without one. */
export type PipelineFilters = { departement: string; stage: PipelineStage | ""; facilitator: string; due: DueKind | "" };
export const NO_FACILITATOR = "aucun";

export function matches(e: PipelineEntry, f: PipelineFilters): boolean {
  if (f.departement && e.departementCode !== f.departement) return false;
  if (f.stage && e.stage !== f.stage) return false;
  if (f.facilitator === NO_FACILITATOR ? e.facilitators.length > 0 : f.facilitator && !e.facilitators.some((p) => p.userId === f.facilitator)) return false;
  if (f.due && !isDue(e, f.due)) return false;
  return true;
}

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

/** The viewer's communes first, then by stage (requests first), then by name. */
export function pipelineOrder(viewerId: string) {
  const mine = (e: PipelineEntry) => (e.facilitators.some((p) => p.userId === viewerId) ? 0 : 1);
  return (a: PipelineEntry, b: PipelineEntry) =>
    mine(a) - mine(b) || PIPELINE_STAGES.indexOf(a.stage) - PIPELINE_STAGES.indexOf(b.stage) || collator.compare(a.communeName, b.communeName);
}

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

/** Filters, orders and cuts the pipeline into pages of 20 (a page beyond the last shows the last). */
export function pipelinePage(entries: readonly PipelineEntry[], input: { filters: PipelineFilters; viewerId: string; page: number }): PipelinePage {
  const { filters, viewerId } = input;
  const stageCounts = Object.fromEntries(PIPELINE_STAGES.map((s) => [s, 0])) as Record<PipelineStage, number>;
  for (const e of entries) if (matches(e, { ...filters, stage: "" })) stageCounts[e.stage]++;
  const isMine = (e: PipelineEntry) => e.facilitators.some((p) => p.userId === viewerId);
  const matching = entries.filter((e) => matches(e, filters)).sort(pipelineOrder(viewerId));
  const pages = Math.max(1, Math.ceil(matching.length / PIPELINE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(input.page) || 1), pages);
  const rows = matching.slice((page - 1) * PIPELINE_PAGE_SIZE, page * PIPELINE_PAGE_SIZE).map((e) => ({ ...e, mine: isMine(e) }));
  return { rows, total: matching.length, mineTotal: matching.filter(isMine).length, page, pages, stageCounts };
}
