/**
 * Demo, journey 4 at once: Marvejols' launch meeting with the professionals, held about four weeks ago. The
 * invitations went out, some said yes or no, the round-table answers are in; the référent recorded who came,
 * the Fécop's facilitator wrote the synthesis, published it (personal reading links for those who said yes
 * or came, kept in the development mailbox like the invitations) and corrected it the next day; the team drew
 * five next steps from it, in different states (one overdue). Attendance and synthesis go through the real
 * data functions, with the seed's clock; the meeting and the next steps are inserted as those functions would.
 */
import { eq, inArray } from "drizzle-orm";
import type { DataContext, Tx } from "./context";
import { answerLinkExpiry } from "@/lib/meetings/links";
import { agendaItems, answerLinks, historyEvents, mails, meetingInvitees, meetingPreparers, meetings, nextSteps, synthesisLinks, users, workspaces } from "./schema";
import { mailContext, recordAttendance, type Meeting } from "./meetings";
import { communeNameOf, READING_LINK_DAYS, saveSynthesis, workspaceReaders } from "./syntheses";
import { displayName } from "./users";
import { appUrl } from "@/lib/config";
import { formatDate, todayInParis } from "@/lib/dates";
import { ACTOR_LABELS, NEXT_STEP_STATUS_LABELS, RSVP_LABELS } from "@/lib/domain/enums";
import type { HistoryAction } from "@/lib/domain/history";
import { renderMail } from "@/lib/mail/render";
import { kitAgenda } from "@/lib/meetings/agenda";
import { professionLabel } from "@/lib/meetings/invitees";
import { invitationMail } from "@/lib/meetings/messages";
import { parisToInstant } from "@/lib/meetings/schedule";
import { readingPath, synthesisInviteeMail, synthesisMemberMail } from "@/lib/synthesis/messages";
import { newToken } from "@/lib/tokens";
import { CORRECTION_LEAD, HELD_ANSWERS, heldSynthesis, LEADS, NEXT_STEPS, type StepOwner } from "./seed-synthesis-text";

export const HELD_MEETING_TITLE = "Rencontre de lancement avec les professionnels de santé";

export type DemoPerson = { name: string; profession: string; email: string; professionalId: number | null };
export type DemoTeam = { maire: string; referent: string; facilitatrice: string };

