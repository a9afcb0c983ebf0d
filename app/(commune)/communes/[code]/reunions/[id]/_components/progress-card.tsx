import { Card } from "@/components/ui/card";
import type { MeetingDetail } from "@/db/meetings";
import { formatDateTime } from "@/lib/dates";
import { canRemind as isDueForReminder } from "@/lib/meetings/invitees";
import { canEdit, invitationsOut, meetingPhase } from "@/lib/meetings/phase";
import { unverifiedRefusal } from "@/lib/trust/verification";
import { AutoRefresh } from "../../_components/auto-refresh";
import { CancelMeetingForm, RemindForm, SendInvitationsForm } from "../../_components/meeting-actions";

/** "Où en est la réunion": what to do now, by phase — send, remind, mark attendance — and the cancellation. */
export function ProgressCard({ detail, code, now, verified = true }: { detail: MeetingDetail; code: string; now: Date; verified?: boolean }) {
  const { meeting, invitees } = detail;
  // After the meeting the daily purge drops the answer links: who was sent one still counts as invited.
  const invited = invitees.filter((i) => i.tokenHash || i.lastSentAt).length;
  return (
    <Card title="Où en est la réunion" headingLevel={2}>
      <Phase detail={detail} code={code} now={now} invited={invited} verified={verified} />
      {canEdit(meeting, now) && (
        <div className="mt-5">
          <CancelMeetingForm code={code} meetingId={meeting.id} version={meeting.version} invitedCount={invitationsOut(meeting) ? invited : 0} />
        </div>
      )}
    </Card>
  );
}

function Phase({ detail, code, now, invited, verified }: { detail: MeetingDetail; code: string; now: Date; invited: number; verified: boolean }) {
  const { meeting, invitees } = detail;
  switch (meetingPhase(meeting, now)) {
    case "brouillon":
      return (
        <div className="space-y-4">
          <p>
            <strong>Brouillon : personne n&apos;a été prévenu.</strong> Vérifiez l&apos;ordre du jour et la liste des invité·es, puis envoyez les invitations : chaque invité·e reçoit un lien personnel pour répondre sans compte, et le fichier d&apos;agenda.
          </p>
          {invitees.length === 0 && <p className="text-slate-700">Ajoutez d&apos;abord au moins un·e invité·e (plus bas).</p>}
          {verified ? (
            <SendInvitationsForm code={code} meetingId={meeting.id} version={meeting.version} count={invitees.length} />
          ) : (
            <p data-testid="send-capped" className="font-semibold text-slate-900">
              {unverifiedRefusal("meeting_mail")}
            </p>
          )}
        </div>
      );
    case "invitations_ouvertes":
      return (
        <div className="space-y-4">
          <p>
            Invitations envoyées{meeting.invitationsSentAt ? ` le ${formatDateTime(meeting.invitationsSentAt)}` : ""}. Les réponses s&apos;affichent ci-dessous au fil de l&apos;eau ; elles peuvent changer jusqu&apos;au début de la réunion.
          </p>
          <RemindForm code={code} meetingId={meeting.id} count={invitees.filter((i) => isDueForReminder(i, now)).length} />
          <AutoRefresh seconds={60} />
          <p className="text-sm text-slate-700">Chaque personne sans réponse reçoit au plus une relance par jour.</p>
        </div>
      );
    case "commencee":
    case "a_marquer":
      return (
        <div className="space-y-4">
          <p>La réunion a commencé le {formatDateTime(meeting.startsAt)}. Notez qui était présent : la réunion sera alors marquée comme tenue.</p>
        </div>
      );
    case "tenue":
      return (
        <p>
          Réunion tenue{meeting.heldAt ? ` (présences notées le ${formatDateTime(meeting.heldAt)})` : ""} : {invitees.filter((i) => i.attended).length} professionnel·le(s) présent·e(s) sur {invitees.length} invité·e(s).
        </p>
      );
    case "annulee":
      return (
        <p>
          Réunion annulée{meeting.cancelledAt ? ` le ${formatDateTime(meeting.cancelledAt)}` : ""}
          {invited > 0 ? " ; les invité·es ont reçu un e-mail d'annulation." : "."}
        </p>
      );
  }
}
