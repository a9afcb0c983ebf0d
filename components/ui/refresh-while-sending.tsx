"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * While some e-mails of the page are still "envoi en cours", reloads the page's data every few seconds (at most a
 * minute), so that "remis" or "non remis — renvoyer" appears without the user reloading. Forms keep what was typed:
 * `router.refresh()` re-renders the server parts only.
 */
export function RefreshWhileSending({ pending }: { pending: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    let rounds = 0;
    const timer = setInterval(() => {
      rounds += 1;
      if (rounds > 30) clearInterval(timer);
      else router.refresh();
    }, 2_000);
    return () => clearInterval(timer);
  }, [pending, router]);
  return null;
}
