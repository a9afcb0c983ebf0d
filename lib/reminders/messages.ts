/**
 * The daily job's reminders, as pure builders (db/jobs sends them): the checklist's items due soon or overdue
 * for the référent, a next step due soon for its owner, the requests and quiet communes for a federation.
 * Plain and kind: what, by when, where to see it. Never a professional's personal data in a federation's
 * e-mail (only communes, dates and counts).
 */
import type { MailContent } from "@/lib/mail/render";
import { formatDate } from "@/lib/dates";
import { pathOf } from "@/lib/urls";
import { ofCommune } from "@/lib/text";

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const checklistPath = (code: string) => pathOf("communes", code, "100-jours") ?? "/espace";
export const nextStepsListPath = (code: string) => pathOf("communes", code, "actions") ?? "/espace";
export const federationPath = (id: string) => pathOf("federation", id) ?? "/espace";

export type ChecklistReminderItem = { title: string; dueDate: string; overdue: boolean; daysLeft: number; ownerName: string | null };

function dueText(i: { dueDate: string; overdue: boolean; daysLeft: number }) {
  if (i.overdue) return `prévue le ${formatDate(i.dueDate)}, en retard`;
  if (i.daysLeft === 0) return "prévue aujourd'hui";
  return `prévue le ${formatDate(i.dueDate)} (dans ${plural(i.daysLeft, "jour", "jours")})`;
}

export function checklistReminderMail(p: { communeName: string; items: readonly ChecklistReminderItem[]; url: string; asMaire: boolean }): MailContent {
  const overdue = p.items.filter((i) => i.overdue);
  const soon = p.items.filter((i) => !i.overdue);
  const parts = [
    ...(overdue.length ? [`${plural(overdue.length, "action en retard", "actions en retard")}`] : []),
    ...(soon.length ? [`${plural(soon.length, "action à faire", "actions à faire")} dans les 7 jours`] : []),
  ];
  const line = (i: ChecklistReminderItem) => `• ${i.title} — ${dueText(i)}${i.ownerName ? ` ; suivie par ${i.ownerName}` : ""}`;
  return {
    subject: `Les 100 jours ${ofCommune(p.communeName)} : ${parts.join(", ")}`,
    intro: `Voici où en est la check-list des 100 premiers jours ${ofCommune(p.communeName)} : ${parts.join(" et ")}.`,
    paragraphs: [
      ...(overdue.length ? [`En retard :\n${overdue.map(line).join("\n")}`] : []),
      ...(soon.length ? [`À faire dans les 7 jours :\n${soon.map(line).join("\n")}`] : []),
      "Vous n'avez pas à tout porter seul·e : une action peut être confiée à quelqu'un de l'équipe, passée « en cours », ou marquée « sans objet » si elle ne concerne pas la commune.",
    ],
    action: { label: "Ouvrir la check-list des 100 jours", url: p.url },
    note: p.asMaire
      ? `Vous recevez ce rappel, au plus une fois par semaine, parce que vous êtes maire ${ofCommune(p.communeName)} et que la commune n'a pas encore de référent·e santé sur Boussole.`
      : `Vous recevez ce rappel, au plus une fois par semaine, parce que vous êtes référent·e santé ${ofCommune(p.communeName)} sur Boussole.`,
  };
}

export type NextStepReminder = { title: string; details: string; dueOn: string; overdue: boolean; communeName: string };

