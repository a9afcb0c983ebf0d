import type { ReactNode } from "react";

export type EmptyStateProps = {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  headingLevel?: 2 | 3 | 4;
};

/** What a list shows when it has nothing yet: what will appear here, and how to start. */
export function EmptyState({ title, children, action, headingLevel = 3 }: EmptyStateProps) {
  const H = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <div className="rounded-lg border-2 border-dashed border-slate-300 bg-white px-6 py-8 text-center">
      <H className="text-lg font-semibold text-slate-900">{title}</H>
      {children && <div className="mx-auto mt-2 max-w-prose text-slate-700">{children}</div>}
      {action && <div className="mt-5 flex flex-wrap justify-center gap-3">{action}</div>}
    </div>
  );
}
