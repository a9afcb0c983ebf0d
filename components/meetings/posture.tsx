import { FEDERATION_POSTURE, KEY_MESSAGES, MAYOR_POSTURE, MEETING_OBJECTIVES, MEETING_PURPOSE } from "@/lib/meetings/kit";

/** The kit's reminders for the first meeting: objectives, the mayor's posture, the federation's role. */
export function PostureReminders({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as "h2" | "h3";
  const H2 = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <section aria-labelledby="posture-titre" className="rounded-lg border border-teal-700/30 bg-teal-50 p-5 text-slate-900">
      <H id="posture-titre" className="text-lg font-bold text-teal-900">
        Rappels du kit pour la première rencontre
      </H>
      <H2 className="mt-3 font-semibold">Objectifs</H2>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {MEETING_OBJECTIVES.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm font-semibold">{MEETING_PURPOSE}</p>

      <H2 className="mt-4 font-semibold">Posture du maire</H2>
      <div className="mt-1 grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
        <div>
          <p className="text-sm font-semibold text-green-900">
            <span aria-hidden="true">✓ </span>À privilégier
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {MAYOR_POSTURE.favour.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </div>
        <div>
          <p className="text-sm font-semibold text-red-800">
            <span aria-hidden="true">✗ </span>À éviter
          </p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {MAYOR_POSTURE.avoid.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </div>
      </div>

      <H2 className="mt-4 font-semibold">Rôle de la fédération régionale</H2>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {FEDERATION_POSTURE.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      <p className="mt-4 text-sm italic">{KEY_MESSAGES.join(" ")}</p>
    </section>
  );
}
