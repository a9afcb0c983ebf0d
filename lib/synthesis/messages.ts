/**
 * The e-mails of a published synthesis, as pure builders (lib/mail/synthesis-messages.ts sends them). The
 * invitee's carries a personal reading link that works without an account, for a year; the members' points
 * to the synthesis in the commune's space.
 */
import type { MailContent } from "@/lib/mail/render";
import { formatDate } from "@/lib/dates";
import { formatMeetingShort } from "@/lib/meetings/schedule";

export type SynthesisForMail = { meetingTitle: string; startsAt: Date; communeName: string; author: string; leads: string[] };

export const readingPath = (token: string) => `/synthese/${token}`;

function leadsParagraph(s: SynthesisForMail): string[] {
  if (s.leads.length === 0) return [];
  return [`Premières pistes :\n${s.leads.map((l) => `– ${l}`).join("\n")}`];
}

/** To an invitee who said yes or came: the synthesis, read through a personal link. */
export function synthesisInviteeMail(s: SynthesisForMail, p: { url: string; expiresAt: Date }): MailContent {
  return {
    subject: `Synthèse de la réunion du ${formatMeetingShort(s.startsAt)} — ${s.communeName}`,
    intro: `${s.author} a publié la synthèse de « ${s.meetingTitle} », la réunion du ${formatMeetingShort(s.startsAt)} à laquelle vous étiez invité·e par la commune de ${s.communeName}.`,
    paragraphs: [
      ...leadsParagraph(s),
      "Vous la lisez sans compte ni mot de passe, en suivant votre lien personnel. Si elle est corrigée, le même lien montre la version à jour, avec sa date.",
    ],
    action: { label: "Lire la synthèse", url: p.url },
    note: `Ce lien est personnel : ne le transférez pas. Il fonctionne jusqu'au ${formatDate(p.expiresAt)}.`,
  };
}

/** To a member of the commune's space (maire, référent, facilitateur, professionnel·le with an account). */
export function synthesisMemberMail(s: SynthesisForMail, p: { url: string }): MailContent {
  return {
    subject: `Synthèse publiée : ${s.meetingTitle} — ${s.communeName}`,
    intro: `${s.author} a publié la synthèse de « ${s.meetingTitle} » (réunion du ${formatMeetingShort(s.startsAt)}). Les invité·es qui ont répondu oui ou sont venu·es l'ont reçue par un lien personnel.`,
    paragraphs: leadsParagraph(s),
    action: { label: "Lire la synthèse", url: p.url },
  };
}
