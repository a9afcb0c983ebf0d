import type { ReactNode } from "react";

/** A section of a public statement (confidentialité, mentions légales, accessibilité): a titled block of prose. */
export function LegalSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      <div className="space-y-3 leading-relaxed text-slate-800 [&_a]:text-blue-900 [&_a]:underline [&_li]:ml-5 [&_ul]:list-disc [&_ul]:space-y-1">
        {children}
      </div>
    </section>
  );
}

/** A value read from the configuration, or the placeholder saying which variable fills it. */
export function Configured({ value, placeholder }: { value: string | null; placeholder: string }) {
  return value ? <>{value}</> : <em className="text-slate-700">{placeholder}</em>;
}
