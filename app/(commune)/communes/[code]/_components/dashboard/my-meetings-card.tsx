import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { MemberMeeting } from "@/db/syntheses";
import { formatDate } from "@/lib/dates";
import { RSVP_LABELS } from "@/lib/domain/enums";
import { formatMeetingWhen } from "@/lib/meetings/schedule";

/** A professional's meetings: their answer, and the synthesis once published. */
export function MyMeetingsCard({ meetings, base }: { meetings: MemberMeeting[]; base: string }) {
  return (
    <Card title="Mes réunions" headingLevel={2}>
      {meetings.length === 0 ? (
        <p>Vous n&apos;êtes invité·e à aucune réunion de la commune pour l&apos;instant.</p>
      ) : (
        <ul className="space-y-4">
          {meetings.map((m) => (
            <li key={m.meetingId}>
              <p className="font-semibold text-slate-900">{m.title}</p>
              <p className="text-sm first-letter:uppercase text-slate-800">{formatMeetingWhen(m)}</p>
              <p className="mt-1 text-sm">
                {m.status === "annulee" ? (
                  <Badge tone="danger">Annulée</Badge>
                ) : (
                  <>
                    Votre réponse : <strong>{m.answer ? RSVP_LABELS[m.answer] : "pas encore donnée"}</strong>
                    {m.attended === true && " — présent·e"}
                  </>
                )}
              </p>
              {!m.answer && m.status === "invitations_envoyees" && <p className="text-sm text-slate-700">Répondez par le lien personnel reçu dans l&apos;e-mail d&apos;invitation.</p>}
              {m.synthesisPublishedAt && (
                <p className="mt-1">
                  <Link className="font-semibold text-blue-900 underline" href={`${base}/reunions/${m.meetingId}/synthese`}>
                    Lire la synthèse<span className="sr-only"> de « {m.title} »</span>
                  </Link>{" "}
                  <span className="text-sm text-slate-700">(publiée le {formatDate(m.synthesisPublishedAt)})</span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
