import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

// Dark text on a pale tint: every pairing is above 7:1.
const TONES: Record<BadgeTone, string> = {
  neutral: "border-slate-300 bg-slate-100 text-slate-800",
  info: "border-blue-200 bg-blue-50 text-blue-900",
  success: "border-green-200 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  danger: "border-red-200 bg-red-50 text-red-800",
};

export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold ${TONES[tone]}${className ? ` ${className}` : ""}`}>
      {children}
    </span>
  );
}
