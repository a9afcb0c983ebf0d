/**
 * The export's CSV tables: one per kind of record, with French headers and the labels the pages show, dates
 * as "AAAA-MM-JJ HH:MM" (Paris) that spreadsheets read, through the inventory's CSV writer (UTF-8 with BOM,
 * `;`, formulas neutralised). The JSON files keep the stored codes; these are for reading.
 */
import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { TIME_ZONE } from "@/lib/dates";
import { ACTOR_LABELS, CHECKLIST_STATUS_LABELS, MEETING_KIND_LABELS, MEETING_STATUS_LABELS, NEXT_STEP_STATUS_LABELS, RSVP_LABELS, type Actor } from "@/lib/domain/enums";
import { CHECKLIST_PHASES } from "@/lib/checklist/items";
import type { ChecklistEntry } from "@/lib/checklist/rules";
import { formatCsv } from "@/lib/inventory/csv";
import { professionLabel } from "@/lib/meetings/invitees";
import { THEMES, tagLabel } from "@/lib/inventory/tags";
import type { SynthesisContent } from "@/lib/synthesis/content";
import type { NoteTheme } from "@/lib/domain/enums";

export const at = (d: Date | null | undefined) => (d ? format(new TZDate(d, TIME_ZONE), "yyyy-MM-dd HH:mm") : "");
const yesNo = (b: boolean | null | undefined) => (b === null || b === undefined ? "" : b ? "Oui" : "Non");
const text = (s: string | null | undefined) => s ?? "";
const actorLabel = (a: Actor | null) => (a ? ACTOR_LABELS[a] : "");

export function notesCsv(notes: readonly { id: number; theme: NoteTheme; text: string; tags: string[]; createdAt: Date; updatedAt: Date }[]) {
  return formatCsv([
    ["Identifiant", "Thème", "Note", "Mots-clés", "Créée le", "Modifiée le"],
    ...notes.map((n) => [String(n.id), THEMES[n.theme].title, n.text, n.tags.map((t) => tagLabel(n.theme, t)).join(", "), at(n.createdAt), at(n.updatedAt)]),
  ]);
}

type MeetingRow = { id: number; title: string; kind: keyof typeof MEETING_KIND_LABELS; startsAt: Date; durationMinutes: number; place: string; status: keyof typeof MEETING_STATUS_LABELS; invitationsSentAt: Date | null; heldAt: Date | null; cancelledAt: Date | null; agenda: { title: string; durationMinutes: number; leader: string }[] };

export function meetingsCsv(meetings: readonly MeetingRow[]) {
  return formatCsv([
    ["Identifiant", "Titre", "Type", "Date et heure", "Durée (minutes)", "Lieu", "Statut", "Invitations envoyées le", "Tenue le", "Annulée le", "Ordre du jour"],
    ...meetings.map((m) => [
      String(m.id),
      m.title,
      MEETING_KIND_LABELS[m.kind],
      at(m.startsAt),
      String(m.durationMinutes),
      m.place,
      MEETING_STATUS_LABELS[m.status],
      at(m.invitationsSentAt),
      at(m.heldAt),
      at(m.cancelledAt),
      m.agenda.map((a) => `${a.title} (${a.durationMinutes} min, ${a.leader})`).join("\n"),
    ]),
  ]);
}

type InviteeRow = {
  id: number;
  meetingId: number;
  meetingTitle: string;
  name: string;
  profession: string;
  email: string;
  answer: keyof typeof RSVP_LABELS | null;
  comment: string | null;
  answeredAt: Date | null;
  situation: string | null;
  conditions: string | null;
  difficulties: string | null;
  expectations: string | null;
  attended: boolean | null;
};

export function inviteesCsv(invitees: readonly InviteeRow[]) {
  return formatCsv([
    ["Identifiant", "Réunion", "Identifiant de la réunion", "Nom", "Profession", "E-mail", "Réponse", "Répondu le", "Commentaire", "Situation actuelle", "Conditions d'exercice", "Difficultés", "Attentes", "Présent·e"],
    ...invitees.map((i) => [
      String(i.id),
      i.meetingTitle,
      String(i.meetingId),
      i.name,
      professionLabel(i.profession),
      i.email,
      RSVP_LABELS[i.answer ?? "sans_reponse"],
      at(i.answeredAt),
      text(i.comment),
      text(i.situation),
      text(i.conditions),
      text(i.difficulties),
      text(i.expectations),
      yesNo(i.attended),
    ]),
  ]);
}

