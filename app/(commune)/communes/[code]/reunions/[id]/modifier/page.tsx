import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { PostureReminders } from "@/components/meetings/posture";
import { db } from "@/db/client";
import { getMeeting } from "@/db/meetings";
import { requireCommuneRole } from "@/lib/auth/guards";
import { hasStarted, instantToParis } from "@/lib/meetings/schedule";
import { MeetingForm } from "../../_components/meeting-form";
import { meetingIdParam, teamOptions } from "../../_components/defaults";
import { updateMeetingAction } from "../../actions";

export const metadata: Metadata = { title: "Modifier la réunion" };

export default async function EditMeetingPage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code, id } = await params;
  const ctx = await requireCommuneRole(code, "meeting.prepare");
  const meetingId = meetingIdParam(id);
  const detail = meetingId ? getMeeting(db, ctx.workspace.id, meetingId) : null;
  if (!detail) notFound();
  const { meeting, agenda, invitees, preparers, team } = detail;
  const base = `/communes/${ctx.commune.code}/reunions`;
  const back = `${base}/${meeting.id}`;
  const frozen =
    meeting.status === "annulee"
      ? "Cette réunion est annulée : elle ne peut plus être modifiée."
      : meeting.status === "tenue"
        ? "Cette réunion a eu lieu : elle ne peut plus être modifiée."
        : hasStarted(meeting)
          ? "La réunion a commencé : son horaire, son lieu et son ordre du jour ne peuvent plus être modifiés."
          : null;
  const { day, time } = instantToParis(meeting.startsAt);
  const notifyCount = meeting.status === "invitations_envoyees" ? invitees.filter((i) => i.tokenHash).length : 0;
  return (
    <>
      <PageHeader
        title="Modifier la réunion"
        breadcrumbs={[{ href: base, label: "Réunions" }, { href: back, label: meeting.title }, { label: "Modifier" }]}
      />
      {frozen ? (
        <div className="mt-6 space-y-4">
          <Alert tone="info">{frozen}</Alert>
          <p>
            <Link href={back} className="font-semibold text-blue-900 underline">
              Revenir à la réunion
            </Link>
          </p>
        </div>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <MeetingForm
            action={updateMeetingAction}
            team={teamOptions(team)}
            submitLabel="Enregistrer les modifications"
            cancelHref={back}
            notifyCount={notifyCount}
            defaults={{
              code: ctx.commune.code,
              meetingId: String(meeting.id),
              version: String(meeting.version),
              title: meeting.title,
              kind: meeting.kind,
              date: day,
              time,
              durationMinutes: String(meeting.durationMinutes),
              place: meeting.place,
              preparerIds: preparers.map((p) => p.userId),
              agenda: agenda.map((a) => ({ title: a.title, durationMinutes: String(a.durationMinutes), leader: a.leader, questions: a.questions })),
            }}
          />
          <aside className="lg:sticky lg:top-4 lg:self-start">
            <PostureReminders />
          </aside>
        </div>
      )}
    </>
  );
}
