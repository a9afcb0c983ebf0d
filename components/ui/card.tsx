import type { ReactNode } from "react";

export type CardProps = {
  title?: ReactNode;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/**
 * A white panel; with a title it is a section named by its heading (h2 by default). Its look is the `card`
 * component classes of app/globals.css (a page holds up to a dozen cards, each sent twice: HTML and RSC
 * payload); utilities passed in `className` win over them.
 */
export function Card({ title, headingLevel = 2, actions, className, children }: CardProps) {
  const H = headingLevel === 3 ? "h3" : "h2";
  const box = className ? `card ${className}` : "card";
  if (!title) {
    return (
      <div className={box}>
        {children}
        {actions && <div className="card-actions">{actions}</div>}
      </div>
    );
  }
  return (
    <section className={box}>
      <H className="card-title">{title}</H>
      {children}
      {actions && <div className="card-actions">{actions}</div>}
    </section>
  );
}