function synthesisCells(c: SynthesisContent): string[] {
  const follow = [
    c.followUp.meeting ? `Nouvelle rencontre${c.followUp.meetingOn ? ` le ${c.followUp.meetingOn}` : ""}` : "",
    c.followUp.support ? "Accompagnement par la fédération" : "",
    c.followUp.other,
  ].filter(Boolean);
  return [c.agenda.map((a) => `${a.title} : ${a.text}`).join("\n\n"), c.cooperation, c.needs, c.obstacles, c.leads.join("\n"), follow.join("\n"), c.keyPoints];
}

type SynthesisRow = { meetingId: number; meetingTitle: string; meetingStartsAt: Date; published: SynthesisContent | null; publishedAt: Date | null; draft: SynthesisContent; updatedAt: Date; updatedBy: string | null };

/** Two rows per synthesis: the published text (when there is one) and the draft being written. */
export function synthesesCsv(syntheses: readonly SynthesisRow[]) {
  return formatCsv([
    ["Réunion", "Identifiant de la réunion", "Date de la réunion", "Version", "Publiée ou modifiée le", "Par", "Ordre du jour", "Envies de coopération", "Besoins prioritaires", "Freins et points de vigilance", "Premières pistes", "Suite proposée", "À retenir"],
    ...syntheses.flatMap((s) => [
      ...(s.published ? [[s.meetingTitle, String(s.meetingId), at(s.meetingStartsAt), "Publiée", at(s.publishedAt), "", ...synthesisCells(s.published)]] : []),
      [s.meetingTitle, String(s.meetingId), at(s.meetingStartsAt), "Brouillon", at(s.updatedAt), text(s.updatedBy), ...synthesisCells(s.draft)],
    ]),
  ]);
}

type StepRow = { id: number; meetingId: number | null; lead: string | null; title: string; details: string; ownerLabel: string; dueOn: string; status: keyof typeof NEXT_STEP_STATUS_LABELS; createdAt: Date; doneAt: Date | null };

export function nextStepsCsv(steps: readonly StepRow[]) {
  return formatCsv([
    ["Identifiant", "Étape", "Précisions", "Qui", "Échéance", "Statut", "Réunion d'origine", "Piste de la synthèse", "Créée le", "Faite le"],
    ...steps.map((s) => [String(s.id), s.title, s.details, s.ownerLabel, s.dueOn, NEXT_STEP_STATUS_LABELS[s.status], s.meetingId ? String(s.meetingId) : "", text(s.lead), at(s.createdAt), at(s.doneAt)]),
  ]);
}

export function checklistCsv(entries: readonly ChecklistEntry[]) {
  const phase = (code: string) => CHECKLIST_PHASES.find((p) => p.code === code)?.label ?? code;
  return formatCsv([
    ["Code", "Phase", "Action", "Échéance", "Statut", "Coché automatiquement", "Preuve", "En retard", "Porteur", "Note", "Modifié le", "Par"],
    ...entries.map((e) => [
      e.code,
      phase(e.phase),
      e.title,
      e.dueDate,
      CHECKLIST_STATUS_LABELS[e.status],
      yesNo(e.proof !== null),
      e.proof?.text ?? "",
      yesNo(e.overdue),
      text(e.state?.ownerName),
      text(e.state?.note),
      at(e.state?.updatedAt),
      text(e.state?.updatedByName),
    ]),
  ]);
}

export function responsibilitiesCsv(rows: readonly { actor: Actor; text: string; updatedAt: Date; updatedBy: string | null }[]) {
  return formatCsv([["Acteur", "Responsabilités", "Modifié le", "Par"], ...rows.map((r) => [ACTOR_LABELS[r.actor], r.text, at(r.updatedAt), text(r.updatedBy)])]);
}

type PartnerRow = { id: number; actor: Actor; organisation: string; personName: string | null; position: string | null; email: string | null; phone: string | null; note: string | null; updatedAt: Date };

export function partnersCsv(rows: readonly PartnerRow[]) {
  return formatCsv([
    ["Identifiant", "Acteur", "Organisme", "Contact", "Fonction", "E-mail", "Téléphone", "Note", "Modifié le"],
    ...rows.map((p) => [String(p.id), actorLabel(p.actor), p.organisation, text(p.personName), text(p.position), text(p.email), text(p.phone), text(p.note), at(p.updatedAt)]),
  ]);
}

export function historyCsv(events: readonly { createdAt: Date; action: string; summary: string; actor: string | null }[]) {
  return formatCsv([["Date", "Par", "Événement", "Code"], ...events.map((e) => [at(e.createdAt), e.actor ?? "Boussole", e.summary, e.action])]);
}
