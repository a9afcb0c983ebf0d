import type { RoundTableQuestion } from "@/db/syntheses";

/** The invitees' round-table answers given beforehand, one table by question: who said what, side by side. */
export function RoundTable({ questions }: { questions: RoundTableQuestion[] }) {
  const answered = questions.filter((q) => q.answers.length > 0);
  return (
    <section aria-labelledby="round-table-title" className="space-y-4 rounded-md bg-slate-50 p-4">
      <h3 id="round-table-title" className="text-lg font-bold text-slate-900">
        Réponses au tour de table données avant la réunion
      </h3>
      {answered.length === 0 ? (
        <p className="text-slate-800">Aucun·e invité·e n&apos;a répondu aux questions du tour de table avant la réunion.</p>
      ) : (
        answered.map((q) => (
          <div key={q.name} className="overflow-x-auto rounded-md border border-slate-200 bg-white" role="region" aria-label={q.label} tabIndex={0}>
            <table className="w-full text-left text-sm">
              <caption className="p-2 text-left font-semibold text-slate-900">
                {q.label} ({q.answers.length} réponse{q.answers.length > 1 ? "s" : ""})
              </caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="w-1/3 p-2 font-semibold">
                    Invité·e
                  </th>
                  <th scope="col" className="p-2 font-semibold">
                    Réponse
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {q.answers.map((a, i) => (
                  <tr key={i}>
                    <th scope="row" className="p-2 align-top font-normal">
                      <span className="font-semibold">{a.name}</span>
                      <br />
                      <span className="text-slate-700">{a.profession}</span>
                    </th>
                    <td className="whitespace-pre-line p-2 align-top">{a.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
    </section>
  );
}
