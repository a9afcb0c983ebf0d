import type { Metadata } from "next";
import { isVerified } from "@/lib/trust/verification";
import { firstParam } from "@/lib/lookup";
import { inviteeQuery, type Search } from "@/lib/meetings/invitee-list";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { PostureReminders } from "@/components/meetings/posture";
import { getMeeting, invitableProfessionals, PICKER_SEARCH_MAX } from "@/db/meetings";
import { synthesisStatus } from "@/db/syntheses";
import { requireCommuneRole } from "@/lib/auth/guards";
import { MEETING_KIND_LABELS } from "@/lib/domain/enums";
import { canEdit, canSynthesise, isDraft } from "@/lib/meetings/phase";
import { MeetingStatusBadge } from "../_components/status-badge";
import { meetingIdParam } from "../_components/defaults";
import { MeetingNotices } from "./_components/notices";
import { ProgressCard } from "./_components/progress-card";
import { AnswersCard } from "./_components/answers-card";
import { SummaryCard } from "./_components/summary-card";
import { AgendaCard } from "./_components/agenda-card";
import { AttendanceCard } from "./_components/attendance-card";
import { AddInviteesCard } from "./_components/add-invitees-card";
import { TeamCard } from "./_components/team-card";
import { SynthesisCard } from "./_components/synthesis-card";

export const metadata: Metadata = { title: "Réunion" };

/**
 * One meeting, for its organisers: cards that each show what the meeting's phase calls for. The inventory picker
 * shows a search's first lines, never the whole inventory; the invitees' list a page of them (filtered by answer),
 * with the actions of the one selected by `?invite=` only.
 */
export default async function MeetingPage({ params, searchParams }: { params: Promise<{ code: string; id: string }>; searchParams: Promise<Search> }) {
  const { code, id } = await params;
  const query = await searchParams;
  const fait = firstParam(query.fait);
  const ctx = await requireCommuneRole(code, "meeting.prepare");
  const meetingId = meetingIdParam(id);
  const detail = meetingId ? getMeeting(ctx.data, { meetingId }) : null;
  if (!detail) notFound();
  const { meeting, invitees } = detail;
  const { now } = ctx.data;
  const base = `/communes/${ctx.commune.code}/reunions`;
  const editable = canEdit(meeting, now);
  const search = (firstParam(query.chercher) ?? "").trim().slice(0, PICKER_SEARCH_MAX);
  const picker = editable ? invitableProfessionals(ctx.data, { meetingId: meeting.id, search }) : { matches: [], total: 0 };
  const listQuery = inviteeQuery(query);
  const card = { detail, code: ctx.commune.code, now };
  // Once invitations are out, the answers come first; a draft's invitees come after its agenda.
  const answersFirst = !isDraft(meeting);

  return (
    <>
      <PageHeader
        title={meeting.title}
        breadcrumbs={[{ href: base, label: "Réunions" }, { label: meeting.title }]}
        description={
          <span className="flex flex-wrap items-center gap-3">
            <MeetingStatusBadge status={meeting.status} />
            <span>{MEETING_KIND_LABELS[meeting.kind]}</span>
          </span>
        }
        actions={
          editable ? (
            <ButtonLink href={`${base}/${meeting.id}/modifier`} variant="secondary">
              Modifier la réunion
            </ButtonLink>
          ) : undefined
        }
      />

      <MeetingNotices meeting={meeting} invitees={invitees} done={fait} now={now} />

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {canSynthesise(meeting, now) && <SynthesisCard href={`${base}/${meeting.id}/synthese`} status={synthesisStatus(ctx.data, { meetingId: meeting.id })} />}
          <ProgressCard {...card} verified={isVerified(ctx.workspace)} />
          {answersFirst && <AnswersCard {...card} query={listQuery} />}
          <SummaryCard detail={detail} now={now} />
          <AgendaCard detail={detail} now={now} />
          {!answersFirst && <AnswersCard {...card} query={listQuery} />}
          <AttendanceCard {...card} open={firstParam(query.presences) === "1"} />
          <AddInviteesCard meeting={meeting} code={ctx.commune.code} now={now} picker={picker} search={search} />
        </div>

        <aside className="space-y-6">
          <TeamCard detail={detail} now={now} />
          {meeting.kind === "premiere" && editable && <PostureReminders />}
        </aside>
      </div>
    </>
  );
}
