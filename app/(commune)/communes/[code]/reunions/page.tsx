import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listMeetings } from "@/db/meetings";
import { requireCommuneRole } from "@/lib/auth/guards";
import { MEETING_KIND_LABELS } from "@/lib/domain/enums";
import { Badge } from "@/components/ui/badge";
import { awaitsAttendance } from "@/lib/meetings/phase";
import { formatDuration, formatMeetingWhen } from "@/lib/meetings/schedule";
import { MeetingStatusBadge } from "./_components/status-badge";

export const metadata: Metadata = { title: "Réunions" };

export default async function MeetingsPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "meeting.prepare");
  const list = listMeetings(ctx.data);
  const base = `/communes/${ctx.commune.code}/reunions`;
  const prepare = <ButtonLink href={`${base}/nouvelle`}>Préparer une réunion</ButtonLink>;
  return (
    <>
      <PageHeader
        title="Réunions avec les professionnels"
        description="La première rencontre donne la parole aux professionnels de santé, avec la fédération régionale. Préparez-la ici, invitez, et suivez les réponses."
        actions={list.length > 0 ? prepare : undefined}
      />
      <div className="mt-6">
        {list.length === 0 ? (
          <EmptyState title="Aucune réunion pour l'instant" action={prepare} headingLevel={2}>
            L&apos;ordre du jour part de la trame du kit : introduction, tour de table, premier constat territorial, échanges ouverts, conclusion et suites.
          </EmptyState>
        ) : (
          <ul className="space-y-4">
            {list.map(({ meeting, answers }) => (
              <li key={meeting.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <h2 className="text-lg font-bold">
                      <Link href={`${base}/${meeting.id}`} className="text-blue-900 underline hover:no-underline">
                        {meeting.title}
                      </Link>
                    </h2>
                    <p className="text-sm text-slate-700">{MEETING_KIND_LABELS[meeting.kind]}</p>
                  </div>
                  <span className="flex flex-wrap gap-2">
                    <MeetingStatusBadge status={meeting.status} />
                    {awaitsAttendance(meeting, ctx.data.now) && <Badge tone="warning">Présences à noter</Badge>}
                  </span>
                </div>
                <p className="mt-2 first-letter:uppercase">
                  {formatMeetingWhen(meeting)} · {formatDuration(meeting.durationMinutes)}
                </p>
                <p className="text-slate-800">{meeting.place}</p>
                <p className="mt-2 text-sm text-slate-700">
                  {answers.total === 0
                    ? "Aucun·e invité·e pour l'instant."
                    : `${answers.total} invité·e${answers.total > 1 ? "s" : ""} : ${answers.oui} oui · ${answers.peut_etre} peut-être · ${answers.non} non · ${answers.sans_reponse} sans réponse`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
