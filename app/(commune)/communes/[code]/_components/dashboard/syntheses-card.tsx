import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/dates";

/** The published syntheses of the commune's meetings. */
export function SynthesesCard({ syntheses, base }: { syntheses: { meetingId: number; title: string; startsAt: Date; publishedAt: Date }[]; base: string }) {
  if (syntheses.length === 0) return null;
  return (
    <Card title="Synthèses publiées" headingLevel={2}>
      <ul className="space-y-2">
        {syntheses.map((s) => (
          <li key={s.meetingId}>
            <Link className="font-semibold text-blue-900 underline" href={`${base}/reunions/${s.meetingId}/synthese`}>
              {s.title}
            </Link>
            <span className="block text-sm text-slate-700">
              Réunion du {formatDate(s.startsAt)} · synthèse publiée le {formatDate(s.publishedAt)}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
