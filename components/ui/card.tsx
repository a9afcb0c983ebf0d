import type { ReactNode } from "react";

export type CardProps = {
  title?: ReactNode;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A white panel; with a title it is a section named by its heading (h2 by default). */
export function Card({ title, headingLevel = 2, actions, className, children }: CardProps) {
  const H = headingLevel === 3 ? "h3" : "h2";
  const box = `rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6${className ? ` ${className}` : ""}`;
  if (!title) {
    return (
      <div className={box}>
        {children}
        {actions && <div className="mt-4 flex flex-wrap gap-3">{actions}</div>}
      </div>
    );
  }
  return (
    <section className={box}>
      <H className={`mb-4 font-bold text-slate-900 ${headingLevel === 3 ? "text-lg" : "text-xl"}`}>{title}</H>
      {children}
      {actions && <div className="mt-4 flex flex-wrap gap-3">{actions}</div>}
    </section>
  );
}
