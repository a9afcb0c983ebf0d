import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { workspaceChecklist } from "@/db/checklist";
import { memberMeetings, publishedSyntheses } from "@/db/syntheses";
import { dashboardFacts, workspaceOverview } from "@/db/workspaces";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can, type CommuneAct } from "@/lib/auth/permissions";
import { checklistProgress, dueNext, mandateDay } from "@/lib/checklist/rules";
import { dashboardWarnings } from "@/lib/checklist/warnings";
import { inventorySummary } from "@/lib/dashboard/inventory-summary";
import { todayInParis } from "@/lib/dates";
import { ChecklistCard } from "./_components/dashboard/checklist-card";
import { FederationCard } from "./_components/dashboard/federation-card";
import { InventoryCard } from "./_components/dashboard/inventory-card";
import { MandateCard } from "./_components/dashboard/mandate-card";
import { MeetingCard } from "./_components/dashboard/meeting-card";
import { MyMeetingsCard } from "./_components/dashboard/my-meetings-card";
import { NextStepsCard } from "./_components/dashboard/next-steps-card";
import { ReferentCard } from "./_components/dashboard/referent-card";
import { SynthesesCard } from "./_components/dashboard/syntheses-card";
import { TeamCard } from "./_components/dashboard/team-card";
import { DashboardWarnings } from "./_components/dashboard/warnings";
import { WhoDoesWhatCard } from "./_components/dashboard/who-does-what-card";
import { labelFor } from "@/lib/privacy/names";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  const { commune } = await requireCommuneRole(code, "workspace.view");
  return { title: `Tableau de bord — ${commune.name}` };
}

/**
 * The commune's dashboard: this page reads the data (a bounded number of queries whatever the commune's size)
 * and composes the cards; each card shows only what the permission table opens to the viewer.
 */
export default async function CommuneDashboard({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ bienvenue?: string }> }) {
  const { code } = await params;
  const { bienvenue } = await searchParams;
  const ctx = await requireCommuneRole(code, "workspace.view");
  const may = (act: CommuneAct) => can(ctx.roles, act);
  const team = may("workspace.viewTeam");
  const personal = may("inventory.viewPrivate");

  const o = workspaceOverview(ctx.data)!;
  const facts = dashboardFacts(ctx.data, { personal });
  const summary = inventorySummary(facts.inventory, { personal });
  const { day, phase } = mandateDay(o.workspace.mandateStart, todayInParis(ctx.data.now));
  const checklist = may("checklist.view") ? workspaceChecklist(ctx.data) : null;
  const mine = ctx.roles.includes("professionnel") ? memberMeetings(ctx.data) : null;
  const syntheses = may("synthesis.read") ? publishedSyntheses(ctx.data) : [];
  const warnings = team
    ? dashboardWarnings({
        day,
        coreTeamInSight: summary.coreTeam.inSight,
        openSteps: facts.nextSteps.realEstateCandidates,
        federationAccepted: facts.federation.accepted,
        latestRequest: facts.federation.latest,
        firstMeeting: facts.firstMeeting,
      })
    : [];
  const base = `/communes/${o.commune.code}`;

  return (
    <>
      <h1 className="sr-only">Tableau de bord de {o.commune.name}</h1>
      {bienvenue && (
        <div className="mb-6">
          <Alert tone="success" title="L'espace de la commune est ouvert">
            Premières étapes conseillées par le kit des 100 premiers jours : solliciter la fédération régionale, puis désigner un référent santé.
          </Alert>
        </div>
      )}
      <DashboardWarnings warnings={warnings} base={base} />
      <div className="grid gap-6 lg:grid-cols-3">
        <MandateCard mandateStart={o.workspace.mandateStart} day={day} phase={phase} commune={o.commune} />
        {may("federationRequest.view") && (
          <FederationCard request={o.currentRequest} facilitators={o.facilitators} regionalFederation={o.regionalFederation} mayRequest={may("federationRequest.send")} base={base} />
        )}
        {may("referent.view") && <ReferentCard referents={o.referents} openInvitations={o.openInvitations} mayDesignate={may("referent.designate")} base={base} />}
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {checklist && <ChecklistCard progress={checklistProgress(checklist)} next={dueNext(checklist, 3)} base={base} />}
        {may("nextStep.view") && (
          <NextStepsCard steps={{ ...facts.nextSteps, urgent: facts.nextSteps.urgent.map((s) => ({ ...s, ownerLabel: labelFor(s.ownerLabel, team) })) }} base={base} />
        )}
        <InventoryCard summary={summary} mayEdit={may("inventory.edit")} base={base} />
        {may("meeting.prepare") && <MeetingCard meeting={facts.nextMeeting} base={base} />}
        {mine && <MyMeetingsCard meetings={mine} base={base} />}
        <SynthesesCard syntheses={syntheses} base={base} />
        {may("responsibilities.view") && <WhoDoesWhatCard base={base} />}
      </div>

      <TeamCard members={o.members} viewerIsTeam={team} teamHref={may("members.remove") ? `${base}/equipe` : undefined} />
    </>
  );
}
