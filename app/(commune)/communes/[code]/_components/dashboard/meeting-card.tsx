import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { DashboardMeeting } from "@/db/workspaces";
import { MEETING_STATUS_LABELS } from "@/lib/domain/enums";
import { formatMeetingWhen } from "@/lib/meetings/schedule";

/** The next meeting with the professionals (or the latest one) and its answers so far. */
export function MeetingCard({ meeting, base }: { meeting: DashboardMeeting | null; base: string }) {
  return (
    <Card title="Réunions avec les professionnels" headingLevel={2}>
      {meeting ? (
        <>
          <p className="text-sm font-semibold text-teal-800">{meeting.upcoming ? "Prochaine réunion" : "Dernière réunion"}</p>
          <p>
            <strong>{meeting.title}</strong> <Badge tone="info">{MEETING_STATUS_LABELS[meeting.status]}</Badge>
          </p>
          <p className="mt-1 first-letter:uppercase">{formatMeetingWhen(meeting)}</p>
          {meeting.answers.total > 0 ? (
            <p className="mt-1 text-sm text-slate-700">
              {meeting.answers.total} invité·e{meeting.answers.total > 1 ? "s" : ""} : {meeting.answers.oui} oui · {meeting.answers.peut_etre} peut-être · {meeting.answers.non} non ·{" "}
              {meeting.answers.sans_reponse} sans réponse
            </p>
          ) : (
            <p className="mt-1 text-sm text-slate-700">Personne n&apos;est encore invité.</p>
          )}
          <p className="mt-3">
            <Link className="font-semibold text-blue-900 underline" href={`${base}/reunions/${meeting.id}`}>
              Ouvrir la réunion
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>Pas encore de réunion. La première rencontre donne la parole aux professionnels, avec la fédération régionale.</p>
          <p className="mt-3">
            <Link className="font-semibold text-blue-900 underline" href={`${base}/reunions/nouvelle`}>
              Préparer la première rencontre
            </Link>
          </p>
        </>
      )}
    </Card>
  );
}
