import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { MessagePage } from "@/components/ui/message-page";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { MeetingPlace } from "@/components/meetings/meeting-place";
import { DefinitionList } from "@/components/ui/definition-list";
import { AgendaList } from "@/components/meetings/agenda-list";
import { publicContext } from "@/lib/auth/guards";
import { findEndedLink, findInvitationByToken } from "@/db/meetings";
import { ANSWER_LINK_DAYS_AFTER } from "@/lib/meetings/links";
import { publishedSynthesisForInvitee } from "@/db/syntheses";
import { ReadingDocument } from "@/app/synthese/_components/reading-document";
import { receivesSynthesis } from "@/lib/synthesis/readers";
import { MEETING_KIND_LABELS, RSVP_LABELS } from "@/lib/domain/enums";
import { formatDateTime } from "@/lib/dates";
import { professionLabel } from "@/lib/meetings/invitees";
import { ROUND_TABLE_FIELDS } from "@/lib/meetings/kit";
import { formatDuration, formatMeetingWhen } from "@/lib/meetings/schedule";
import { AnswerForm } from "./_components/answer-form";

// "same-origin", not "no-referrer": the token never leaves in a Referer (e.g. to the video link), and a form
// posted without JavaScript keeps its Origin header, which Next.js checks on server actions.
export const metadata: Metadata = { title: "Invitation à une réunion", referrer: "same-origin", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/**
 * Public: the personal link is the key; no account, no password. Opening it reads only — mail scanners
 * open links — and only the form's submit records an answer.
 */
export default async function AnswerPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = findInvitationByToken(publicContext(), { token });
  if (!view) {
    const ended = findEndedLink(publicContext(), { token });
    if (ended) {
      return (
        <MessagePage title="Ce lien a expiré">
          <p>
            Il menait à votre invitation à « {ended.meeting.title} » du {formatDateTime(ended.meeting.startsAt)}, à {ended.communeName}. Les liens d&apos;invitation cessent de
            fonctionner {ANSWER_LINK_DAYS_AFTER} jours après la réunion, ou quand la commune retire votre fiche.
          </p>
          {ended.organisers.length > 0 ? (
            <>
              <p>Pour la suite, adressez-vous aux organisateurs :</p>
              <ul className="list-disc pl-6">
                {ended.organisers.map((o) => (
                  <li key={o.email}>
                    {o.name} —{" "}
                    <a href={`mailto:${o.email}`} className="font-semibold text-blue-900 underline">
                      {o.email}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Pour la suite, adressez-vous à la mairie de {ended.communeName}.</p>
          )}
        </MessagePage>
      );
    }
    return (
      <MessagePage title="Ce lien n'est pas valide">
        <p>Il est peut-être incomplet : copiez-le en entier depuis l&apos;e-mail. Chaque e-mail reçu pour cette réunion (invitation, relance, modification) contient un lien qui reste valable.</p>
        <p>En cas de doute, répondez à la personne qui vous a invité·e.</p>
      </MessagePage>
    );
  }
  const { invitee, meeting, state } = view;
  if (state === "over") {
    // After the meeting the link still serves: it shows the synthesis to those who receive it, once published.
    const synthesis = publishedSynthesisForInvitee(publicContext(), { invitee });
    if (synthesis) {
      return (
        <div className="mx-auto max-w-3xl px-4 py-10">
          <p className="mb-4 text-slate-800">
            « {meeting.title} » a eu lieu le {formatDateTime(meeting.startsAt)}. Voici sa synthèse, telle que les organisateurs l&apos;ont publiée.
          </p>
          <ReadingDocument view={synthesis} />
        </div>
      );
    }
    return (
      <MessagePage title="Cette réunion est terminée">
        <p>
          « {meeting.title} » a eu lieu le {formatDateTime(meeting.startsAt)}, à {view.communeName}.
        </p>
        <p>
          {receivesSynthesis(invitee)
            ? "Sa synthèse n'est pas encore publiée : vous la recevrez par e-mail, et ce lien la montrera aussi."
            : "Il n'y a plus de réponse à donner. Pour la suite, adressez-vous à la personne qui vous a invité·e."}
        </p>
      </MessagePage>
    );
  }
  if (state === "cancelled") {
    return (
      <MessagePage title="Cette réunion a été annulée">
        <p>
          « {meeting.title} », prévue {formatMeetingWhen(meeting)} à {view.communeName}, a été annulée par les organisateurs. Il n&apos;y a plus de réponse à donner.
        </p>
      </MessagePage>
    );
  }
  const answered = invitee.answer !== null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <PageHeader
        title={meeting.title}
        description={
          <>
            {MEETING_KIND_LABELS[meeting.kind]} à {view.communeName}
            {view.mail.federationName ? `, avec la ${view.mail.federationName}` : ""}.
          </>
        }
      />
      <div className="mt-6 space-y-6">
        <p className="text-slate-800">
          Invitation personnelle de <strong>{invitee.name}</strong> ({professionLabel(invitee.profession)}). Ce lien vous est réservé : vous répondez sans compte ni mot de passe.
          {state === "open" && (
            <>
              {" "}
              <a href="#votre-reponse" className="font-semibold text-blue-900 underline">
                {answered ? "Modifier ma réponse" : "Répondre"}
              </a>
            </>
          )}
        </p>
        {answered && (
          <Alert tone="info" title={`Votre réponse actuelle : ${RSVP_LABELS[invitee.answer!]}`}>
            Enregistrée le {formatDateTime(invitee.answeredAt!)}.{state === "open" ? " Vous pouvez la modifier jusqu'au début de la réunion." : ""}
          </Alert>
        )}
        <Card title="Quand et où" headingLevel={2}>
          <DefinitionList
            items={[
              { term: "Quand", detail: <span className="first-letter:uppercase">{formatMeetingWhen(meeting)}</span> },
              { term: "Durée", detail: formatDuration(meeting.durationMinutes) },
              { term: "Lieu", detail: <MeetingPlace place={meeting.place} /> },
              { term: "Organisée par", detail: view.preparers.join(", ") || `La commune de ${view.communeName}` },
            ]}
          />
          {state === "open" && (
            <p className="mt-4">
              <a href={`/reponse/${token}/calendrier`} className="font-semibold text-blue-900 underline" download="reunion.ics">
                Ajouter à mon agenda (fichier .ics)
              </a>
            </p>
          )}
        </Card>
        <Card title="Ordre du jour" headingLevel={2}>
          {meeting.kind === "premiere" && (
            <p className="mb-4 text-slate-800">
              Cette première rencontre vise à donner la parole aux professionnels de santé, partager un premier état des lieux du territoire et identifier les attentes, les besoins et les éventuelles envies de coopération.{" "}
              <strong>Il ne s&apos;agit pas de décider, mais d&apos;engager une réflexion collective.</strong>
            </p>
          )}
          <AgendaList items={view.agenda} meetingMinutes={meeting.durationMinutes} />
        </Card>
        <div id="votre-reponse" className="scroll-mt-4" />
        <Card title="Votre réponse" headingLevel={2}>
          {state === "open" ? (
            <AnswerForm
              answered={answered}
              defaults={{
                token,
                answer: invitee.answer ?? undefined,
                comment: invitee.comment ?? "",
                situation: invitee.situation ?? "",
                conditions: invitee.conditions ?? "",
                difficulties: invitee.difficulties ?? "",
                expectations: invitee.expectations ?? "",
              }}
            />
          ) : (
            <div className="space-y-3">
              <p>La réunion a commencé : les réponses sont closes.</p>
              <p>
                Votre réponse : <strong>{RSVP_LABELS[invitee.answer ?? "sans_reponse"]}</strong>
                {invitee.comment ? ` — « ${invitee.comment} »` : ""}
              </p>
              {ROUND_TABLE_FIELDS.some((f) => invitee[f.name]) && (
                <dl className="space-y-2">
                  {ROUND_TABLE_FIELDS.filter((f) => invitee[f.name]).map((f) => (
                    <div key={f.name}>
                      <dt className="font-semibold">{f.label}</dt>
                      <dd className="whitespace-pre-line">{invitee[f.name]}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </div>
          )}
        </Card>
      </div>
    </div>
  );
}
