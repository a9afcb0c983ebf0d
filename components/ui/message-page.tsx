import type { ReactNode } from "react";
import { PageHeader } from "./page-header";

/** A page that only says something (an invalid, expired or used link…): a title and a few paragraphs. */
export function MessagePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <PageHeader title={title} />
      <div className="mt-6 space-y-3 text-slate-800">{children}</div>
    </div>
  );
}
