import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { MeetingDetail } from "@/db/meetings";
import { COMMUNE_ROLE_LABELS, RSVP_LABELS } from "@/lib/domain/enums";
import { professionLabel } from "@/lib/meetings/invitees";
import { canMarkAttendance, meetingPhase } from "@/lib/meetings/phase";
import { AttendanceForm } from "../../_components/meeting-actions";
import { FocusOnArrival } from "./focus-on-arrival";

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * "Présences": from the start on, who came; the meeting is then held (and can be corrected). The form, a box per
 * invitee, is opened by `?presences=1` (a GET that only opens it): the meeting's page does not carry it otherwise.
 */
export function AttendanceCard({ detail, code, now, open }: { detail: MeetingDetail; code: string; now: Date; open: boolean }) {
  const meetingPath = `/communes/${code}/reunions/${detail.meeting.id}`;
  const { meeting, invitees, team } = detail;
  if (!canMarkAttendance(meeting, now)) return null;
  const held = meetingPhase(meeting, now) === "tenue";
  const present = invitees.filter((i) => i.attended).length;
  const yes = invitees.filter((i) => i.answer === "oui").length;
  return (
    <div id="presences">
      <Card title="Présences" headingLevel={2}>
        {open ? (
          <FocusOnArrival labelledBy="presences-formulaire" className="space-y-4">
            <p id="presences-formulaire" className="text-slate-800">
              {held ? "Corrigez les présences notées :" : "Cochez qui était présent·e : la réunion sera alors notée comme tenue."} les personnes qui avaient répondu « {RSVP_LABELS.oui} » sont cochées d&apos;avance la première fois.
            </p>
            <AttendanceForm
              code={code}
              meetingId={meeting.id}
              version={meeting.version}
              held={held}
              invitees={invitees.map((i) => ({
                id: i.id,
                name: i.name,
                profession: professionLabel(i.profession),
                answerLabel: RSVP_LABELS[i.answer ?? "sans_reponse"],
                attended: i.attended,
                expected: i.answer === "oui",
              }))}
              team={team.map((t) => ({ userId: t.userId, name: t.name, rolesLabel: t.roles.map((r) => COMMUNE_ROLE_LABELS[r]).join(", "), attended: t.attended }))}
            />
            <p>
              <a href={`${meetingPath}#presences`} className="text-blue-900 underline hover:no-underline">
                Fermer les présences
              </a>
            </p>
          </FocusOnArrival>
        ) : (
          <div className="space-y-4">
            <p className="text-slate-800">
              {held
                ? `${plural(present, "professionnel·le présent·e", "professionnel·les présent·es")} sur ${plural(invitees.length, "invité·e", "invité·es")}.`
                : `La réunion a commencé : notez qui était présent·e parmi ${plural(invitees.length, "invité·e", "invité·es")} (${yes} avec la réponse « ${RSVP_LABELS.oui} ») et l'équipe.`}
            </p>
            <ButtonLink href={`${meetingPath}?presences=1#presences`} variant={held ? "secondary" : "primary"}>
              {held ? "Corriger les présences" : "Noter les présences"}
            </ButtonLink>
          </div>
        )}
      </Card>
    </div>
  );
}
