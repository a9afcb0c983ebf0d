/**
 * Demo: the first meeting of Marvejols, prepared by the referent and the Fécop's facilitator, invitations
 * sent three days ago, a week from now, with some answers already in. The invitation e-mails are kept in the
 * development mailbox, so that a visitor can open an invitee's personal link and answer. Before it, the launch
 * meeting held four weeks ago, with its published synthesis and next steps (`seed-synthesis.ts`).
 */
import type { HistoryAction } from "@/lib/domain/history";
import { and, eq, isNotNull } from "drizzle-orm";
import type { Tx } from "./context";
import { systemNow } from "./clock";
import { agendaItems, answerLinks, historyEvents, mails, meetingInvitees, meetingPreparers, meetings, professionals, users } from "./schema";
import { mailContext } from "./meetings";
import { displayName } from "./users";
import { appUrl } from "@/lib/config";
import { RSVP_LABELS, type RsvpAnswer } from "@/lib/domain/enums";
import { renderMail } from "@/lib/mail/render";
import { newToken } from "@/lib/tokens";
import { answerLinkExpiry } from "@/lib/meetings/links";
import { kitAgenda } from "@/lib/meetings/agenda";
import { inviteeProfession, professionLabel } from "@/lib/meetings/invitees";
import { invitationMail } from "@/lib/meetings/messages";
import { parisToInstant } from "@/lib/meetings/schedule";
import { parisDay, seedHeldMeeting, type DemoPerson, type DemoTeam } from "./seed-synthesis";

type DemoAnswer = {
  answer: RsvpAnswer | null;
  comment?: string;
  situation?: string;
  conditions?: string;
  difficulties?: string;
  expectations?: string;
};

/** Answers by profession, given in turn to the invitees of that profession (the others have not answered yet). */
const ANSWERS: Record<string, DemoAnswer[]> = {
  medecin_generaliste: [
    {
      answer: "oui",
      comment: "Je viendrai, et j'en parle à mes collègues du cabinet.",
      situation: "Médecin généraliste installée depuis 2009 en centre-ville, en cabinet de groupe.",
      difficulties: "Patientèle qui grossit depuis plusieurs départs ; plus de nouveaux patients depuis un an.",
      expectations: "Travailler avec les infirmières et la pharmacie sur les sorties d'hôpital et les patients chroniques.",
    },
    { answer: "peut_etre", comment: "Je suis de garde ce soir-là ; je confirme dès que j'ai trouvé un remplaçant." },
  ],
  infirmier: [
    {
      answer: "oui",
      situation: "Infirmière libérale, cabinet de trois infirmières, tournées sur Marvejols et les hameaux.",
      conditions: "Beaucoup de route ; pas de local de soins adapté.",
      expectations: "Mieux se coordonner avec les médecins, un dossier partagé.",
    },
  ],
  pharmacien: [{ answer: "oui", comment: "Merci pour l'invitation. La pharmacie peut accueillir une prochaine réunion si besoin." }],
  sage_femme: [{ answer: "non", comment: "En formation ce jour-là, mais je souhaite être tenue informée des suites." }],
  orthophoniste: [{ answer: "non", comment: "En formation ce jour-là, mais je souhaite être tenue informée des suites." }],
};

const TYPED = [
  { name: "Dr Hélène Vidal", profession: "medecin_generaliste", email: "helene.vidal@demo.boussole.fr" },
  { name: "Dr Pierre Boyer", profession: "medecin_generaliste", email: "pierre.boyer@demo.boussole.fr" },
  { name: "Sophie Chabert", profession: "infirmier", email: "sophie.chabert@demo.boussole.fr" },
  { name: "Marion Pagès", profession: "pharmacien", email: "marion.pages@demo.boussole.fr" },
  { name: "Julien Astruc", profession: "masseur_kinesitherapeute", email: "julien.astruc@demo.boussole.fr" },
  { name: "Camille Rieutort", profession: "sage_femme", email: "camille.rieutort@demo.boussole.fr" },
  { name: "Nadia Bonnal", profession: "orthophoniste", email: "nadia.bonnal@demo.boussole.fr" },
  { name: "Dr Laurent Malaval", profession: "chirurgien_dentiste", email: "laurent.malaval@demo.boussole.fr" },
];

