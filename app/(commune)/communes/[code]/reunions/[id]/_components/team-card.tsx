import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import type { MeetingDetail } from "@/db/meetings";
import { COMMUNE_ROLE_LABELS } from "@/lib/domain/enums";
import { invitationsOut, meetingPhase } from "@/lib/meetings/phase";

/** "L'équipe participe aussi": the team, and once held, who of them came. */
export function TeamCard({ detail, now }: { detail: MeetingDetail; now: Date }) {
  const { meeting, team } = detail;
  const held = meetingPhase(meeting, now) === "tenue";
  return (
    <Card title="L'équipe participe aussi" headingLevel={2}>
      <ul className="space-y-2">
        {team.map((t) => (
          <li key={t.userId}>
            <span className="font-semibold">{t.name}</span>
            <span className="block text-sm text-slate-700">{t.roles.map((r) => COMMUNE_ROLE_LABELS[r]).join(", ")}</span>
            {held && t.attended !== null && <Badge tone={t.attended ? "success" : "neutral"}>{t.attended ? "Présent·e" : "Absent·e"}</Badge>}
          </li>
        ))}
      </ul>
      {invitationsOut(meeting) && <p className="mt-3 text-sm text-slate-700">Chacun·e a reçu le fichier d&apos;agenda de la réunion.</p>}
    </Card>
  );
}