/** `url` when the owner has an account in the commune's space; otherwise the e-mail tells them whom to tell. */
export function nextStepReminderMail(s: NextStepReminder, p: { url: string | null }): MailContent {
  const due = formatDate(s.dueOn);
  return {
    subject: s.overdue ? `Rappel : « ${s.title} » était prévue le ${due} — ${s.communeName}` : `Rappel : « ${s.title} », d'ici le ${due} — ${s.communeName}`,
    intro: s.overdue
      ? `La prochaine étape « ${s.title} », qui vous a été confiée pour ${s.communeName}, était prévue le ${due} et n'est pas encore indiquée comme faite.`
      : `Petit rappel : la prochaine étape « ${s.title} », qui vous a été confiée pour ${s.communeName}, est prévue d'ici le ${due}.`,
    paragraphs: [
      ...(s.details ? [`Précisions :\n${s.details}`] : []),
      p.url
        ? "Si c'est fait, ou en cours, indiquez-le sur la page des prochaines étapes de la commune : toute l'équipe le verra. Si la date n'est plus tenable, une nouvelle date peut y être fixée."
        : `Si c'est fait, ou si la date n'est plus tenable, dites-le simplement à l'équipe municipale ${ofCommune(s.communeName)} : elle mettra la liste à jour.`,
    ],
    ...(p.url ? { action: { label: "Voir mes prochaines étapes", url: p.url } } : {}),
    note: `Vous ne recevez ce rappel qu'une fois pour cette étape et cette date.`,
  };
}

export type PendingRequest = { communeName: string; departementName: string | null; requestedAt: Date; days: number };
export type QuietCommune = { communeName: string; departementName: string | null; lastEventAt: Date | null; days: number | null };

/**
 * `url` is the federation's page; a federation with no admin on Boussole yet (`joined: false`, the mail goes to its
 * directory address) gets no link to it — that page is a 404 to this address — but the way to join.
 */
export function federationReminderMail(p: { federationName: string; shortName: string; pending: readonly PendingRequest[]; quiet: readonly QuietCommune[]; url: string; joined?: boolean }): MailContent {
  const joined = p.joined ?? true;
  const where = (c: { communeName: string; departementName: string | null }) => `${c.communeName}${c.departementName ? ` (${c.departementName})` : ""}`;
  const parts = [
    ...(p.pending.length ? [plural(p.pending.length, "demande en attente de réponse", "demandes en attente de réponse")] : []),
    ...(p.quiet.length ? [plural(p.quiet.length, "commune sans nouvelles depuis 21 jours", "communes sans nouvelles depuis 21 jours")] : []),
  ];
  return {
    subject: `${p.shortName} : ${parts.join(", ")}`,
    intro: `Voici ce qui attend la ${p.federationName} sur Boussole cette semaine : ${parts.join(" et ")}.`,
    paragraphs: [
      ...(p.pending.length
        ? [`Demandes d'accompagnement en attente :\n${p.pending.map((r) => `• ${where(r)} — demande du ${formatDate(r.requestedAt)}, sans réponse depuis ${plural(r.days, "jour", "jours")}`).join("\n")}`]
        : []),
      ...(p.quiet.length
        ? [
            `Communes accompagnées sans activité dans leur espace depuis plus de 21 jours :\n${p.quiet
              .map((c) => `• ${where(c)} — ${c.lastEventAt && c.days !== null ? `dernière activité le ${formatDate(c.lastEventAt)} (il y a ${c.days} jours)` : "aucune activité enregistrée"}`)
              .join("\n")}`,
            "Un simple message au maire ou au référent suffit souvent à relancer la dynamique.",
          ]
        : []),
      ...(joined
        ? []
        : [
            `La ${p.federationName} n'a pas encore d'espace sur Boussole. Pour répondre, ouvrez le lien « Rejoindre Boussole et répondre » de l'e-mail de la demande : il fait de cette adresse l'admin de la fédération sur Boussole. Il est valable 7 jours ; s'il a expiré, la commune peut renvoyer sa demande, qui en porte un nouveau.`,
          ]),
    ],
    ...(joined ? { action: { label: "Ouvrir l'espace de la fédération", url: p.url } } : {}),
    note: "Vous recevez ce rappel, au plus une fois par semaine, parce que vous administrez cette fédération sur Boussole, ou parce que cette adresse est celle de la fédération dans l'annuaire du mouvement AVECsanté.",
  };
}