/** The inventory's professionals with an e-mail when another seed wrote some; otherwise people typed by hand. */
function demoPeople(tx: Tx, workspaceId: number): DemoPerson[] {
  const fromInventory = tx
    .select()
    .from(professionals)
    .where(and(eq(professionals.workspaceId, workspaceId), isNotNull(professionals.email)))
    .all()
    .filter((p) => p.email?.trim())
    .slice(0, 10)
    .map((p) => ({ name: p.name?.trim() || professionLabel(p.profession), profession: inviteeProfession(p), email: p.email!.trim().toLowerCase(), professionalId: p.id }));
  return fromInventory.length >= 4 ? fromInventory : TYPED.map((t) => ({ ...t, professionalId: null }));
}

/** The demo's meetings; `now` is the seed's clock. Returns the meeting to come (the held one is found by its title). */
export function seedMeetings(tx: Tx, workspaceId: number, userIds: DemoTeam, clock: Date = systemNow()) {
  const at = parisToInstant(parisDay(clock, 7), "18:30");
  if (!at.ok) return;
  const now = clock.getTime();
  const sentAt = new Date(now - 3 * 24 * 60 * 60 * 1000);
  const preparedAt = new Date(now - 6 * 24 * 60 * 60 * 1000);
  const referent = tx.select().from(users).where(eq(users.id, userIds.referent)).get()!;
  const facilitatrice = tx.select().from(users).where(eq(users.id, userIds.facilitatrice)).get()!;

  const meeting = tx
    .insert(meetings)
    .values({
      workspaceId,
      title: "Première rencontre avec les professionnels de santé",
      kind: "premiere",
      startsAt: at.instant,
      durationMinutes: 90,
      place: "Salle du conseil municipal, mairie de Marvejols (entrée par la place Henri-Cordesse)",
      status: "invitations_envoyees",
      icsUid: `demo-premiere-rencontre-${workspaceId}@boussole`,
      version: 3,
      createdBy: userIds.referent,
      createdAt: preparedAt,
      updatedBy: userIds.referent,
      updatedAt: sentAt,
      invitationsSentAt: sentAt,
    })
    .returning()
    .get();
  tx.insert(meetingPreparers)
    .values([...new Set([userIds.referent, userIds.facilitatrice, userIds.maire])].map((userId) => ({ meetingId: meeting.id, userId })))
    .run();
  tx.insert(agendaItems)
    .values(kitAgenda().map((a, i) => ({ meetingId: meeting.id, position: i + 1, ...a })))
    .run();

  const people = demoPeople(tx, workspaceId);

  const mail = mailContext({ db: tx }, { meeting });
  const events: { action: HistoryAction; summary: string; actorId: string | null; createdAt: Date }[] = [
    {
      action: "meeting.created",
      summary: `${displayName(referent)} a préparé la réunion « ${meeting.title} » avec ${displayName(facilitatrice)}, en brouillon.`,
      actorId: userIds.referent,
      createdAt: preparedAt,
    },
    {
      action: "meeting.invitations_sent",
      summary: `${displayName(referent)} a envoyé les invitations à « ${meeting.title} » à ${people.length} professionnel·le(s).`,
      actorId: userIds.referent,
      createdAt: sentAt,
    },
  ];
  // The invitations are stored after the held meeting's e-mails: the mailbox lists the newest first.
  const invitations: (typeof mails.$inferInsert)[] = [];
  const seen = new Set<string>();
  const given = new Map<string, number>();
  people.forEach((p, i) => {
    if (seen.has(p.email)) return;
    seen.add(p.email);
    const turn = given.get(p.profession) ?? 0;
    given.set(p.profession, turn + 1);
    const a = ANSWERS[p.profession]?.[turn] ?? { answer: null };
    const answeredAt = a.answer ? new Date(sentAt.getTime() + (i + 1) * 5 * 60 * 60 * 1000) : null;
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
    const built = invitationMail(mail, { name: p.name, email: p.email }, { inviter: displayName(referent), baseUrl: appUrl(), token });
    const rendered = renderMail(built.content);
    invitations.push({ to: p.email, subject: rendered.subject, text: rendered.text, html: rendered.html, status: "conserve", attachments: built.attachments, createdAt: sentAt });
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

  seedHeldMeeting(tx, { workspaceId, team: userIds, people, now: clock, nextMeetingDay: parisDay(clock, 7) });
  if (invitations.length) tx.insert(mails).values(invitations).run();
  return meeting;
}

