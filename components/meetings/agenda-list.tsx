import { agendaTotal, agendaWarningText, agendaWarnings, formatMinutes, questionLines } from "@/lib/meetings/agenda";

type Item = { id?: number; title: string; durationMinutes: number; leader: string; questions: string };

/** The agenda as read by everyone: timed items, who leads, guiding questions, the total. */
export function AgendaList({ items, meetingMinutes, showWarnings = false, headingLevel = 3 }: { items: Item[]; meetingMinutes: number; showWarnings?: boolean; headingLevel?: 3 | 4 }) {
  const total = agendaTotal(items);
  const warnings = showWarnings ? agendaWarnings(total, meetingMinutes) : [];
  const H = `h${headingLevel}` as "h3" | "h4";
  return (
    <div>
      <ol className="space-y-4">
        {items.map((item, i) => {
          const questions = questionLines(item.questions);
          return (
            <li key={item.id ?? i} className="rounded-md border border-slate-200 bg-slate-50 p-4">
              <H className="font-semibold text-slate-900">
                <span className="mr-2 text-blue-900">{i + 1}.</span>
                {item.title}
              </H>
              <p className="mt-1 text-sm text-slate-700">
                {formatMinutes(item.durationMinutes)}
                {item.leader ? ` · animé par : ${item.leader}` : ""}
              </p>
              {questions.length > 0 && (
                <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
                  {questions.map((q, j) => (
                    <li key={j}>{q}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      <p className="mt-4 font-semibold text-slate-900" data-testid="agenda-total">
        Durée totale de l&apos;ordre du jour : {formatMinutes(total)}
        <span className="font-normal text-slate-700"> (réunion prévue : {formatMinutes(meetingMinutes)})</span>
      </p>
      {warnings.length > 0 && (
        <ul className="mt-2 space-y-1 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">
          {warnings.map((w) => (
            <li key={w.kind}>
              <span className="sr-only">Attention : </span>
              {agendaWarningText(w)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
