import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { MeetingPlace } from "@/components/meetings/meeting-place";
import { DefinitionList } from "@/components/ui/definition-list";
import { AgendaList } from "@/components/meetings/agenda-list";
import { PostureReminders } from "@/components/meetings/posture";
import { db } from "@/db/client";
import { getMeeting, invitableProfessionals, type Invitee, type MeetingDetail } from "@/db/meetings";
import { requireCommuneRole } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { COMMUNE_ROLE_LABELS, MEETING_KIND_LABELS, PROFESSION_LABELS, RSVP_LABELS } from "@/lib/domain/enums";
import { ANSWER_KEYS, answerSummary, canRemind, professionLabel } from "@/lib/meetings/invitees";
import { ROUND_TABLE_FIELDS } from "@/lib/meetings/kit";
import { formatDuration, formatMeetingWhen, hasStarted } from "@/lib/meetings/schedule";
import { AnswerBadge, MeetingStatusBadge } from "../_components/status-badge";
import { meetingIdParam } from "../_components/defaults";
import { AttendanceForm, CancelMeetingForm, InviteeActions, RemindForm, SendInvitationsForm } from "../_components/meeting-actions";
import { InventoryInviteesForm, PastedInviteesForm, TypedInviteeForm } from "../_components/invitee-forms";
import { AutoRefresh } from "../_components/auto-refresh";

export const metadata: Metadata = { title: "Réunion" };

const DONE: Record<string, string> = {
  preparee: "Brouillon enregistré. Ajoutez les invité·es, vérifiez l'ordre du jour, puis envoyez les invitations : personne n'est prévenu avant.",
  modifiee: "Modifications enregistrées.",
  "mise-a-jour-envoyee": "Modifications enregistrées : les invité·es ont reçu un e-mail de mise à jour avec le fichier d'agenda modifié.",
  "invitations-envoyees": "Invitations envoyées : chaque invité·e a reçu son lien personnel et le fichier d'agenda. Les réponses s'afficheront ici.",
  annulee: "Réunion annulée : les invité·es ont reçu un e-mail d'annulation, avec le fichier qui retire la réunion de leur agenda.",
  "brouillon-annule": "Réunion annulée. Personne n'avait été invité : aucun e-mail n'est parti.",
};

function Delivery({ invitee, draft }: { invitee: Invitee; draft: boolean }) {
  if (draft) return <span className="text-sm text-slate-700">Pas encore invité·e</span>;
  if (invitee.deliveryStatus === "failed") return <Badge tone="danger">E-mail non remis</Badge>;
  if (invitee.deliveryStatus === "pending") return <Badge tone="warning">Envoi non confirmé</Badge>;
  return (
    <span className="text-sm text-slate-700">
      E-mail remis{invitee.lastSentAt ? ` le ${formatDateTime(invitee.lastSentAt)}` : ""}
      {invitee.lastReminderAt ? ` · relancé·e le ${formatDateTime(invitee.lastReminderAt)}` : ""}
    </span>
  );
}

