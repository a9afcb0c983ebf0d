import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { PostureReminders } from "@/components/meetings/posture";
import { getMeeting } from "@/db/meetings";
import { requireCommuneRole } from "@/lib/auth/guards";
import { meetingFormValues } from "@/lib/meetings/form-values";
import { frozenReason, invitationsOut } from "@/lib/meetings/phase";
import { MeetingForm } from "../../_components/meeting-form";
import { meetingIdParam, teamOptions } from "../../_components/defaults";
import { updateMeetingAction } from "../../actions";

export const metadata: Metadata = { title: "Modifier la réunion" };

export default async function EditMeetingPage({ params }: { params: Promise<{ code: string; id: string }> }) {
  const { code, id } = await params;
  const ctx = await requireCommuneRole(code, "meeting.prepare");
  const meetingId = meetingIdParam(id);
  const detail = meetingId ? getMeeting(ctx.data, { meetingId }) : null;
  if (!detail) notFound();
  const { meeting, agenda, invitees, preparers, team } = detail;
  const base = `/communes/${ctx.commune.code}/reunions`;
  const back = `${base}/${meeting.id}`;
  const frozen = frozenReason(meeting, ctx.data.now);
  const notifyCount = invitationsOut(meeting) ? invitees.filter((i) => i.tokenHash).length : 0;
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
              ...meetingFormValues({ meeting, agenda, preparerIds: preparers.map((p) => p.userId) }),
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
