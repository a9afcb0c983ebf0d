import { Card } from "@/components/ui/card";
import { AgendaList } from "@/components/meetings/agenda-list";
import type { MeetingDetail } from "@/db/meetings";

/** "Ordre du jour", with the kit's total rule. */
export function AgendaCard({ detail }: { detail: MeetingDetail }) {
  return (
    <Card title="Ordre du jour" headingLevel={2}>
      <AgendaList items={detail.agenda} meetingMinutes={detail.meeting.durationMinutes} showWarnings />
    </Card>
  );
}