function InviteeList({ detail, code, open }: { detail: MeetingDetail; code: string; open: boolean }) {
  const { meeting, invitees } = detail;
  const draft = meeting.status === "brouillon";
  return (
    <ul className="divide-y divide-slate-200" aria-label="Invité·es et leurs réponses">
      {invitees.map((i) => {
        const roundTable = ROUND_TABLE_FIELDS.filter((f) => i[f.name]);
        return (
          <li key={i.id} className="grid gap-2 py-4 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto]" data-testid="invitee">
            <div className="min-w-0">
              <p className="font-semibold text-slate-900 [overflow-wrap:anywhere]">{i.name}</p>
              <p className="text-sm text-slate-700">{professionLabel(i.profession)}</p>
              <p className="break-all text-sm text-slate-700">{i.email}</p>
            </div>
            <div className="min-w-0 space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                {!draft && <AnswerBadge answer={i.answer} />}
                {i.answeredAt && <span className="text-sm text-slate-700">le {formatDateTime(i.answeredAt)}</span>}
                {meeting.status === "tenue" && <Badge tone={i.attended ? "success" : "neutral"}>{i.attended ? "Présent·e" : "Absent·e"}</Badge>}
              </p>
              {i.comment && <p className="text-slate-800">« {i.comment} »</p>}
              {roundTable.length > 0 && (
                <details className="text-sm">
                  <summary className="cursor-pointer font-semibold text-blue-900">Tour de table préparé ({roundTable.length}/4)</summary>
                  <dl className="mt-2 space-y-2">
                    {roundTable.map((f) => (
                      <div key={f.name}>
                        <dt className="font-semibold">{f.label}</dt>
                        <dd className="whitespace-pre-line text-slate-800">{i[f.name]}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              )}
              <p>
                <Delivery invitee={i} draft={draft} />
              </p>
            </div>
            <div>
              <InviteeActions
                code={code}
                meetingId={meeting.id}
                inviteeId={i.id}
                name={i.name}
                canResend={open && meeting.status === "invitations_envoyees"}
                resendLabel={i.deliveryStatus === "sent" ? "Renvoyer le lien" : "Renvoyer"}
                canRemove={open && (draft || i.deliveryStatus === "failed")}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function ByProfession({ detail }: { detail: MeetingDetail }) {
  const s = answerSummary(detail.invitees);
  return (
    <div className="space-y-4">
      <p className="flex flex-wrap gap-2" data-testid="answer-counts">
        {ANSWER_KEYS.map((k) => (
          <Badge key={k} tone={k === "oui" ? "success" : k === "non" ? "danger" : k === "peut_etre" ? "warning" : "neutral"}>
            {RSVP_LABELS[k]} : {s.counts[k]}
          </Badge>
        ))}
      </p>
      {s.multiProfessional ? (
        <Alert tone="success" title={`${s.professionsComing.length} professions parmi les « oui »`}>
          {s.professionsComing.join(", ")} : la rencontre réunit plusieurs professions.
        </Alert>
      ) : (
        <Alert tone="warning" title={s.professionsComing.length === 0 ? "Aucune profession parmi les « oui » pour l'instant" : "Une seule profession parmi les « oui »"}>
          {s.professionsComing.length === 1 ? `${s.professionsComing[0]} : ` : ""}
          une équipe pluriprofessionnelle a besoin de plusieurs professions. Relancez les personnes sans réponse ou invitez d&apos;autres professions.
        </Alert>
      )}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Réponses par profession</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Profession
              </th>
              {ANSWER_KEYS.map((k) => (
                <th key={k} scope="col" className="px-2 py-2 text-right">
                  {RSVP_LABELS[k]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.byProfession.map((r) => (
              <tr key={r.key} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-3 font-semibold">
                  {r.label}
                </th>
                {ANSWER_KEYS.map((k) => (
                  <td key={k} className={`px-2 py-2 text-right ${k === "oui" && r.oui > 0 ? "font-bold text-green-900" : ""}`}>
                    {r[k]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ code: string; id: string }>; searchParams: Promise<{ fait?: string }> }) {
  const { code, id } = await params;
  const { fait } = await searchParams;
  const ctx = await requireCommuneRole(code, "meeting.prepare");
  const meetingId = meetingIdParam(id);
  const detail = meetingId ? getMeeting(db, ctx.workspace.id, meetingId) : null;
  if (!detail) notFound();
  const { meeting, agenda, invitees, preparers, team } = detail;
  const base = `/communes/${ctx.commune.code}/reunions`;
  const started = hasStarted(meeting);
  const open = !started && (meeting.status === "brouillon" || meeting.status === "invitations_envoyees");
  const failed = invitees.filter((i) => meeting.status === "invitations_envoyees" && i.deliveryStatus === "failed");
  const remindable = invitees.filter((i) => canRemind(i)).length;
  const invited = invitees.filter((i) => i.tokenHash).length;
  const invitedEmails = new Set(invitees.map((i) => i.email));
  const pickable = open
    ? invitableProfessionals(db, ctx.workspace.id)
        .filter((p) => !invitedEmails.has(p.email))
        .map((p) => ({ id: p.id, label: p.label, email: p.email, profession: p.profession === "autre" ? p.professionOther || PROFESSION_LABELS.autre : PROFESSION_LABELS[p.profession] }))
    : [];
  const sent = meeting.status === "invitations_envoyees";
  const answersCard = (
    <Card title="Réponses" headingLevel={2}>
      {invitees.length === 0 ? (
        <p>Aucun·e invité·e pour l&apos;instant.</p>
      ) : (
        <div className="space-y-6">
          {meeting.status !== "brouillon" && (
            <section aria-labelledby="par-profession">
              <h3 id="par-profession" className="mb-3 text-lg font-bold">
                Qui vient, par profession
              </h3>
              <ByProfession detail={detail} />
            </section>
          )}
          <section aria-labelledby="liste-invites">
            <h3 id="liste-invites" className="text-lg font-bold">
              Invité·es ({invitees.length})
            </h3>
            <InviteeList detail={detail} code={ctx.commune.code} open={open} />
          </section>
        </div>
      )}
    </Card>
  );

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
          open ? (
            <ButtonLink href={`${base}/${meeting.id}/modifier`} variant="secondary">
              Modifier la réunion
            </ButtonLink>
          ) : undefined
        }
      />

      <div className="mt-6 space-y-4">
        {fait && DONE[fait] && <Alert tone="success">{DONE[fait]}</Alert>}
        {failed.length > 0 && (
          <Alert tone="error" title={`${failed.length} e-mail${failed.length > 1 ? "s" : ""} non remis`}>
            {failed.map((f) => `${f.name} (${f.email})`).join(", ")} : l&apos;invitation n&apos;a pas pu être remise. Utilisez « Renvoyer » dans la liste des invité·es, ou retirez la personne et invitez-la avec la bonne adresse.
          </Alert>
        )}
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <Card title="Où en est la réunion" headingLevel={2}>
            {meeting.status === "brouillon" && !started && (
              <div className="space-y-4">
                <p>
                  <strong>Brouillon : personne n&apos;a été prévenu.</strong> Vérifiez l&apos;ordre du jour et la liste des invité·es, puis envoyez les invitations : chaque invité·e reçoit un lien personnel pour répondre sans compte, et le fichier d&apos;agenda.
                </p>
                {invitees.length === 0 && <p className="text-slate-700">Ajoutez d&apos;abord au moins un·e invité·e (plus bas).</p>}
                <SendInvitationsForm code={ctx.commune.code} meetingId={meeting.id} version={meeting.version} count={invitees.length} />
              </div>
            )}
            {meeting.status === "invitations_envoyees" && !started && (
              <div className="space-y-4">
                <p>
                  Invitations envoyées{meeting.invitationsSentAt ? ` le ${formatDateTime(meeting.invitationsSentAt)}` : ""}. Les réponses s&apos;affichent ci-dessous au fil de l&apos;eau ; elles peuvent changer jusqu&apos;au début de la réunion.
                </p>
                <RemindForm code={ctx.commune.code} meetingId={meeting.id} count={remindable} />
                <AutoRefresh seconds={60} />
                <p className="text-sm text-slate-700">Chaque personne sans réponse reçoit au plus une relance par jour.</p>
              </div>
            )}
            {(meeting.status === "brouillon" || meeting.status === "invitations_envoyees") && started && (
              <div className="space-y-4">
                <p>La réunion a commencé le {formatDateTime(meeting.startsAt)}. Notez qui était présent : la réunion sera alors marquée comme tenue.</p>
              </div>
            )}
            {meeting.status === "tenue" && (
              <p>
                Réunion tenue{meeting.heldAt ? ` (présences notées le ${formatDateTime(meeting.heldAt)})` : ""} : {invitees.filter((i) => i.attended).length} professionnel·le(s) présent·e(s) sur {invitees.length} invité·e(s).
              </p>
            )}
            {meeting.status === "annulee" && (
              <p>
                Réunion annulée{meeting.cancelledAt ? ` le ${formatDateTime(meeting.cancelledAt)}` : ""}
                {invited > 0 ? " ; les invité·es ont reçu un e-mail d'annulation." : "."}
              </p>
            )}
            {open && (
              <div className="mt-5">
                <CancelMeetingForm code={ctx.commune.code} meetingId={meeting.id} version={meeting.version} invitedCount={sent ? invited : 0} />
              </div>
            )}
          </Card>

          {meeting.status !== "brouillon" && answersCard}

          <Card title="La réunion" headingLevel={2}>
            <DefinitionList
              items={[
                { term: "Quand", detail: <span className="first-letter:uppercase">{formatMeetingWhen(meeting)}</span> },
                { term: "Durée", detail: formatDuration(meeting.durationMinutes) },
                { term: "Lieu", detail: <MeetingPlace place={meeting.place} /> },
                { term: "Préparée par", detail: preparers.map((p) => p.name).join(", ") || "—" },
              ]}
            />
          </Card>

          <Card title="Ordre du jour" headingLevel={2}>
            <AgendaList items={agenda} meetingMinutes={meeting.durationMinutes} showWarnings />
          </Card>

          {meeting.status === "brouillon" && answersCard}

          {started && meeting.status !== "annulee" && (
            <Card title="Présences" headingLevel={2}>
              <AttendanceForm
                code={ctx.commune.code}
                meetingId={meeting.id}
                held={meeting.status === "tenue"}
                invitees={invitees.map((i) => ({
                  id: i.id,
                  name: i.name,
                  profession: professionLabel(i.profession),
                  answerLabel: RSVP_LABELS[i.answer ?? "sans_reponse"],
                  attended: i.attended,
                  expected: i.answer === "oui",
                }))}
                team={team.map((t) => ({ userId: t.userId, name: t.name, rolesLabel: t.roles.map((r) => COMMUNE_ROLE_LABELS[r]).join(", "), attended: t.attended }))}
              />
            </Card>
          )}

          {open && (
            <Card title={sent ? "Inviter d'autres personnes" : "Ajouter des invité·es"} headingLevel={2}>
              <p className="mb-5 text-slate-700">
                {sent
                  ? "Les personnes ajoutées maintenant reçoivent leur invitation tout de suite."
                  : "Elles ne sont prévenues qu'à l'envoi des invitations."}{" "}
                Une même adresse n&apos;est invitée qu&apos;une fois.
              </p>
              <div className="space-y-8">
                <section aria-labelledby="depuis-inventaire">
                  <h3 id="depuis-inventaire" className="mb-3 text-lg font-bold">
                    Depuis l&apos;état des lieux
                  </h3>
                  {pickable.length === 0 ? (
                    <p className="text-slate-700">Aucun·e professionnel·le de l&apos;état des lieux avec une adresse e-mail n&apos;est à inviter.</p>
                  ) : (
                    <InventoryInviteesForm code={ctx.commune.code} meetingId={meeting.id} sent={sent} professionals={pickable} />
                  )}
                </section>
                <section aria-labelledby="saisir-invite">
                  <h3 id="saisir-invite" className="mb-3 text-lg font-bold">
                    Saisir une personne
                  </h3>
                  <TypedInviteeForm code={ctx.commune.code} meetingId={meeting.id} sent={sent} />
                </section>
                <section aria-labelledby="coller-adresses">
                  <h3 id="coller-adresses" className="mb-3 text-lg font-bold">
                    Coller plusieurs adresses
                  </h3>
                  <PastedInviteesForm code={ctx.commune.code} meetingId={meeting.id} sent={sent} />
                </section>
              </div>
            </Card>
          )}
        </div>

        <aside className="space-y-6">
          <Card title="L'équipe participe aussi" headingLevel={2}>
            <ul className="space-y-2">
              {team.map((t) => (
                <li key={t.userId}>
                  <span className="font-semibold">{t.name}</span>
                  <span className="block text-sm text-slate-700">{t.roles.map((r) => COMMUNE_ROLE_LABELS[r]).join(", ")}</span>
                  {meeting.status === "tenue" && t.attended !== null && <Badge tone={t.attended ? "success" : "neutral"}>{t.attended ? "Présent·e" : "Absent·e"}</Badge>}
                </li>
              ))}
            </ul>
            {sent && <p className="mt-3 text-sm text-slate-700">Chacun·e a reçu le fichier d&apos;agenda de la réunion.</p>}
          </Card>
          {meeting.kind === "premiere" && open && <PostureReminders />}
        </aside>
      </div>
    </>
  );
}
