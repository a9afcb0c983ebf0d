/**
 * The e-mails of a meeting and their calendar files, as pure builders: lib/mail/meeting-messages.ts sends
 * them, the demo seed keeps them in the development mailbox. Every message says who sends it and why.
 */
import type { MailContent } from "@/lib/mail/render";
import type { MailAttachment } from "@/lib/mail/send";
import { calendarContentType, calendarFilename, meetingCalendar, type CalendarMethod } from "@/lib/calendar";
import { MEETING_KIND_LABELS, RSVP_LABELS, type MeetingKind, type RsvpAnswer } from "@/lib/domain/enums";
import { formatMinutes } from "./agenda";
import { formatMeetingShort, formatMeetingWhen } from "./schedule";

export type MeetingForMail = {
  title: string;
  kind: MeetingKind;
  startsAt: Date;
  durationMinutes: number;
  place: string;
  icsUid: string;
  icsSequence: number;
  communeName: string;
  federationName: string | null;
  /** The calendar's organiser: who created the meeting. */
  organizer: { name: string; email: string };
  agenda: { title: string; durationMinutes: number; leader: string }[];
};

export type Recipient = { name: string; email: string; answer?: RsvpAnswer | null };

export const rsvpPath = (token: string) => `/reponse/${token}`;

function agendaLines(m: MeetingForMail): string {
  return m.agenda.map((a, i) => `${i + 1}. ${a.title} — ${formatMinutes(a.durationMinutes)}${a.leader ? ` (${a.leader})` : ""}`).join("\n");
}

function withWhom(m: MeetingForMail): string {
  return m.federationName ? `la commune de ${m.communeName} et la ${m.federationName}` : `la commune de ${m.communeName}`;
}

function whenWhere(m: MeetingForMail): string {
  return `Quand : ${formatMeetingWhen(m)}\nOù : ${m.place}`;
}

/** The calendar file's description: the Paris time in words, the agenda, the personal link. */
export function calendarDescription(m: MeetingForMail, url: string | null): string {
  return [
    `${MEETING_KIND_LABELS[m.kind]}, organisée par ${withWhom(m)}.`,
    `Horaire : ${formatMeetingWhen(m, { zone: false })}, heure de Paris (Europe/Paris).`,
    `Lieu : ${m.place}`,
    "",
    "Ordre du jour :",
    agendaLines(m),
    ...(url ? ["", `Votre réponse (oui, non, peut-être) et le tour de table : ${url}`] : []),
  ].join("\n");
}

function calendar(m: MeetingForMail, method: CalendarMethod, to: Recipient, url: string | null): MailAttachment {
  return {
    filename: calendarFilename(method),
    contentType: calendarContentType(method),
    content: meetingCalendar({
      method,
      uid: m.icsUid,
      sequence: m.icsSequence,
      title: `${m.title} — ${m.communeName}`,
      startsAt: m.startsAt,
      durationMinutes: m.durationMinutes,
      place: m.place,
      description: calendarDescription(m, url),
      organizer: m.organizer,
      attendee: { name: to.name, email: to.email, answer: to.answer },
      ...(url ? { url } : {}),
    }),
  };
}

/** The invitee's calendar file (METHOD:REQUEST), as attached to their invitation. */
export function invitationCalendar(m: MeetingForMail, to: Recipient, url: string): MailAttachment {
  return calendar(m, "REQUEST", to, url);
}

export type BuiltMail = { content: MailContent; attachments: MailAttachment[] };

const LINK_NOTE =
  "Ce lien personnel vous est réservé : ne le transférez pas. Il reste valable jusqu'à la fin de la réunion et remplace ceux des e-mails précédents.";

export function invitationMail(m: MeetingForMail, to: Recipient, p: { inviter: string; baseUrl: string; token: string }): BuiltMail {
  const url = `${p.baseUrl}${rsvpPath(p.token)}`;
  return {
    content: {
      subject: `Invitation : ${m.title} — ${m.communeName}, ${formatMeetingShort(m.startsAt)}`,
      intro: `${p.inviter} vous invite, pour ${withWhom(m)}, à une rencontre avec les professionnels de santé du territoire : « ${m.title} ».`,
      paragraphs: [
        whenWhere(m),
        m.kind === "premiere"
          ? "Cette première rencontre vise à donner la parole aux professionnels de santé, partager un premier état des lieux du territoire et identifier les attentes, les besoins et les éventuelles envies de coopération. Il ne s'agit pas de décider, mais d'engager une réflexion collective."
          : "Cette réunion fait suite aux premiers échanges entre les professionnels de santé, la commune et la fédération régionale.",
        `Ordre du jour :\n${agendaLines(m)}`,
        "Dites-nous si vous venez (oui, non ou peut-être) en suivant votre lien personnel, sans créer de compte ni de mot de passe. Vous pouvez aussi y préparer le tour de table : votre situation, vos conditions d'exercice, vos difficultés, vos attentes.",
      ],
      action: { label: "Répondre à l'invitation", url },
      note: `${LINK_NOTE} Le fichier joint ajoute la réunion à votre agenda. Si vous ne connaissez pas ${p.inviter}, ignorez ce message.`,
    },
    attachments: [calendar(m, "REQUEST", to, url)],
  };
}

