import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SynthesisDocument } from "@/components/synthesis/synthesis-document";
import { meetingNextSteps, publishedSynthesis, synthesisEditor } from "@/db/syntheses";
import { nextStepOwnerOptions, nextStepsOfMeeting } from "@/db/next-steps";
import { firstDueDay } from "@/lib/next-steps/rules";
import { LeadsToSteps } from "./_components/leads-to-steps";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/dates";
import { ownValue } from "@/lib/lookup";
import { canSynthesise, meetingPhase } from "@/lib/meetings/phase";
import { instantToParis } from "@/lib/meetings/schedule";
import { synthesisFormValues } from "@/lib/synthesis/content";
import { writerRefusal } from "@/lib/synthesis/writers";
import { meetingIdParam } from "../../_components/defaults";
import { SynthesisForm } from "./_components/synthesis-form";
import { RoundTable } from "./_components/round-table";
import { AttendanceCard, ReadersCard } from "./_components/side-cards";
import { RefreshWhileSending } from "@/components/ui/refresh-while-sending";

export const metadata: Metadata = { title: "Synthèse de la réunion" };

const DONE: Record<string, string> = {
  enregistree: "Brouillon enregistré. Il n'est visible que de l'équipe qui prépare la réunion.",
  publiee: "Synthèse publiée : les invité·es qui ont répondu oui ou sont venu·es reçoivent leur lien de lecture, les membres de l'espace un e-mail. « Qui la reçoit » indique si chaque lien a été remis.",
  corrigee: "Correction publiée : les lecteurs voient la nouvelle version et sa date de mise à jour.",
};

