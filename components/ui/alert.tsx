import type { ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "error";

const TONES: Record<AlertTone, { box: string; label: string }> = {
  info: { box: "border-blue-800 bg-blue-50 text-blue-950", label: "Information" },
  success: { box: "border-green-700 bg-green-50 text-green-950", label: "Succès" },
  warning: { box: "border-amber-600 bg-amber-50 text-amber-950", label: "Attention" },
  error: { box: "border-red-700 bg-red-50 text-red-950", label: "Erreur" },
};

export type AlertProps = { tone: AlertTone; title?: ReactNode; children: ReactNode; id?: string; className?: string };

/**
 * A message box. Always a polite status region: Next.js already has its own assertive announcer
 * for route changes, and two assertive regions would talk over each other.
 */
export function Alert({ tone, title, children, id, className }: AlertProps) {
  const t = TONES[tone];
  return (
    <div id={id} role="status" aria-live="polite" className={`rounded-md border-l-4 p-4 ${t.box}${className ? ` ${className}` : ""}`}>
      {title ? (
        <p className="font-bold">
          <span className="sr-only">{t.label} : </span>
          {title}
        </p>
      ) : (
        <span className="sr-only">{t.label} : </span>
      )}
      <div className={title ? "mt-1" : undefined}>{children}</div>
    </div>
  );
}
