import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

/**
 * A short status word on a pale tint (dark text, every pairing above 7:1). Its look is the `badge` component class
 * of app/globals.css, a tone its `data-tone`: a list of a hundred badges carries two short attributes each, in the
 * HTML and in the RSC payload, instead of eleven utilities.
 */
export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span className={className ? `badge ${className}` : "badge"} data-tone={tone}>
      {children}
    </span>
  );
}
