import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { PostureReminders } from "@/components/meetings/posture";
import { listMeetings, meetingTeam } from "@/db/meetings";
import { requireCommuneRole } from "@/lib/auth/guards";
import { kitAgenda } from "@/lib/meetings/agenda";
import { defaultPreparerIds } from "@/lib/meetings/form-values";
import { meetingPhase } from "@/lib/meetings/phase";
import { MeetingForm } from "../_components/meeting-form";
import { teamOptions } from "../_components/defaults";
import { createMeetingAction } from "../actions";

export const metadata: Metadata = { title: "Préparer une réunion" };

export default async function NewMeetingPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const ctx = await requireCommuneRole(code, "meeting.prepare");
  const team = meetingTeam(ctx.data);
  // A first meeting exists unless it was cancelled: the next one is a follow-up.
  const hasFirst = listMeetings(ctx.data).some(({ meeting }) => meeting.kind === "premiere" && meetingPhase(meeting, ctx.data.now) !== "annulee");
  const base = `/communes/${ctx.commune.code}/reunions`;
  // The kit has the federation prepare it with the municipal team: all of them ticked, whoever creates it.
  const preparerIds = defaultPreparerIds(team, ctx.user.id);
  return (
    <>
      <PageHeader
        title="Préparer une réunion"
        breadcrumbs={[{ href: base, label: "Réunions" }, { label: "Préparer une réunion" }]}
        description="La réunion reste un brouillon tant que vous n'avez pas envoyé les invitations : personne n'est prévenu avant."
      />
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <MeetingForm
          action={createMeetingAction}
          team={teamOptions(team)}
          submitLabel="Enregistrer le brouillon"
          cancelHref={base}
          defaults={{
            code: ctx.commune.code,
            meetingId: "",
            version: "",
            title: hasFirst ? "Réunion de suivi avec les professionnels de santé" : "Première rencontre avec les professionnels de santé",
            kind: hasFirst ? "suivi" : "premiere",
            date: "",
            time: "18:30",
            durationMinutes: "90",
            place: "",
            preparerIds,
            agenda: kitAgenda().map((a) => ({ ...a, durationMinutes: String(a.durationMinutes) })),
          }}
        />
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <PostureReminders />
        </aside>
      </div>
    </>
  );
}
