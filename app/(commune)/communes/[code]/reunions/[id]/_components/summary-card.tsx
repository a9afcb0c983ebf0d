import { Card } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import { MeetingPlace } from "@/components/meetings/meeting-place";
import type { MeetingDetail } from "@/db/meetings";
import { canEdit } from "@/lib/meetings/phase";
import { formatDuration, formatMeetingWhen, lengthWarningText, meetingLengthWarning } from "@/lib/meetings/schedule";

/** "La réunion": when, how long (with the kit's advice on a first meeting's length while it can change), where, prepared by whom. */
export function SummaryCard({ detail, now }: { detail: MeetingDetail; now: Date }) {
  const { meeting, preparers } = detail;
  const lengthWarning = canEdit(meeting, now) ? meetingLengthWarning(meeting.durationMinutes, meeting.kind) : null;
  return (
    <Card title="La réunion" headingLevel={2}>
      <DefinitionList
        items={[
          { term: "Quand", detail: <span className="first-letter:uppercase">{formatMeetingWhen(meeting)}</span> },
          {
            term: "Durée",
            detail: (
              <>
                {formatDuration(meeting.durationMinutes)}
                {lengthWarning && (
                  <span className="mt-1 block border-l-4 border-amber-600 bg-amber-50 p-2 text-sm text-amber-950" data-testid="duration-warning">
                    <span className="sr-only">Attention : </span>
                    {lengthWarningText(lengthWarning)}
                  </span>
                )}
              </>
            ),
          },
          { term: "Lieu", detail: <MeetingPlace place={meeting.place} /> },
          { term: "Préparée par", detail: preparers.map((p) => p.name).join(", ") || "—" },
        ]}
      />
    </Card>
  );
}