export function reminderMail(m: MeetingForMail, to: Recipient, p: { inviter: string; baseUrl: string; token: string }): BuiltMail {
  const url = `${p.baseUrl}${rsvpPath(p.token)}`;
  return {
    content: {
      subject: `Rappel : votre réponse est attendue — ${m.title}, ${formatMeetingShort(m.startsAt)}`,
      intro: `${p.inviter} vous rappelle l'invitation de ${withWhom(m)} à « ${m.title} », à laquelle vous n'avez pas encore répondu.`,
      paragraphs: [whenWhere(m), "Une réponse, même « non » ou « peut-être », aide à préparer la rencontre. Elle se donne en un clic, sans compte ni mot de passe."],
      action: { label: "Répondre à l'invitation", url },
      note: `${LINK_NOTE} Le fichier joint ajoute la réunion à votre agenda.`,
    },
    attachments: [calendar(m, "REQUEST", to, url)],
  };
}

export type ScheduleBefore = { startsAt: Date; durationMinutes: number; place: string };

export function updateMail(m: MeetingForMail, to: Recipient, p: { editor: string; baseUrl: string; token: string; before: ScheduleBefore }): BuiltMail {
  const url = `${p.baseUrl}${rsvpPath(p.token)}`;
  const changes: string[] = [];
  if (p.before.startsAt.getTime() !== m.startsAt.getTime() || p.before.durationMinutes !== m.durationMinutes) {
    changes.push(`Nouvel horaire : ${formatMeetingWhen(m, { zone: false })}, heure de Paris\n(au lieu de : ${formatMeetingWhen(p.before, { zone: false })})`);
  }
  if (p.before.place !== m.place) changes.push(`Nouveau lieu : ${m.place}\n(au lieu de : ${p.before.place})`);
  const answer = to.answer ? `Votre réponse actuelle : « ${RSVP_LABELS[to.answer]} ». Si ce changement la modifie, mettez-la à jour avec votre lien.` : "Vous n'avez pas encore répondu : votre lien vous attend.";
  return {
    content: {
      subject: `Modification : ${m.title} — ${formatMeetingShort(m.startsAt)}`,
      intro: `${p.editor} a modifié la réunion « ${m.title} », organisée par ${withWhom(m)}, à laquelle vous êtes invité·e.`,
      paragraphs: [changes.join("\n\n") || whenWhere(m), answer],
      action: { label: "Voir la réunion et ma réponse", url },
      note: `${LINK_NOTE} Le fichier joint met à jour la réunion déjà présente dans votre agenda.`,
    },
    attachments: [calendar(m, "REQUEST", to, url)],
  };
}

export function cancellationMail(m: MeetingForMail, to: Recipient, p: { canceller: string; reason: string | null }): BuiltMail {
  return {
    content: {
      subject: `Annulation : ${m.title} — ${formatMeetingShort(m.startsAt)}`,
      intro: `${p.canceller} a annulé la réunion « ${m.title} », organisée par ${withWhom(m)} et prévue ${formatMeetingWhen(m)}, à laquelle vous étiez invité·e.`,
      paragraphs: [
        ...(p.reason ? [`Message des organisateurs :\n« ${p.reason} »`] : []),
        "Le fichier joint retire la réunion de votre agenda. Votre lien personnel ne sert plus.",
      ],
    },
    attachments: [calendar(m, "CANCEL", to, null)],
  };
}

/** The municipal team and the facilitators take part too: they receive the calendar file, without a personal link. */
export function teamNoticeMail(
  m: MeetingForMail,
  to: Recipient,
  p: { actor: string; what: "sent" | "updated" | "cancelled"; meetingUrl: string; invitedCount: number },
): BuiltMail {
  const subject = { sent: "Invitations envoyées", updated: "Réunion modifiée", cancelled: "Réunion annulée" }[p.what];
  const intro = {
    sent: `${p.actor} a envoyé les invitations à « ${m.title} » (${p.invitedCount} professionnel·le·s invité·e·s). Vous y participez au titre de l'équipe qui la prépare.`,
    updated: `${p.actor} a modifié l'horaire ou le lieu de « ${m.title} » ; les invité·e·s ont reçu une mise à jour.`,
    cancelled: `${p.actor} a annulé « ${m.title} » ; les invité·e·s en ont été prévenu·e·s.`,
  }[p.what];
  return {
    content: {
      subject: `${subject} : ${m.title} — ${m.communeName}, ${formatMeetingShort(m.startsAt)}`,
      intro,
      paragraphs: [whenWhere(m), "Le fichier joint met votre agenda à jour."],
      action: { label: "Suivre les réponses", url: p.meetingUrl },
    },
    attachments: [calendar(m, p.what === "cancelled" ? "CANCEL" : "REQUEST", to, null)],
  };
}
