/**
 * What the inventory's list shows, read from the page's address (a GET form, so it works without JavaScript):
 * a profession, an interest, planned departures (the team only), a search, a page. A value that is not one of
 * the lists' is ignored, never an error page: the address is the user's to edit.
 */
import { INTEREST_LEVELS, PROFESSIONS, type InterestLevel, type Profession } from "@/lib/domain/enums";

/** Twenty lines a page: the page stays light (rendering grows with its rows), the groups by profession readable. */
export const PAGE_SIZE = 20;
export const SEARCH_MAX = 80;

/** "2": planned within 2 years; "5": within 5 years, those within 2 included. */
export const DEPARTURE_FILTERS = ["2", "5"] as const;
export type DepartureFilter = (typeof DEPARTURE_FILTERS)[number];
export const DEPARTURE_FILTER_LABELS: Record<DepartureFilter, string> = { "2": "Départ d'ici 2 ans", "5": "Départ d'ici 5 ans (2 ans compris)" };

export type ListQuery = {
  profession: Profession | null;
  interest: InterestLevel | null;
  departure: DepartureFilter | null;
  q: string;
  page: number;
};

const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | null => (v !== undefined && (list as readonly string[]).includes(v) ? (v as T) : null);

/** The list's query from the search params; `team` false drops the departure filter (a personal field). */
export function parseListQuery(params: Record<string, string | string[] | undefined>, { team }: { team: boolean }): ListQuery {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const page = Number(one("page"));
  return {
    profession: oneOf(PROFESSIONS, one("profession")),
    interest: oneOf(INTEREST_LEVELS, one("interet")),
    departure: team ? oneOf(DEPARTURE_FILTERS, one("depart")) : null,
    q: (one("q") ?? "").replace(/\s+/g, " ").trim().slice(0, SEARCH_MAX),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

export const isFiltered = (q: ListQuery) => q.profession !== null || q.interest !== null || q.departure !== null || q.q !== "";

/** The address of the list with `q` changed by `change` (page 1 unless the change names a page). */
export function listHref(base: string, q: ListQuery, change: Partial<ListQuery> = {}): string {
  const next = { ...q, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.profession) params.set("profession", next.profession);
  if (next.interest) params.set("interet", next.interest);
  if (next.departure) params.set("depart", next.departure);
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  const s = params.toString();
  return `${base}${s ? `?${s}` : ""}#professionnels`;
}
