import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { PostureReminders } from "@/components/meetings/posture";
import { listMeetings, meetingTeam } from "@/db/meetings";
import { followUpBasis } from "@/db/syntheses";
import { Alert } from "@/components/ui/alert";
import { firstParam } from "@/lib/lookup";
import { todayInParis, formatDate } from "@/lib/dates";
import { instantToParis } from "@/lib/meetings/schedule";
import { followUpAgenda } from "@/lib/synthesis/follow-up";
import { meetingIdParam } from "../_components/defaults";
import { requireCommuneRole } from "@/lib/auth/guards";
import { kitAgenda } from "@/lib/meetings/agenda";
import { defaultPreparerIds } from "@/lib/meetings/form-values";
import { meetingPhase } from "@/lib/meetings/phase";
import { MeetingForm } from "../_components/meeting-form";
import { teamOptions } from "../_components/defaults";
import { createMeetingAction } from "../actions";

export const metadata: Metadata = { title: "Préparer une réunion" };

/**
 * A new meeting: the kit's first-meeting agenda, or — "Organiser la réunion de suivi" from a synthesis
 * (`?suite={id}`) — a follow-up whose agenda starts from that meeting's leads and the open next steps.
 */
export default async function NewMeetingPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ suite?: string | string[] }> }) {
  const { code } = await params;
  const suite = firstParam((await searchParams).suite);
  const ctx = await requireCommuneRole(code, "meeting.prepare");
  const team = meetingTeam(ctx.data);
  // A first meeting exists unless it was cancelled: the next one is a follow-up.
  const hasFirst = listMeetings(ctx.data).some(({ meeting }) => meeting.kind === "premiere" && meetingPhase(meeting, ctx.data.now) !== "annulee");
  const base = `/communes/${ctx.commune.code}/reunions`;
  // The kit has the federation prepare it with the municipal team: all of them ticked, whoever creates it.
  const preparerIds = defaultPreparerIds(team, ctx.user.id);
  const previousId = suite ? meetingIdParam(suite) : null;
  const basis = previousId ? followUpBasis(ctx.data, { meetingId: previousId }) : null;
  const previousDay = basis ? instantToParis(basis.meeting.startsAt).day : null;
  const agenda = basis && previousDay ? followUpAgenda({ previousDay, leads: basis.leads, openSteps: basis.openSteps }) : kitAgenda();
  // The date the synthesis proposed, when it is still to come.
  const proposedDay = basis?.proposedDay && basis.proposedDay >= todayInParis(ctx.data.now) ? basis.proposedDay : "";
  return (
    <>
      <PageHeader
        title="Préparer une réunion"
        breadcrumbs={[{ href: base, label: "Réunions" }, { label: "Préparer une réunion" }]}
        description="La réunion reste un brouillon tant que vous n'avez pas envoyé les invitations : personne n'est prévenu avant."
      />
      {basis && previousDay && (
        <div className="mt-6">
          <Alert tone="info" title="Réunion de suivi">
            L&apos;ordre du jour part de la réunion du {formatDate(previousDay)} : {basis.leads.length > 0 ? `ses ${basis.leads.length > 1 ? `${basis.leads.length} premières pistes` : "première piste"}` : "ses échanges"}
            {basis.openSteps.length > 0 ? ` et les ${basis.openSteps.length > 1 ? `${basis.openSteps.length} prochaines étapes en cours` : "prochaine étape en cours"}` : ""}. Modifiez-le à votre guise.
          </Alert>
        </div>
      )}
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
            title: basis || hasFirst ? "Réunion de suivi avec les professionnels de santé" : "Première rencontre avec les professionnels de santé",
            kind: basis || hasFirst ? "suivi" : "premiere",
            date: proposedDay,
            time: "18:30",
            durationMinutes: "90",
            place: "",
            preparerIds,
            agenda: agenda.map((a) => ({ ...a, durationMinutes: String(a.durationMinutes) })),
          }}
        />
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <PostureReminders />
        </aside>
      </div>
    </>
  );
}
