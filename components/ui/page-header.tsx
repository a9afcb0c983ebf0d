import Link from "next/link";
import type { ReactNode } from "react";

export type Breadcrumb = { href?: string; label: string };

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  breadcrumbs?: Breadcrumb[];
  actions?: ReactNode;
};

/** The top of a page: breadcrumb trail, the page's only h1, an introduction and the page's main actions. */
export function PageHeader({ title, description, breadcrumbs, actions }: PageHeaderProps) {
  return (
    <div className="border-b border-slate-200 pb-6">
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav aria-label="Fil d'Ariane" className="mb-3">
          <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
            {breadcrumbs.map((b, i) => {
              const last = i === breadcrumbs.length - 1;
              return (
                <li key={`${i}-${b.label}`} className="flex items-center gap-2">
                  {i > 0 && (
                    <span aria-hidden="true" className="text-slate-500">
                      ›
                    </span>
                  )}
                  {last ? (
                    <span aria-current="page" className="font-semibold text-slate-900">
                      {b.label}
                    </span>
                  ) : b.href ? (
                    <Link href={b.href} className="text-blue-900 underline hover:no-underline">
                      {b.label}
                    </Link>
                  ) : (
                    <span>{b.label}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </nav>
      )}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 max-w-3xl">
          <h1 className="text-3xl font-bold tracking-tight text-blue-900 sm:text-4xl">{title}</h1>
          {description && <div className="mt-3 text-lg text-slate-700">{description}</div>}
        </div>
        {actions && <div className="flex flex-wrap gap-3">{actions}</div>}
      </div>
    </div>
  );
}
