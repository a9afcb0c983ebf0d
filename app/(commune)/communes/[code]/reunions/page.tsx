import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { listMeetings, type MeetingListRow } from "@/db/meetings";
import { requireCommuneRole } from "@/lib/auth/guards";
import { MEETING_KIND_LABELS } from "@/lib/domain/enums";
import { Badge } from "@/components/ui/badge";
import { awaitsAttendance, meetingPhase } from "@/lib/meetings/phase";
import { formatDuration, formatMeetingWhen } from "@/lib/meetings/schedule";
import { MeetingStatusBadge } from "./_components/status-badge";

export const metadata: Metadata = { title: "Réunions" };

/** The commune's meetings under two headings: to come (soonest first), then past and cancelled (most recent first). */
export default async function MeetingsPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "meeting.prepare");
  const list = listMeetings(ctx.data);
  const upcoming = list.filter((r) => r.section === "upcoming");
  const past = list.filter((r) => r.section === "past");
  const base = `/communes/${ctx.commune.code}/reunions`;
  const prepare = <ButtonLink href={`${base}/nouvelle`}>Préparer une réunion</ButtonLink>;
  const item = (row: MeetingListRow) => <MeetingItem key={row.meeting.id} row={row} base={base} now={ctx.data.now} />;
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
          <div className="space-y-10">
            <section aria-labelledby="reunions-a-venir">
              <h2 id="reunions-a-venir" className="mb-4 text-xl font-bold text-slate-900">
                À venir
              </h2>
              {upcoming.length === 0 ? (
                <p className="text-slate-700">Aucune réunion à venir.</p>
              ) : (
                <ul className="space-y-4" aria-labelledby="reunions-a-venir" data-testid="meetings-upcoming">
                  {upcoming.map(item)}
                </ul>
              )}
            </section>
            {past.length > 0 && (
              <section aria-labelledby="reunions-passees">
                <h2 id="reunions-passees" className="mb-4 text-xl font-bold text-slate-900">
                  Passées et annulées
                </h2>
                <ul className="space-y-4" aria-labelledby="reunions-passees" data-testid="meetings-past">
                  {past.map(item)}
                </ul>
              </section>
            )}
          </div>
        )}
      </div>
    </>
  );
}

function MeetingItem({ row: { meeting, answers }, base, now }: { row: MeetingListRow; base: string; now: Date }) {
  const cancelled = meetingPhase(meeting, now) === "annulee";
  return (
    <li className={`rounded-lg border p-5 shadow-sm ${cancelled ? "border-slate-300 bg-slate-50" : "border-slate-200 bg-white"}`} data-testid="meeting-item">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="text-lg font-bold">
            <Link href={`${base}/${meeting.id}`} className="text-blue-900 underline hover:no-underline">
              {meeting.title}
            </Link>
            {cancelled && <span className="sr-only"> (annulée)</span>}
          </h3>
          <p className="text-sm text-slate-700">{MEETING_KIND_LABELS[meeting.kind]}</p>
        </div>
        <span className="flex flex-wrap gap-2">
          <MeetingStatusBadge status={meeting.status} />
          {awaitsAttendance(meeting, now) && <Badge tone="warning">Présences à noter</Badge>}
        </span>
      </div>
      <p className="mt-2 first-letter:uppercase">
        {cancelled ? <span className="font-semibold">Annulée — était prévue le </span> : null}
        {formatMeetingWhen(meeting)} · {formatDuration(meeting.durationMinutes)}
      </p>
      <p className="text-slate-800">{meeting.place}</p>
      <p className="mt-2 text-sm text-slate-700">
        {answers.total === 0
          ? "Aucun·e invité·e pour l'instant."
          : `${answers.total} invité·e${answers.total > 1 ? "s" : ""} : ${answers.oui} oui · ${answers.peut_etre} peut-être · ${answers.non} non · ${answers.sans_reponse} sans réponse`}
      </p>
    </li>
  );
}
