"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * What a link or an action just opened (the selected invitee, the outcome of the last action): focused when it
 * appears, so that a keyboard or screen reader user lands on it rather than at the top of the page or on a
 * button that no longer exists. Focused once: a refresh of the page leaves the focus where it is.
 */
export function FocusOnArrival({ className, labelledBy, children }: { className?: string; labelledBy?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} role={labelledBy ? "region" : undefined} aria-labelledby={labelledBy} className={`focus:outline-2 focus:outline-offset-4 focus:outline-blue-800${className ? ` ${className}` : ""}`}>
      {children}
    </div>
  );
}
