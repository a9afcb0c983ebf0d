import { Card } from "@/components/ui/card";
import type { MeetingDetail } from "@/db/meetings";
import { COMMUNE_ROLE_LABELS, RSVP_LABELS } from "@/lib/domain/enums";
import { professionLabel } from "@/lib/meetings/invitees";
import { canMarkAttendance, meetingPhase } from "@/lib/meetings/phase";
import { AttendanceForm } from "../../_components/meeting-actions";

/** "Présences": from the start on, who came; the meeting is then held (and can be corrected). */
export function AttendanceCard({ detail, code, now }: { detail: MeetingDetail; code: string; now: Date }) {
  const { meeting, invitees, team } = detail;
  if (!canMarkAttendance(meeting, now)) return null;
  return (
    <Card title="Présences" headingLevel={2}>
      <AttendanceForm
        code={code}
        meetingId={meeting.id}
        version={meeting.version}
        held={meetingPhase(meeting, now) === "tenue"}
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
    </Card>
  );
}