/** "YYYY-MM-DD" in Paris, `days` from the day of `now`. */
export function parisDay(now: Date, days: number): string {
  const [y, m, d] = todayInParis(now).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The instant of a Paris wall-clock time, `days` from today. */
function parisAt(now: Date, days: number, time: string): Date {
  const at = parisToInstant(parisDay(now, days), time);
  if (!at.ok) throw new Error(`Heure de démonstration invalide : ${time}`);
  return at.instant;
}

export function seedHeldMeeting(tx: Tx, input: { workspaceId: number; team: DemoTeam; people: DemoPerson[]; now: Date; nextMeetingDay: string }): Meeting {
  const { workspaceId, team, now } = input;
  const at = (days: number, time: string) => parisAt(now, days, time);
  const workspace = tx.select({ id: workspaces.id, communeCode: workspaces.communeCode }).from(workspaces).where(eq(workspaces.id, workspaceId)).get()!;
  const user = (id: string) => tx.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, id)).get()!;
  const [maire, referent, facilitatrice] = [user(team.maire), user(team.referent), user(team.facilitatrice)];
  const as = (actor: typeof maire, when: Date): DataContext => ({ db: tx, workspace, actor, now: when });
  const preparedAt = at(-40, "17:00");
  const sentAt = at(-35, "10:00");

  const meeting = tx
    .insert(meetings)
    .values({
      workspaceId,
      title: HELD_MEETING_TITLE,
      kind: "premiere",
      startsAt: at(-26, "18:30"),
      durationMinutes: 90,
      place: "Salle du conseil municipal, mairie de Marvejols (entrée par la place Henri-Cordesse)",
      status: "invitations_envoyees",
      icsUid: `demo-rencontre-lancement-${workspaceId}@boussole`,
      version: 3,
      createdBy: team.referent,
      createdAt: preparedAt,
      updatedBy: team.referent,
      updatedAt: sentAt,
      invitationsSentAt: sentAt,
    })
    .returning()
    .get();
  tx.insert(meetingPreparers)
    .values([...new Set([team.referent, team.facilitatrice, team.maire])].map((userId) => ({ meetingId: meeting.id, userId })))
    .run();
  const agenda = tx
    .insert(agendaItems)
    .values(kitAgenda().map((a, i) => ({ meetingId: meeting.id, position: i + 1, ...a })))
    .returning()
    .all();

  // The invitations, with the answers and round-table notes given beforehand; the old links still open.
  const forMail = mailContext({ db: tx }, { meeting });
  const events: { action: HistoryAction; summary: string; actorId: string | null; createdAt: Date }[] = [
    { action: "meeting.created", summary: `${displayName(referent)} a préparé la réunion « ${meeting.title} » avec ${displayName(facilitatrice)}, en brouillon.`, actorId: team.referent, createdAt: preparedAt },
    { action: "meeting.invitations_sent", summary: `${displayName(referent)} a envoyé les invitations à « ${meeting.title} » à ${input.people.length} professionnel·le(s).`, actorId: team.referent, createdAt: sentAt },
  ];
  const turns = new Map<string, number>();
  const came: number[] = [];
  const invitees = new Map<string, { id: number; name: string }>();
  input.people.forEach((p, i) => {
    if (invitees.has(p.email)) return;
    const turn = turns.get(p.profession) ?? 0;
    turns.set(p.profession, turn + 1);
    const a = HELD_ANSWERS[p.profession]?.[turn] ?? { answer: null, attended: false };
    const answeredAt = a.answer ? new Date(sentAt.getTime() + (i + 1) * 7 * 60 * 60 * 1000) : null;
    const { token, hash } = newToken();
    const row = tx
      .insert(meetingInvitees)
      .values({
        meetingId: meeting.id,
        professionalId: p.professionalId,
        name: p.name,
        profession: p.profession,
        email: p.email,
        tokenHash: hash,
        answer: a.answer,
        comment: a.comment ?? null,
        situation: a.situation ?? null,
        conditions: a.conditions ?? null,
        difficulties: a.difficulties ?? null,
        expectations: a.expectations ?? null,
        answeredAt,
        deliveryStatus: "sent",
        lastSentAt: sentAt,
        createdAt: preparedAt,
      })
      .returning({ id: meetingInvitees.id })
      .get();
    tx.insert(answerLinks).values({ inviteeId: row.id, tokenHash: hash, createdAt: sentAt, expiresAt: answerLinkExpiry(meeting) }).run();
    invitees.set(p.email, { id: row.id, name: p.name });
    if (a.attended) came.push(row.id);
    const built = invitationMail(forMail, { name: p.name, email: p.email }, { inviter: displayName(referent), baseUrl: appUrl(), token });
    const rendered = renderMail(built.content);
    tx.insert(mails).values({ to: p.email, subject: rendered.subject, text: rendered.text, html: rendered.html, status: "conserve", attachments: built.attachments, createdAt: sentAt }).run();
    if (a.answer && answeredAt) {
      events.push({
        action: "meeting.answered",
        summary: `${p.name} (${professionLabel(p.profession)}) a répondu « ${RSVP_LABELS[a.answer]} » à l'invitation à « ${meeting.title} ».`,
        actorId: null,
        createdAt: answeredAt,
      });
    }
  });
  tx.insert(historyEvents)
    .values(events.map((e) => ({ workspaceId, ...e })))
    .run();

  // The morning after: the référent records who came (the meeting is held).
  const held = recordAttendance(as(referent, at(-25, "09:00")), {
    meetingId: meeting.id,
    version: meeting.version,
    inviteeIds: came,
    teamUserIds: [...new Set([team.maire, team.referent, team.facilitatrice])],
  })!.meeting;

  // The facilitator drafts the synthesis, publishes it, and corrects it the next day (a lead added).
  const content = heldSynthesis(agenda, input.nextMeetingDay);
  const publishedAt = at(-21, "10:00");
  saveSynthesis(as(facilitatrice, at(-23, "14:00")), { meetingId: meeting.id, version: 0, content: { ...content, leads: LEADS.slice(0, 2), keyPoints: "" }, publish: false });
  const first = saveSynthesis(as(facilitatrice, publishedAt), { meetingId: meeting.id, version: 1, content, publish: true });
  saveSynthesis(as(facilitatrice, at(-20, "17:30")), { meetingId: meeting.id, version: 2, content: { ...content, leads: [...content.leads, CORRECTION_LEAD] }, publish: true });

  // The publication's e-mails, kept in the development mailbox: a reading link for each reader, a word to the team.
  const communeName = communeNameOf(as(facilitatrice, publishedAt), { workspaceId });
  const forSynthesis = { meetingTitle: meeting.title, startsAt: meeting.startsAt, communeName, author: displayName(facilitatrice), leads: content.leads };
  const expiresAt = new Date(publishedAt.getTime() + READING_LINK_DAYS * 24 * 60 * 60 * 1000);
  for (const issued of first.issued) {
    const rendered = renderMail(synthesisInviteeMail(forSynthesis, { url: `${appUrl()}${readingPath(issued.token)}`, expiresAt }));
    tx.insert(mails).values({ to: issued.invitee.email, subject: rendered.subject, text: rendered.text, html: rendered.html, status: "conserve", createdAt: publishedAt }).run();
  }
  // Kept, as the worker keeps a demo's mails: each reading link shows « lien remis ».
  tx.update(synthesisLinks).set({ deliveryStatus: "sent" }).where(inArray(synthesisLinks.id, first.issued.map((i) => i.linkId))).run();
  const readerEmails = new Set(first.issued.map((i) => i.invitee.email));
  const page = `${appUrl()}/communes/${workspace.communeCode}/reunions/${meeting.id}/synthese`;
  for (const member of workspaceReaders(as(facilitatrice, publishedAt))) {
    if (member.userId === facilitatrice.id || readerEmails.has(member.email)) continue;
    const rendered = renderMail(synthesisMemberMail(forSynthesis, { url: page }));
    tx.insert(mails).values({ to: member.email, subject: rendered.subject, text: rendered.text, html: rendered.html, status: "conserve", createdAt: publishedAt }).run();
  }

  seedNextSteps(tx, { workspaceId, meeting: held, team: { maire, referent, facilitatrice }, invitees: [...invitees.values()], people: input.people, now, createdAt: at(-21, "10:30") });
  return held;
}