function dayAfter(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A held meeting's synthesis. Its writer (the facilitator, or the référent when none is assigned) writes and
 * publishes it; the rest of the team reads the draft; professionals read what is published.
 */
export default async function SynthesisPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string; id: string }>;
  searchParams: Promise<{ fait?: string | string[] }>;
}) {
  const { code, id } = await params;
  const sp = await searchParams;
  const ctx = await requireCommuneRole(code, ["synthesis.viewDraft", "synthesis.read"]);
  const meetingId = meetingIdParam(id);
  if (!meetingId) notFound();
  const base = `/communes/${ctx.commune.code}/reunions`;
  const communeName = ctx.commune.name;

  if (!can(ctx.roles, "synthesis.viewDraft")) {
    const read = publishedSynthesis(ctx.data, { meetingId });
    if (!read) notFound();
    return (
      <>
        <PageHeader title={`Synthèse — ${read.meeting.title}`} breadcrumbs={[{ href: `/communes/${ctx.commune.code}`, label: "Tableau de bord" }, { label: "Synthèse" }]} />
        <div className="mt-6">
          {read.publication ? (
            <Card>
              <SynthesisDocument communeName={communeName} meeting={read.meeting} content={read.publication.content} publishedAt={read.publication.publishedAt} firstPublishedAt={read.publication.firstPublishedAt} professions={read.attendance!.professions} team={read.attendance!.team} nextSteps={meetingNextSteps(ctx.data, read.meeting.id)} />
            </Card>
          ) : (
            <Alert tone="info">La synthèse de cette réunion n&apos;est pas encore publiée.</Alert>
          )}
        </div>
      </>
    );
  }

  const ed = synthesisEditor(ctx.data, { meetingId });
  if (!ed) notFound();
  const { meeting, publication } = ed;
  const meetingHref = `${base}/${meeting.id}`;
  const done = ownValue(DONE, typeof sp.fait === "string" ? sp.fait : undefined);
  const held = canSynthesise(meeting, ctx.data.now);
  const refusal = writerRefusal(ctx.roles, ed.hasFacilitator);
  const canManageSteps = can(ctx.roles, "nextStep.manage");
  const steps = held ? nextStepsOfMeeting(ctx.data, { meetingId: meeting.id }) : [];
  const leads = ed.draft.leads;
  // From the stored outcomes (the worker records them), never from what the last action hoped.
  const failed = publication ? ed.readers.filter((r) => r.delivery === "failed").length : 0;

  return (
    <>
      <PageHeader
        title={`Synthèse — ${meeting.title}`}
        breadcrumbs={[{ href: base, label: "Réunions" }, { href: meetingHref, label: meeting.title }, { label: "Synthèse" }]}
        description={
          publication ? (
            <>
              Publiée le {formatDateTime(publication.firstPublishedAt)}
              {publication.publishedAt.getTime() !== publication.firstPublishedAt.getTime() && <> — mise à jour le {formatDateTime(publication.publishedAt)}</>}
              {publication.publishedBy && <> par {publication.publishedBy}</>}.
              {ed.unpublishedChanges && <strong> Des modifications du brouillon ne sont pas encore publiées.</strong>}
            </>
          ) : ed.savedAt ? (
            <>Brouillon enregistré le {formatDateTime(ed.savedAt)}{ed.savedBy && <> par {ed.savedBy}</>}, visible de l&apos;équipe seulement.</>
          ) : (
            "Pas encore de brouillon. La synthèse suit l'ordre du jour de la réunion ; elle n'est lue par les invité·es qu'une fois publiée."
          )
        }
        actions={
          publication ? (
            <>
              <ButtonLink href={`${base}/${meeting.id}/synthese/imprimer`} variant="secondary">
                Version imprimable
              </ButtonLink>
              <ButtonLink href={`${base}/${meeting.id}/synthese/pdf`} variant="secondary" download>
                Télécharger le PDF
              </ButtonLink>
            </>
          ) : undefined
        }
      />

      <div className="mt-6 space-y-4">
        {done && <Alert tone="success">{done}</Alert>}
        <RefreshWhileSending pending={ed.readers.some((r) => r.delivery === "pending")} />
        {failed > 0 && (
          <Alert tone="error" title={`${failed} e-mail${failed > 1 ? "s" : ""} non remis`}>
            Le lien de lecture n&apos;a pas pu être remis à {failed > 1 ? "ces invité·es" : "cet·te invité·e"} : utilisez « Renvoyer un lien » dans « Qui la reçoit ».
          </Alert>
        )}
      </div>

      {!held ? (
        <div className="mt-6">
          <Alert tone="info" title={meetingPhase(meeting, ctx.data.now) === "annulee" ? "Réunion annulée" : "La réunion n'est pas encore tenue"}>
            {meetingPhase(meeting, ctx.data.now) === "annulee"
              ? "Cette réunion a été annulée : elle n'a pas de synthèse."
              : "La synthèse s'écrit une fois la réunion tenue. Notez d'abord les présences sur la page de la réunion."}{" "}
            <a href={meetingHref} className="font-semibold underline">
              Retour à la réunion
            </a>
          </Alert>
        </div>
      ) : (
        <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="min-w-0 space-y-6">
            {ed.canWrite ? (
              <SynthesisForm
                key={ed.version}
                code={ctx.commune.code}
                meetingId={meeting.id}
                version={ed.version}
                values={synthesisFormValues(ed.draft)}
                agenda={ed.agenda.map((a) => ({ id: a.id, title: a.title, leader: a.leader, questions: a.questions }))}
                roundTable={<RoundTable questions={ed.roundTable} />}
                published={Boolean(publication)}
                readers={ed.readers.length}
                minFollowUpDate={dayAfter(instantToParis(meeting.startsAt).day)}
              />
            ) : (
              <>
                <Alert tone="info">{refusal}</Alert>
                {publication ? (
                  <Card>
                    <SynthesisDocument communeName={communeName} meeting={meeting} content={publication.content} publishedAt={publication.publishedAt} firstPublishedAt={publication.firstPublishedAt} professions={ed.attendance.professions} team={ed.attendance.team} />
                  </Card>
                ) : ed.savedAt ? (
                  <Card title="Brouillon en cours">
                    <SynthesisDocument communeName={communeName} meeting={meeting} content={ed.draft} publishedAt={ed.savedAt} firstPublishedAt={ed.savedAt} professions={ed.attendance.professions} team={ed.attendance.team} headingLevel={2} />
                  </Card>
                ) : (
                  <p className="text-slate-900">Rien n&apos;est encore écrit.</p>
                )}
                <RoundTable questions={ed.roundTable} />
              </>
            )}
            <LeadsToSteps
              code={ctx.commune.code}
              meetingId={meeting.id}
              leads={leads}
              steps={steps}
              owners={canManageSteps && leads.length > 0 ? nextStepOwnerOptions(ctx.data, { meetingId: meeting.id }) : []}
              minDue={firstDueDay(meeting)}
              canManage={canManageSteps}
            />
          </div>
          <aside className="space-y-6" aria-label="Présences et lecteurs">
            <AttendanceCard attendance={ed.attendance} />
            <ReadersCard readers={ed.readers} published={Boolean(publication)} code={ctx.commune.code} meetingId={meeting.id} canResend={ed.canWrite} />
            {can(ctx.roles, "meeting.prepare") && (
              <Card title="La suite" headingLevel={2}>
                <p className="text-sm text-slate-800">Une réunion de suivi dont l&apos;ordre du jour part des premières pistes et des prochaines étapes en cours.</p>
                <div className="mt-3">
                  <ButtonLink href={`${base}/nouvelle?suite=${meeting.id}`} variant="secondary">
                    Organiser la réunion de suivi
                  </ButtonLink>
                </div>
              </Card>
            )}
          </aside>
        </div>
      )}
    </>
  );
}
