import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { MeetingDetail } from "@/db/meetings";
import { RSVP_LABELS } from "@/lib/domain/enums";
import { ANSWER_KEYS, answerAdvice, answerSummary } from "@/lib/meetings/invitees";
import { isDraft } from "@/lib/meetings/phase";
import { InviteeList } from "./invitee-list";

/** "Réponses": who is coming, by profession (once invited), and every invitee. */
export function AnswersCard({ detail, code, now }: { detail: MeetingDetail; code: string; now: Date }) {
  const { meeting, invitees } = detail;
  return (
    <Card title="Réponses" headingLevel={2}>
      {invitees.length === 0 ? (
        <p>Aucun·e invité·e pour l&apos;instant.</p>
      ) : (
        <div className="space-y-6">
          {!isDraft(meeting) && (
            <section aria-labelledby="par-profession">
              <h3 id="par-profession" className="mb-3 text-lg font-bold">
                Qui vient, par profession
              </h3>
              <ByProfession detail={detail} now={now} />
            </section>
          )}
          <section aria-labelledby="liste-invites">
            <h3 id="liste-invites" className="text-lg font-bold">
              Invité·es ({invitees.length})
            </h3>
            <InviteeList detail={detail} code={code} now={now} />
          </section>
        </div>
      )}
    </Card>
  );
}

/** The counts, the advice (only while answers are open: not once the meeting is cancelled or held), the table. */
function ByProfession({ detail, now }: { detail: MeetingDetail; now: Date }) {
  const s = answerSummary(detail.invitees);
  const advice = answerAdvice(s, detail.meeting, now);
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap gap-2" data-testid="answer-counts">
        {ANSWER_KEYS.map((k) => (
          <Badge key={k} tone={k === "oui" ? "success" : k === "non" ? "danger" : k === "peut_etre" ? "warning" : "neutral"}>
            {RSVP_LABELS[k]} : {s.counts[k]}
          </Badge>
        ))}
      </p>
      {advice && (
        <Alert tone={advice.tone} title={advice.title}>
          {advice.text}
        </Alert>
      )}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Réponses par profession</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Profession
              </th>
              {ANSWER_KEYS.map((k) => (
                <th key={k} scope="col" className="px-2 py-2 text-right">
                  {RSVP_LABELS[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.byProfession.map((r) => (
              <tr key={r.key} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-3 font-semibold">
                  {r.label}
                </th>
                {ANSWER_KEYS.map((k) => (
                  <td key={k} className={`px-2 py-2 text-right ${k === "oui" && r.oui > 0 ? "font-bold text-green-900" : ""}`}>
                    {r[k]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
