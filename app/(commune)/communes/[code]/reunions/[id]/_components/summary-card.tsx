import { Card } from "@/components/ui/card";
import { DefinitionList } from "@/components/ui/definition-list";
import { MeetingPlace } from "@/components/meetings/meeting-place";
import type { MeetingDetail } from "@/db/meetings";
import { formatDuration, formatMeetingWhen } from "@/lib/meetings/schedule";

/** "La réunion": when, how long, where, prepared by whom. */
export function SummaryCard({ detail }: { detail: MeetingDetail }) {
  const { meeting, preparers } = detail;
  return (
    <Card title="La réunion" headingLevel={2}>
      <DefinitionList
        items={[
          { term: "Quand", detail: <span className="first-letter:uppercase">{formatMeetingWhen(meeting)}</span> },
          { term: "Durée", detail: formatDuration(meeting.durationMinutes) },
          { term: "Lieu", detail: <MeetingPlace place={meeting.place} /> },
          { term: "Préparée par", detail: preparers.map((p) => p.name).join(", ") || "—" },
        ]}
      />
    </Card>
  );
}
