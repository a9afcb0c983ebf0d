"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The region an item's "Modifier" link opens: focused when it appears, so that a keyboard or screen reader
 * user lands on the form they asked for rather than at the top of the page.
 */
export function FocusHere({ id, labelledBy, children }: { id: string; labelledBy: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section ref={ref} id={id} tabIndex={-1} aria-labelledby={labelledBy} className="mt-4 space-y-6 border-t border-slate-200 pt-4 focus:outline-2 focus:outline-offset-4 focus:outline-blue-800">
      {children}
    </section>
  );
}
