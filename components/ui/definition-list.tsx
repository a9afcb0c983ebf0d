import type { ReactNode } from "react";

export type DefinitionItem = { term: ReactNode; detail: ReactNode };

/** Label / value pairs, stacked on mobile and side by side from `sm`. */
export function DefinitionList({ items, className }: { items: DefinitionItem[]; className?: string }) {
  return (
    <dl className={`divide-y divide-slate-200${className ? ` ${className}` : ""}`}>
      {items.map((item, i) => (
        <div key={i} className="grid gap-1 py-2.5 sm:grid-cols-3 sm:gap-4">
          <dt className="font-semibold text-slate-900">{item.term}</dt>
          <dd className="text-slate-800 sm:col-span-2">{item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
