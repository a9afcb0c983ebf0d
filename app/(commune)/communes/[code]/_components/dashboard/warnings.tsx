import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { DashboardWarning } from "@/lib/checklist/warnings";

/** The kit's frequent mistakes the data shows, gently: what we see, why it matters, what to do. */
export function DashboardWarnings({ warnings, base }: { warnings: DashboardWarning[]; base: string }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="points-attention" className="mb-6">
      <h2 id="points-attention" className="text-xl font-bold text-slate-900">
        Points d&apos;attention
      </h2>
      <p className="text-sm text-slate-700">Le kit des 100 premiers jours met en garde contre quelques erreurs fréquentes ; voici celles que nous repérons.</p>
      <ul className="mt-3 space-y-3">
        {warnings.map((w) => (
          <li key={w.code}>
            <Alert tone="warning" title={w.title}>
              <p>{w.explanation}</p>
              <p className="mt-2">
                <strong>Que faire ?</strong> {w.advice}{" "}
                <Link className="font-semibold underline" href={`${base}${w.link.path}`}>
                  {w.link.label}
                </Link>
              </p>
            </Alert>
          </li>
        ))}
      </ul>
    </section>
  );
}
