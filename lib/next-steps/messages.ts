/**
 * The e-mail telling someone with an account that a next step is theirs, as a pure builder:
 * lib/mail/next-step-messages.ts sends it. It says what, by when, who assigned it, and where to follow it.
 */
import type { MailContent } from "@/lib/mail/render";
import { formatDate } from "@/lib/dates";

export type NextStepForMail = {
  title: string;
  details: string;
  /** "YYYY-MM-DD" */
  dueOn: string;
  communeName: string;
  /** Who gave the step to the recipient. */
  assignedBy: string;
  /** The meeting it comes from, if any, and the synthesis's lead it was made from. */
  meeting: { title: string; startsAt: Date } | null;
  lead: string | null;
  /** The step existed and was given to the recipient by a change of owner. */
  reassigned: boolean;
};

export const nextStepsPath = (code: string) => `/communes/${code}/actions`;

export function nextStepAssignedMail(s: NextStepForMail, p: { listUrl: string }): MailContent {
  const due = formatDate(s.dueOn);
  const origin = s.meeting
    ? `Elle fait suite à la réunion « ${s.meeting.title} » du ${formatDate(s.meeting.startsAt)}${s.lead ? `, dont la synthèse retient la piste : « ${s.lead} »` : ""}.`
    : null;
  return {
    subject: `Prochaine étape pour vous : ${s.title} — ${s.communeName}, d'ici le ${due}`,
    intro: s.reassigned
      ? `${s.assignedBy} vous confie désormais une prochaine étape de ${s.communeName} : « ${s.title} », à faire d'ici le ${due}.`
      : `${s.assignedBy} vous a confié une prochaine étape pour ${s.communeName} : « ${s.title} », à faire d'ici le ${due}.`,
    paragraphs: [
      ...(s.details ? [`Précisions :\n${s.details}`] : []),
      ...(origin ? [origin] : []),
      "Sur la page des prochaines étapes de la commune, les vôtres sont en tête, sous « Mes prochaines étapes » : indiquez-y où vous en êtes (en cours, fait).",
    ],
    action: { label: "Voir mes prochaines étapes", url: p.listUrl },
    note: `Vous recevez ce message parce que vous avez un compte dans l'espace de ${s.communeName} sur Boussole. Si cette étape ne vous revient pas, dites-le à ${s.assignedBy}.`,
  };
}
