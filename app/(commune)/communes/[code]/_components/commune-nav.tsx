"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function CommuneNav({ code, team }: { code: string; team: boolean }) {
  const pathname = usePathname();
  const base = `/communes/${code}`;
  const items = [
    { href: base, label: "Tableau de bord" },
    { href: `${base}/etat-des-lieux`, label: "État des lieux" },
    ...(team
      ? [
          { href: `${base}/reunions`, label: "Réunions" },
          { href: `${base}/federation`, label: "Fédération" },
          { href: `${base}/referent`, label: "Référent santé" },
          { href: `${base}/historique`, label: "Historique" },
        ]
      : []),
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
