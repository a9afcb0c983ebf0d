import { Pager } from "@/components/ui/pager";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { MeetingDetail } from "@/db/meetings";
import { RSVP_LABELS } from "@/lib/domain/enums";
import { ANSWER_KEYS, answerAdvice, answerSummary, type AnswerSummary } from "@/lib/meetings/invitees";
import { inviteeHref, inviteePage, type InviteeQuery } from "@/lib/meetings/invitee-list";
import { canRemind, isDraft } from "@/lib/meetings/phase";
import { InviteeList } from "./invitee-list";

const link = "text-blue-900 underline hover:no-underline aria-[current=true]:font-bold aria-[current=true]:no-underline";

/**
 * "Réponses": who is coming, by profession (once invited), and the invitees — a page of them, filtered by answer
 * (`?reponse=`), with the one selected by `?invite=` opened in place.
 */
export function AnswersCard({ detail, code, now, query }: { detail: MeetingDetail; code: string; now: Date; query: InviteeQuery }) {
  const { meeting, invitees } = detail;
  const draft = isDraft(meeting);
  const summary = answerSummary(invitees);
  const list = inviteePage(invitees, query);
  const gone = query.invite !== null && !list.selected;
  const where = [list.answer ? `réponse « ${RSVP_LABELS[list.answer]} »` : "", list.pages > 1 ? `page ${list.page} sur ${list.pages}` : ""].filter(Boolean).join(", ");
  return (
    <Card title="Réponses" headingLevel={2}>
      {invitees.length === 0 ? (
        <p>Aucun·e invité·e pour l&apos;instant.</p>
      ) : (
        <div className="space-y-6">
          {!draft && (
            <section aria-labelledby="par-profession">
              <h3 id="par-profession" className="mb-3 text-lg font-bold">
                Qui vient, par profession
              </h3>
              <ByProfession summary={summary} detail={detail} now={now} />
            </section>
          )}
          <section aria-labelledby="liste-invites">
            <h3 id="liste-invites" className="text-lg font-bold">
              Invité·es ({invitees.length})
            </h3>
            <p className="text-sm text-slate-700">
              {draft
                ? "Choisissez une personne pour la retirer de la liste."
                : canRemind(meeting, now)
                  ? "Choisissez une personne pour lire sa réponse en entier, lui renvoyer son lien ou, si son e-mail n'a pas été remis, la retirer."
                  : "Choisissez une personne pour lire sa réponse en entier."}
            </p>
            {!draft && (
              <nav aria-label="Invité·es par réponse" className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
                <a href={inviteeHref({}, "liste-invites")} aria-current={list.answer === null ? "true" : undefined} className={link}>
                  Toutes ({invitees.length})
                </a>
                {ANSWER_KEYS.map((k) => (
                  <a key={k} href={inviteeHref({ answer: k }, "liste-invites")} aria-current={list.answer === k ? "true" : undefined} className={link}>
                    {RSVP_LABELS[k]} ({summary.counts[k]})
                  </a>
                ))}
              </nav>
            )}
            {where && (
              <p className="mt-2 text-slate-800" role="status">
                {list.total} invité·e{list.total > 1 ? "s" : ""} : {where}.
              </p>
            )}
            {gone && (
              <p className="mt-2 font-semibold text-slate-900" role="status">
                Cette personne ne fait plus partie des invité·es de la réunion.
              </p>
            )}
            {list.total === 0 ? (
              <p className="mt-3 text-slate-700">Personne n&apos;a cette réponse.</p>
            ) : (
              <InviteeList meeting={meeting} rows={list.rows} answer={list.answer} page={list.page} selectedId={list.selected?.id ?? null} code={code} now={now} />
            )}
            <Pager label="Pages de la liste des invité·es" page={list.page} pages={list.pages} href={(page) => inviteeHref({ answer: list.answer, page }, "liste-invites")} className="mt-3" />
          </section>
        </div>
      )}
    </Card>
  );
}

/** The counts, the advice (only while answers are open: not once the meeting is cancelled or held), the table. */
function ByProfession({ summary: s, detail, now }: { summary: AnswerSummary; detail: MeetingDetail; now: Date }) {
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
        {/* The cells' styles are set once on the table (a row per profession). */}
        <table className="w-full border-collapse text-left text-sm [&_td]:px-2 [&_td]:py-2 [&_td]:text-right [&_tbody_th]:py-2 [&_tbody_th]:pr-3 [&_tbody_th]:font-semibold [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200">
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
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {ANSWER_KEYS.map((k) => (
                  <td key={k} className={k === "oui" && r.oui > 0 ? "font-bold text-green-900" : undefined}>
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
