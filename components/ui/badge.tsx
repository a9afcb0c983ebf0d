import type { ReactNode } from "react";
import { html, type Html, type HtmlValue } from "@/lib/html";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

/**
 * A short label on a pale tint (dark text: every pairing is above 7:1). Its styles are the `.badge` and
 * `.badge-<tone>` component classes of app/globals.css: a list may hold dozens of badges, each rendered twice
 * (HTML and RSC payload). A `className` adds utilities, which win over the component classes.
 */
export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={`badge badge-${tone}${className ? ` ${className}` : ""}`}>{children}</span>;
}

/** The same badge as markup, for rows built with `html` (lib/html.ts). */
export function badgeHtml(tone: BadgeTone, text: HtmlValue): Html {
  return html`<span class="badge badge-${tone}">${text}</span>`;
}
