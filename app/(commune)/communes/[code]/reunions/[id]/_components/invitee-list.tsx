import { Badge } from "@/components/ui/badge";
import type { Invitee, MeetingDetail } from "@/db/meetings";
import { formatDateTime } from "@/lib/dates";
import { professionLabel } from "@/lib/meetings/invitees";
import { ROUND_TABLE_FIELDS } from "@/lib/meetings/kit";
import { canEdit, canRemind, isDraft, meetingPhase } from "@/lib/meetings/phase";
import { AnswerBadge } from "../../_components/status-badge";
import { InviteeActions } from "../../_components/meeting-actions";

function Delivery({ invitee, draft }: { invitee: Invitee; draft: boolean }) {
  if (draft) return <span className="text-sm text-slate-700">Pas encore invité·e</span>;
  if (invitee.deliveryStatus === "failed") return <Badge tone="danger">E-mail non remis</Badge>;
  if (invitee.deliveryStatus === "pending") return <Badge tone="info">Envoi en cours</Badge>;
  return (
    <span className="text-sm text-slate-700">
      E-mail remis{invitee.lastSentAt ? ` le ${formatDateTime(invitee.lastSentAt)}` : ""}
      {invitee.lastReminderAt ? ` · relancé·e le ${formatDateTime(invitee.lastReminderAt)}` : ""}
    </span>
  );
}

/** Each invitee: who, their answer and round table, how their e-mail went, and what may still be done for them. */
export function InviteeList({ detail, code, now }: { detail: MeetingDetail; code: string; now: Date }) {
  const { meeting, invitees } = detail;
  const draft = isDraft(meeting);
  const held = meetingPhase(meeting, now) === "tenue";
  const editable = canEdit(meeting, now);
  // A new link while answers are open; removal while nobody was told, or when their e-mail never arrived.
  const canResend = canRemind(meeting, now);
  return (
    <ul className="divide-y divide-slate-200" aria-label="Invité·es et leurs réponses">
      {invitees.map((i) => {
        const roundTable = ROUND_TABLE_FIELDS.filter((f) => i[f.name]);
        return (
          <li key={i.id} className="grid gap-2 py-4 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto]" data-testid="invitee">
            <div className="min-w-0">
              <p className="font-semibold text-slate-900 [overflow-wrap:anywhere]">{i.name}</p>
              <p className="text-sm text-slate-700">{professionLabel(i.profession)}</p>
              <p className="break-all text-sm text-slate-700">{i.email}</p>
            </div>
            <div className="min-w-0 space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                {!draft && <AnswerBadge answer={i.answer} />}
                {i.answeredAt && <span className="text-sm text-slate-700">le {formatDateTime(i.answeredAt)}</span>}
                {held && <Badge tone={i.attended ? "success" : "neutral"}>{i.attended ? "Présent·e" : "Absent·e"}</Badge>}
              </p>
              {i.comment && <p className="text-slate-800">« {i.comment} »</p>}
              {roundTable.length > 0 && (
                <details className="text-sm">
                  <summary className="cursor-pointer font-semibold text-blue-900">Tour de table préparé ({roundTable.length}/4)</summary>
                  <dl className="mt-2 space-y-2">
                    {roundTable.map((f) => (
                      <div key={f.name}>
                        <dt className="font-semibold">{f.label}</dt>
                        <dd className="whitespace-pre-line text-slate-800">{i[f.name]}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              )}
              <p>
                <Delivery invitee={i} draft={draft} />
              </p>
            </div>
            <div>
              <InviteeActions
                code={code}
                meetingId={meeting.id}
                inviteeId={i.id}
                name={i.name}
                canResend={canResend}
                resendLabel={i.deliveryStatus === "sent" ? "Renvoyer le lien" : "Renvoyer"}
                canRemove={editable && (draft || i.deliveryStatus === "failed")}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
