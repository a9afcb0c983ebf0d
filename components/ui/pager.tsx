/**
 * « Page 2 sur 40 » with the previous and next pages (and the first and last ones when `ends`), for every paged
 * list: plain links a keyboard and a screen reader follow (no JavaScript needed), each a 44 px target, named by
 * the navigation landmark's `label` (« Pages de la liste des professionnels »). `href(page)` keeps the list's
 * filters. Nothing is rendered for a list of one page.
 */
export function Pager({ label, page, pages, href, ends = false, className = "" }: { label: string; page: number; pages: number; href: (page: number) => string; ends?: boolean; className?: string }) {
  if (pages <= 1) return null;
  const link = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 font-semibold text-blue-900 underline hover:no-underline";
  return (
    <nav aria-label={label} className={`flex flex-wrap items-center gap-3 ${className}`}>
      {ends && page > 2 && (
        <a href={href(1)} className={link}>
          Première page
        </a>
      )}
      {page > 1 && (
        <a href={href(page - 1)} className={link} rel="prev">
          Page précédente
        </a>
      )}
      <p aria-current="page" className="font-semibold text-slate-900">
        {`Page ${page} sur ${pages}`}
      </p>
      {page < pages && (
        <a href={href(page + 1)} className={link} rel="next">
          Page suivante
        </a>
      )}
      {ends && page < pages - 1 && (
        <a href={href(pages)} className={link}>
          Dernière page
        </a>
      )}
    </nav>
  );
}
