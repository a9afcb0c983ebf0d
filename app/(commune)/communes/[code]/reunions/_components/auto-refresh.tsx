"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * Answers arrive while the organisers look at the page: it re-reads the server's data every `seconds`
 * (only while the tab is visible). Forms keep what is typed in them.
 */
export function AutoRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const id = window.setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, seconds * 1000);
    return () => window.clearInterval(id);
  }, [router, seconds]);
  return <p className="text-sm text-slate-700">Les réponses s&apos;affichent d&apos;elles-mêmes : la page se met à jour chaque minute.</p>;
}