type SeedUser = { id: string; email: string; name: string | null };

function ownerOf(o: StepOwner, team: { maire: SeedUser; referent: SeedUser }, pharmacist: { id: number; name: string } | undefined) {
  if (o.kind === "maire" || o.kind === "referent") return { ownerKind: "membre" as const, ownerUserId: team[o.kind].id, ownerLabel: displayName(team[o.kind]) };
  if (o.kind === "acteur") return { ownerKind: "acteur" as const, ownerActor: o.actor, ownerLabel: ACTOR_LABELS[o.actor] };
  if (pharmacist) return { ownerKind: "invite" as const, ownerInviteeId: pharmacist.id, ownerLabel: pharmacist.name };
  return { ownerKind: "acteur" as const, ownerActor: "professionnels" as const, ownerLabel: ACTOR_LABELS.professionnels };
}

/** The next steps drawn from the synthesis, as the team entered them, and what became of them since. */
function seedNextSteps(
  tx: Tx,
  input: { workspaceId: number; meeting: Meeting; team: { maire: SeedUser; referent: SeedUser; facilitatrice: SeedUser }; invitees: { id: number; name: string }[]; people: DemoPerson[]; now: Date; createdAt: Date },
) {
  const { team, now } = input;
  const pharmacistName = input.people.find((p) => p.profession === "pharmacien")?.name;
  const pharmacist = input.invitees.find((i) => i.name === pharmacistName);
  const events: { action: HistoryAction; summary: string; actorId: string; createdAt: Date }[] = [];
  NEXT_STEPS.forEach((step, i) => {
    const createdAt = new Date(input.createdAt.getTime() + i * 60_000);
    const owner = ownerOf(step.owner, team, pharmacist);
    const dueOn = parisDay(now, step.due);
    const changedAt = step.changedAgo ? parisAt(now, -step.changedAgo, "18:00") : null;
    const changer = step.owner.kind === "referent" ? team.referent : team.facilitatrice;
    tx.insert(nextSteps)
      .values({
        workspaceId: input.workspaceId,
        meetingId: input.meeting.id,
        lead: step.lead,
        title: step.title,
        details: step.details,
        ...owner,
        dueOn,
        status: step.status,
        version: changedAt ? 2 : 1,
        createdBy: team.facilitatrice.id,
        createdAt,
        updatedBy: changedAt ? changer.id : team.facilitatrice.id,
        updatedAt: changedAt ?? createdAt,
        doneAt: step.status === "fait" ? changedAt : null,
      })
      .run();
    events.push({
      action: "next_step.created",
      summary: `${displayName(team.facilitatrice)} a ajouté l'étape « ${step.title} » (${owner.ownerLabel}, échéance le ${formatDate(dueOn)}).`,
      actorId: team.facilitatrice.id,
      createdAt,
    });
    if (changedAt) {
      events.push({
        action: "next_step.status_changed",
        summary: `${displayName(changer)} a passé l'étape « ${step.title} » à « ${NEXT_STEP_STATUS_LABELS[step.status]} ».`,
        actorId: changer.id,
        createdAt: changedAt,
      });
    }
  });
  tx.insert(historyEvents)
    .values(events.map((e) => ({ workspaceId: input.workspaceId, ...e })))
    .run();
}
