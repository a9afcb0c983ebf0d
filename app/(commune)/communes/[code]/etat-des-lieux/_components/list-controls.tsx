import { Pager } from "@/components/ui/pager";
import { buttonClasses } from "@/components/ui/button";
import { INTEREST_LABELS, INTEREST_LEVELS, PROFESSIONS, PROFESSION_LABELS, type Profession } from "@/lib/domain/enums";
import { DEPARTURE_FILTERS, DEPARTURE_FILTER_LABELS, isFiltered, listHref, SEARCH_MAX, type ListQuery } from "@/lib/inventory/list-query";

const control = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900";

/**
 * The list's filters: a plain GET form (it works without JavaScript, and the address can be shared). The
 * professions offered are those recorded, with their count.
 */
export function ListFilters({ base, query, team, professionCounts }: { base: string; query: ListQuery; team: boolean; professionCounts: Map<Profession, number> }) {
  return (
    <form method="get" action={`${base}#professionnels`} role="search" aria-label="Filtrer les professionnels" className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-5">
      <div>
        <label htmlFor="filtre-profession" className="font-semibold text-slate-900">
          Profession
        </label>
        <select id="filtre-profession" name="profession" defaultValue={query.profession ?? ""} className={control}>
          <option value="">Toutes</option>
          {PROFESSIONS.filter((p) => professionCounts.has(p) || p === query.profession).map((p) => (
            <option key={p} value={p}>
              {`${PROFESSION_LABELS[p]} (${professionCounts.get(p) ?? 0})`}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filtre-interet" className="font-semibold text-slate-900">
          Travailler ensemble
        </label>
        <select id="filtre-interet" name="interet" defaultValue={query.interest ?? ""} className={control}>
          <option value="">Toutes les réponses</option>
          {INTEREST_LEVELS.map((i) => (
            <option key={i} value={i}>
              {INTEREST_LABELS[i]}
            </option>
          ))}
        </select>
      </div>
      {team && (
        <div>
          <label htmlFor="filtre-depart" className="font-semibold text-slate-900">
            Départ prévu
          </label>
          <select id="filtre-depart" name="depart" defaultValue={query.departure ?? ""} className={control}>
            <option value="">Tous</option>
            {DEPARTURE_FILTERS.map((d) => (
              <option key={d} value={d}>
                {DEPARTURE_FILTER_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="filtre-recherche" className="font-semibold text-slate-900">
          Rechercher
        </label>
        <input id="filtre-recherche" name="q" type="search" defaultValue={query.q} maxLength={SEARCH_MAX} aria-describedby="filtre-recherche-aide" className={control} />
        <p id="filtre-recherche-aide" className="mt-1 text-xs text-slate-700">
          {team ? "Nom, profession précisée, e-mail ou téléphone" : "Nom ou profession précisée"}
        </p>
      </div>
      <div className="flex flex-wrap items-start gap-3 sm:pt-7">
        <button type="submit" className={buttonClasses("primary")}>
          Filtrer
        </button>
        {isFiltered(query) && (
          <a href={`${base}#professionnels`} className={buttonClasses("secondary")}>
            Tout afficher
          </a>
        )}
      </div>
    </form>
  );
}

/** "Page 2 sur 40" with the first, previous, next and last pages, keeping the filters. */
export function Pagination({ base, query, page, pageCount }: { base: string; query: ListQuery; page: number; pageCount: number }) {
  return <Pager label="Pages de la liste des professionnels" page={page} pages={pageCount} href={(p) => listHref(base, query, { page: p })} ends />;
}
