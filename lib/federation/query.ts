/** The pipeline's address (/federation/{id}): its filters, its page and the selected request, read safely and written back. */
import { firstParam } from "@/lib/lookup";
import { DUE_KINDS, NO_FACILITATOR, PIPELINE_STAGES, type PipelineFilters } from "@/lib/federation/pipeline";

export type Search = Record<string, string | string[] | undefined>;
export type PipelineQuery = PipelineFilters & { page: number; request: number | null };

const ID = /^\d{1,9}$/;

/** Anything malformed is no filter (never a 500). */
export function pipelineQuery(q: Search): PipelineQuery {
  const departement = firstParam(q.departement) ?? "";
  const stage = firstParam(q.etape) ?? "";
  const facilitator = firstParam(q.facilitateur) ?? "";
  const due = firstParam(q["a-faire"]) ?? "";
  const page = firstParam(q.page) ?? "";
  const request = firstParam(q.demande) ?? "";
  return {
    departement: /^[0-9][0-9AB]{1,2}$/.test(departement) ? departement : "",
    stage: PIPELINE_STAGES.find((s) => s === stage) ?? "",
    facilitator: facilitator === NO_FACILITATOR || /^[\w-]{1,64}$/.test(facilitator) ? facilitator : "",
    due: DUE_KINDS.find((d) => d === due) ?? "",
    page: ID.test(page) ? Number(page) : 1,
    request: ID.test(request) ? Number(request) : null,
  };
}

/** The address of the pipeline with these filters (and page, and selected request). */
export function pipelineHref(base: string, q: Partial<PipelineQuery>): string {
  const s = new URLSearchParams();
  if (q.departement) s.set("departement", q.departement);
  if (q.stage) s.set("etape", q.stage);
  if (q.facilitator) s.set("facilitateur", q.facilitator);
  if (q.due) s.set("a-faire", q.due);
  if (q.page && q.page > 1) s.set("page", String(q.page));
  if (q.request) s.set("demande", String(q.request));
  const text = s.toString();
  return text ? `${base}?${text}` : base;
}

/** "aujourd'hui", "hier", "il y a 13 jours". */
export function ago(days: number): string {
  if (days <= 0) return "aujourd'hui";
  if (days === 1) return "hier";
  return `il y a ${days} jours`;
}

/** "jour 41 sur 100", or beyond. Day 0 of the mandate is its first day. */
export function mandateLabel(day: number): string {
  if (day < 0) return "mandat pas encore commencé";
  if (day >= 100) return `au-delà des 100 jours (jour ${day + 1})`;
  return `jour ${day + 1} sur 100`;
}

export { ofCommune } from "@/lib/text";

/** The claim selected on the federation's page (`?revendication=`), or null. */
export function selectedClaim(q: Search): number | null {
  const claim = firstParam(q.revendication) ?? "";
  return ID.test(claim) ? Number(claim) : null;
}
