"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (to paper or to a PDF); hidden on paper. */
export function PrintButton() {
  return (
    <Button type="button" variant="secondary" className="print:hidden" onClick={() => window.print()}>
      Imprimer
    </Button>
  );
}
