import { Card } from "@/components/ui/card";
import { AgendaList } from "@/components/meetings/agenda-list";
import type { MeetingDetail } from "@/db/meetings";
import { canEdit } from "@/lib/meetings/phase";

/** "Ordre du jour", with the kit's total rule while the agenda can still change. */
export function AgendaCard({ detail, now }: { detail: MeetingDetail; now: Date }) {
  return (
    <Card title="Ordre du jour" headingLevel={2}>
      <AgendaList items={detail.agenda} meetingMinutes={detail.meeting.durationMinutes} showWarnings={canEdit(detail.meeting, now)} />
    </Card>
  );
}
