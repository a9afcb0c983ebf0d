import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FederationContact } from "@/components/federation-contact";
import { inventoryLinesForSummary, workspaceOverview } from "@/db/workspaces";
import { listMeetings } from "@/db/meetings";
import { memberMeetings, publishedSyntheses } from "@/db/syntheses";
import { MyMeetingsCard, SynthesesCard } from "./_components/meetings-for-member";
import { coreTeam } from "@/lib/inventory/indicators";
import { formatMeetingWhen } from "@/lib/meetings/schedule";
import { MEETING_STATUS_LABELS } from "@/lib/domain/enums";
import { requireCommuneRole } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { daysSince, formatDate } from "@/lib/dates";
import { REFERENT_CAPACITY_LABELS } from "@/lib/domain/enums";

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  const { code } = await params;
  const { commune } = await requireCommuneRole(code, "workspace.view");
  return { title: `Tableau de bord — ${commune.name}` };
}

export default async function CommuneDashboard({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ bienvenue?: string }> }) {
  const { code } = await params;
  const { bienvenue } = await searchParams;
  const ctx = await requireCommuneRole(code, "workspace.view");
  const o = workspaceOverview(ctx.data)!;
  const mayRequest = can(ctx.roles, "federationRequest.send");
  const mayDesignate = can(ctx.roles, "referent.designate");
  const day = daysSince(o.workspace.mandateStart);
  const request = o.currentRequest;
  const base = `/communes/${o.commune.code}`;
  const team = can(ctx.roles, "workspace.viewTeam");
  const lines = inventoryLinesForSummary(ctx.data);
  const core = coreTeam(lines, { personal: false });
  const meetings = team ? listMeetings(ctx.data) : [];
  // The next meeting to come (or under way), or else the latest one: the list gives them in that order.
  const meeting = meetings[0];
  const professional = ctx.roles.includes("professionnel");
  const mine = professional ? memberMeetings(ctx.data) : [];
  const syntheses = can(ctx.roles, "synthesis.read") ? publishedSyntheses(ctx.data) : [];

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
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Le mandat" headingLevel={2}>
          <p>
            Commencé le <strong>{formatDate(o.workspace.mandateStart)}</strong>.
          </p>
          <p className="mt-2 text-3xl font-bold text-blue-900">{day < 100 ? `Jour ${day + 1}` : "Au-delà des 100 jours"}</p>
          {day < 100 && <p className="text-sm text-slate-700">des 100 premiers jours</p>}
          <div className="mt-3 h-2 w-full rounded bg-slate-200" aria-hidden="true">
            <div className="h-2 rounded bg-teal-700" style={{ width: `${Math.min(100, day + 1)}%` }} />
          </div>
          <p className="mt-3 text-sm text-slate-700">
            {o.commune.departementName} ({o.commune.departementCode}), {o.commune.regionName}
            {o.commune.population ? ` · ${o.commune.population.toLocaleString("fr-FR")} habitants` : ""}
          </p>
        </Card>

        <Card title="Fédération régionale" headingLevel={2}>
          {request?.request.status === "accepted" ? (
            <>
              <p>
                <Badge tone="success">Accompagnement en cours</Badge>
              </p>
              <p className="mt-2 font-semibold">{request.federation.name}</p>
              <h3 className="mt-3 font-semibold">{o.facilitators.length > 1 ? "Vos facilitateurs" : "Votre facilitateur·rice"}</h3>
              <ul className="mt-1 space-y-1">
                {o.facilitators.map((f) => (
                  <li key={f.userId}>
                    {f.name} —{" "}
                    <a className="underline" href={`mailto:${f.email}`}>
                      {f.email}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : request?.request.status === "pending" ? (
            <>
              <p>
                <Badge tone="warning">Demande en attente</Badge>
              </p>
              <p className="mt-2">
                Envoyée à la <strong>{request.federation.name}</strong> le {formatDate(request.request.requestedAt)}.
              </p>
            </>
          ) : request?.request.status === "declined" ? (
            <>
              <p>
                <Badge tone="danger">Demande déclinée</Badge>
              </p>
              <p className="mt-2">
                La {request.federation.name} a décliné : « {request.request.declineReason} »
              </p>
              {mayRequest && (
                <p className="mt-3">
                  <ButtonLink href={`${base}/federation`} size="sm">
                    Adresser une nouvelle demande
                  </ButtonLink>
                </p>
              )}
            </>
          ) : (
            <>
              <p className="mb-3">Aucune fédération sollicitée pour l&apos;instant.</p>
              {o.regionalFederation && <FederationContact federation={o.regionalFederation} />}
              {mayRequest && (
                <p className="mt-4">
                  <ButtonLink href={`${base}/federation`} size="sm">
                    Demander l&apos;accompagnement
                  </ButtonLink>
                </p>
              )}
            </>
          )}
        </Card>

        <Card title="Référent santé" headingLevel={2}>
          {o.referents.length > 0 ? (
            <ul className="space-y-1">
              {o.referents.map((r) => (
                <li key={r.userId}>
                  <strong>{r.name}</strong> ({r.capacity ? REFERENT_CAPACITY_LABELS[r.capacity] : "référent·e"})
                </li>
              ))}
            </ul>
          ) : (
            <p>Pas encore de référent·e.</p>
          )}
          {o.openInvitations.length > 0 && (
            <p className="mt-2 text-sm">
              <Badge tone="warning">Invitation en attente</Badge> {o.openInvitations.map((i) => i.name).join(", ")}
            </p>
          )}
          {mayDesignate && o.referents.length === 0 && o.openInvitations.length === 0 && (
            <p className="mt-4">
              <ButtonLink href={`${base}/referent`} size="sm">
                Désigner le référent santé
              </ButtonLink>
            </p>
          )}
          {o.openInvitations.length > 0 && mayDesignate && (
            <p className="mt-3 text-sm">
              <Link className="underline" href={`${base}/referent`}>
                Suivre les invitations
              </Link>
            </p>
          )}
        </Card>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title="État des lieux" headingLevel={2}>
          {lines.length === 0 ? (
            <p>Aucun professionnel recensé pour l&apos;instant : l&apos;état des lieux est la base d&apos;un projet de santé réaliste.</p>
          ) : (
            <>
              <p>
                <strong>{lines.length}</strong> professionnel{lines.length > 1 ? "s" : ""} de santé recensé{lines.length > 1 ? "s" : ""}.{" "}
                <Badge tone={core.inSight ? "success" : "warning"}>{core.inSight ? "Équipe cœur en vue" : "Pas encore d'équipe cœur"}</Badge>
              </p>
              <p className="mt-2 text-sm text-slate-700">{core.sentence}</p>
            </>
          )}
          <p className="mt-3">
            <Link className="font-semibold text-blue-900 underline" href={`${base}/etat-des-lieux`}>
              {lines.length === 0 && team ? "Commencer l'état des lieux" : "Voir l'état des lieux"}
            </Link>
          </p>
        </Card>
        {team && (
          <Card title="Réunions avec les professionnels" headingLevel={2}>
            {meeting ? (
              <>
                <p>
                  <strong>{meeting.meeting.title}</strong> <Badge tone="info">{MEETING_STATUS_LABELS[meeting.meeting.status]}</Badge>
                </p>
                <p className="mt-1 first-letter:uppercase">{formatMeetingWhen(meeting.meeting)}</p>
                {meeting.answers.total > 0 && (
                  <p className="mt-1 text-sm text-slate-700">
                    {meeting.answers.total} invité·e{meeting.answers.total > 1 ? "s" : ""} : {meeting.answers.oui} oui · {meeting.answers.peut_etre} peut-être · {meeting.answers.non} non ·{" "}
                    {meeting.answers.sans_reponse} sans réponse
                  </p>
                )}
                <p className="mt-3">
                  <Link className="font-semibold text-blue-900 underline" href={`${base}/reunions/${meeting.meeting.id}`}>
                    Ouvrir la réunion
                  </Link>
                </p>
              </>
            ) : (
              <>
                <p>Pas encore de réunion. La première rencontre donne la parole aux professionnels, avec la fédération régionale.</p>
                <p className="mt-3">
                  <Link className="font-semibold text-blue-900 underline" href={`${base}/reunions/nouvelle`}>
                    Préparer la première rencontre
                  </Link>
                </p>
              </>
            )}
          </Card>
        )}
        {professional && <MyMeetingsCard meetings={mine} base={base} />}
        <SynthesesCard syntheses={syntheses} base={base} />
      </div>

      <section className="mt-8" aria-labelledby="equipe">
        <h2 id="equipe" className="text-xl font-bold text-slate-900">
          Qui participe
        </h2>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {o.members.map((m) => (
            <li key={`${m.userId}-${m.role}`} className="rounded-md border border-slate-200 bg-white p-3">
              <span className="font-semibold">{m.name}</span>
              <span className="block text-sm text-slate-700">
                {m.role === "maire" ? "Maire" : m.role === "referent" ? `Référent·e santé (${m.capacity ? REFERENT_CAPACITY_LABELS[m.capacity] : ""})` : m.role === "facilitateur" ? "Facilitateur·rice de la fédération" : "Professionnel·le de santé"}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
