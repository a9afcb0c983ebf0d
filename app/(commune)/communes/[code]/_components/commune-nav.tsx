"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavSections = { checklist: boolean; roles: boolean; meetings: boolean; nextSteps: boolean; federation: boolean; referent: boolean; history: boolean };

/** The sections shown are those the permission table opens to the viewer (computed on the server). */
export function CommuneNav({ code, sections }: { code: string; sections: NavSections }) {
  const pathname = usePathname();
  const base = `/communes/${code}`;
  const items = [
    { href: base, label: "Tableau de bord" },
    ...(sections.checklist ? [{ href: `${base}/100-jours`, label: "Les 100 jours" }] : []),
    { href: `${base}/etat-des-lieux`, label: "État des lieux" },
    ...(sections.meetings ? [{ href: `${base}/reunions`, label: "Réunions" }] : []),
    ...(sections.nextSteps ? [{ href: `${base}/actions`, label: "Prochaines étapes" }] : []),
    ...(sections.roles ? [{ href: `${base}/qui-fait-quoi`, label: "Qui fait quoi" }] : []),
    ...(sections.federation ? [{ href: `${base}/federation`, label: "Fédération" }] : []),
    ...(sections.referent ? [{ href: `${base}/referent`, label: "Référent santé" }] : []),
    ...(sections.history ? [{ href: `${base}/historique`, label: "Historique" }] : []),
  ];
  return (
    <nav aria-label="Rubriques de la commune" className="mt-4 border-b border-slate-300">
      <ul className="-mb-px flex flex-wrap gap-1">
        {items.map((item) => {
          const current = item.href === base ? pathname === base : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-4 px-3 py-2 text-sm font-semibold ${current ? "border-blue-900 text-blue-900" : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
