/**
 * Meetings with the professionals (journey 3): preparation, invitations with a personal link, answers,
 * reminders, changes, cancellation, attendance. Every query is scoped by the workspace: another commune's
 * meeting is "not found". Every change is written with its history line in one transaction; e-mails are
 * sent by the caller afterwards, and each delivery is recorded on the invitee.
 */
import crypto from "node:crypto";
import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { DB } from "./client";
import {
  agendaItems,
  communes,
  federationRequests,
  federations,
  meetingInvitees,
  meetingPreparers,
  meetings,
  meetingTeamAttendance,
  professionals,
  users,
  workspaceMembers,
  workspaces,
} from "./schema";
import { recordHistory } from "./history";
import { displayName } from "./users";
import { ConflictError, FieldError, FormError } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/dates";
import { MEETING_KIND_LABELS, RSVP_LABELS, type CommuneRole, type RsvpAnswer } from "@/lib/domain/enums";
import { hashToken, isWellFormedToken, newToken } from "@/lib/tokens";
import { formatMinutes, type AgendaItemInput } from "@/lib/meetings/agenda";
import { canRemind, inviteeProfession, professionLabel } from "@/lib/meetings/invitees";
import { formatMeetingShort, formatMeetingWhen, hasStarted, instantToParis, isOver } from "@/lib/meetings/schedule";
import type { MeetingForMail } from "@/lib/meetings/messages";

type Tx = Parameters<Parameters<DB["transaction"]>[0]>[0];
type Q = Tx | DB;
type Actor = { id: string; email: string; name: string | null };

export type Meeting = typeof meetings.$inferSelect;
export type Invitee = typeof meetingInvitees.$inferSelect;
export type AgendaItem = typeof agendaItems.$inferSelect;
export type Issued = { invitee: Invitee; token: string };

const TEAM_ROLES: CommuneRole[] = ["maire", "referent", "facilitateur"];

/* ——— Reading ——— */

export type TeamMember = { userId: string; name: string; email: string; roles: CommuneRole[] };

/** The municipal team and the facilitators of a workspace: who prepares meetings and takes part in them. */
export function meetingTeam(db: Q, workspaceId: number): TeamMember[] {
  const rows = db
    .select({ userId: users.id, name: users.name, email: users.email, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), inArray(workspaceMembers.role, TEAM_ROLES)))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .all();
  const byUser = new Map<string, TeamMember>();
  for (const r of rows) {
    const m = byUser.get(r.userId) ?? { userId: r.userId, name: displayName(r), email: r.email, roles: [] };
    m.roles.push(r.role);
    byUser.set(r.userId, m);
  }
  return [...byUser.values()];
}

/** The meetings of a workspace, latest first, each with its answers counted (two queries). */
export function listMeetings(db: DB, workspaceId: number) {
  const list = db.select().from(meetings).where(eq(meetings.workspaceId, workspaceId)).orderBy(desc(meetings.startsAt), desc(meetings.id)).all();
  if (list.length === 0) return [];
  const counts = db
    .select({ meetingId: meetingInvitees.meetingId, answer: meetingInvitees.answer, n: sql<number>`count(*)` })
    .from(meetingInvitees)
    .where(inArray(meetingInvitees.meetingId, list.map((m) => m.id)))
    .groupBy(meetingInvitees.meetingId, meetingInvitees.answer)
    .all();
  return list.map((m) => {
    const c = { oui: 0, non: 0, peut_etre: 0, sans_reponse: 0, total: 0 };
    for (const r of counts) {
      if (r.meetingId !== m.id) continue;
      c[r.answer ?? "sans_reponse"] += r.n;
      c.total += r.n;
    }
    return { meeting: m, answers: c };
  });
}

function meetingOf(db: Q, workspaceId: number, meetingId: number): Meeting | null {
  return db.select().from(meetings).where(and(eq(meetings.id, meetingId), eq(meetings.workspaceId, workspaceId))).get() ?? null;
}

function agendaOf(db: Q, meetingId: number): AgendaItem[] {
  return db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).all();
}

function inviteesOf(db: Q, meetingId: number): Invitee[] {
  return db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingId)).orderBy(asc(meetingInvitees.name), asc(meetingInvitees.id)).all();
}

function preparersOf(db: Q, meetingId: number) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(meetingPreparers)
    .innerJoin(users, eq(users.id, meetingPreparers.userId))
    .where(eq(meetingPreparers.meetingId, meetingId))
    .orderBy(asc(users.name))
    .all()
    .map((u) => ({ ...u, name: displayName(u) }));
}

/** Everything the organisers' page shows about one meeting, or null when it is not this workspace's. */
export function getMeeting(db: DB, workspaceId: number, meetingId: number) {
  const meeting = meetingOf(db, workspaceId, meetingId);
  if (!meeting) return null;
  const team = meetingTeam(db, workspaceId);
  const attendance = db.select().from(meetingTeamAttendance).where(eq(meetingTeamAttendance.meetingId, meeting.id)).all();
  return {
    meeting,
    agenda: agendaOf(db, meeting.id),
    invitees: inviteesOf(db, meeting.id),
    preparers: preparersOf(db, meeting.id),
    team: team.map((t) => ({ ...t, attended: attendance.find((a) => a.userId === t.userId)?.attended ?? null })),
  };
}
export type MeetingDetail = NonNullable<ReturnType<typeof getMeeting>>;

/** The professionals of the inventory that have an e-mail, for picking invitees (their personal fields are not read). */
export function invitableProfessionals(db: DB, workspaceId: number) {
  return db
    .select({ id: professionals.id, name: professionals.name, profession: professionals.profession, professionOther: professionals.professionOther, email: professionals.email })
    .from(professionals)
    .where(and(eq(professionals.workspaceId, workspaceId), isNotNull(professionals.email), sql`trim(${professionals.email}) <> ''`))
    .orderBy(asc(professionals.profession), asc(professionals.name))
    .all()
    .map((p) => ({ ...p, email: p.email!.trim().toLowerCase(), label: p.name?.trim() || professionLabel(inviteeProfession(p)) }));
}

/** What the e-mails and calendar files of a meeting need. */
export function mailContext(db: Q, meeting: Meeting): MeetingForMail {
  const row = db
    .select({ communeName: communes.name })
    .from(workspaces)
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(eq(workspaces.id, meeting.workspaceId))
    .get();
  const federation = db
    .select({ name: federations.name })
    .from(federationRequests)
    .innerJoin(federations, eq(federations.id, federationRequests.federationId))
    .where(and(eq(federationRequests.workspaceId, meeting.workspaceId), eq(federationRequests.status, "accepted")))
    .get();
  const creator = meeting.createdBy ? db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, meeting.createdBy)).get() : undefined;
  return {
    title: meeting.title,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    place: meeting.place,
    icsUid: meeting.icsUid,
    icsSequence: meeting.icsSequence,
    communeName: row?.communeName ?? "",
    federationName: federation?.name ?? null,
    organizer: creator ? { name: displayName(creator), email: creator.email } : { name: "Boussole", email: "ne-pas-repondre@boussole.localhost" },
    agenda: agendaOf(db, meeting.id).map((a) => ({ title: a.title, durationMinutes: a.durationMinutes, leader: a.leader })),
  };
}

/* ——— Preparing ——— */

export type MeetingFields = {
  title: string;
  kind: Meeting["kind"];
  startsAt: Date;
  durationMinutes: number;
  place: string;
  preparerIds: string[];
  agenda: AgendaItemInput[];
};

function checkPreparers(tx: Q, workspaceId: number, preparerIds: string[]) {
  const team = new Set(meetingTeam(tx, workspaceId).map((t) => t.userId));
  if (preparerIds.some((id) => !team.has(id))) {
    throw new FieldError("preparerIds", "Choisissez les personnes qui préparent parmi l'équipe municipale et les facilitateurs de la commune.");
  }
}

function writeAgendaAndPreparers(tx: Tx, meetingId: number, input: Pick<MeetingFields, "agenda" | "preparerIds">) {
  tx.delete(agendaItems).where(eq(agendaItems.meetingId, meetingId)).run();
  tx.insert(agendaItems)
    .values(input.agenda.map((a, i) => ({ meetingId, position: i + 1, title: a.title, durationMinutes: a.durationMinutes, leader: a.leader, questions: a.questions ?? "" })))
    .run();
  tx.delete(meetingPreparers).where(eq(meetingPreparers.meetingId, meetingId)).run();
  tx.insert(meetingPreparers).values(input.preparerIds.map((userId) => ({ meetingId, userId }))).run();
}

/** A new meeting, as a draft: nobody is notified until the invitations are sent. */
export function createMeeting(db: DB, workspaceId: number, input: MeetingFields, actor: Actor): Meeting {
  return db.transaction((tx) => {
    checkPreparers(tx, workspaceId, input.preparerIds);
    const meeting = tx
      .insert(meetings)
      .values({
        workspaceId,
        title: input.title,
        kind: input.kind,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        place: input.place,
        icsUid: `${crypto.randomUUID()}@boussole`,
        createdBy: actor.id,
        updatedBy: actor.id,
      })
      .returning()
      .get();
    writeAgendaAndPreparers(tx, meeting.id, input);
    recordHistory(tx, {
      workspaceId,
      actorId: actor.id,
      action: "meeting.created",
      summary: `${displayName(actor)} a préparé la réunion « ${meeting.title} » (${MEETING_KIND_LABELS[meeting.kind].toLowerCase()}) pour le ${formatDateTime(meeting.startsAt)}, en brouillon.`,
    });
    return meeting;
  });
}

/** Why a meeting can no longer be changed, or null. */
function frozenReason(m: Meeting, now: Date): string | null {
  if (m.status === "annulee") return "Cette réunion est annulée : elle ne peut plus être modifiée.";
  if (m.status === "tenue") return "Cette réunion a eu lieu : elle ne peut plus être modifiée.";
  if (hasStarted(m, now)) return "La réunion a commencé : son horaire, son lieu et son ordre du jour ne peuvent plus être modifiés.";
  return null;
}

function conflictOf(tx: Q, m: Meeting): ConflictError {
  const who = m.updatedBy ? tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, m.updatedBy)).get() : undefined;
  const { day, time } = instantToParis(m.startsAt);
  const items = agendaOf(tx, m.id);
  return new ConflictError({
    theirs: {
      title: m.title,
      date: day,
      time,
      durationMinutes: String(m.durationMinutes),
      place: m.place,
      agenda: items.map((a) => `${a.title} (${formatMinutes(a.durationMinutes)})`).join(" · "),
      kind: m.kind,
      agendaItems: JSON.stringify(items.map((a) => ({ title: a.title, durationMinutes: String(a.durationMinutes), leader: a.leader, questions: a.questions }))),
      preparerIds: preparersOf(tx, m.id)
        .map((p) => p.userId)
        .join("\n"),
    },
    updatedBy: who ? displayName(who) : "Quelqu'un",
    updatedAt: formatDateTime(m.updatedAt),
    version: m.version,
  });
}

export type ScheduleChange = { startsAt: Date; durationMinutes: number; place: string };

/**
 * Saves the preparation. When the invitations are out and the date, time, duration or place changed, the
 * calendar's SEQUENCE grows and every invitee gets a new link, to be e-mailed with the update.
 */
export function updateMeeting(
  db: DB,
  workspaceId: number,
  meetingId: number,
  version: number,
  input: MeetingFields,
  actor: Actor,
  now: Date = new Date(),
): { meeting: Meeting; before: ScheduleChange; scheduleChanged: boolean; issued: Issued[] } | null {
  return db.transaction((tx) => {
    const m = meetingOf(tx, workspaceId, meetingId);
    if (!m) return null;
    const frozen = frozenReason(m, now);
    if (frozen) throw new FormError(frozen);
    if (m.version !== version) throw conflictOf(tx, m);
    checkPreparers(tx, workspaceId, input.preparerIds);
    const before = { startsAt: m.startsAt, durationMinutes: m.durationMinutes, place: m.place };
    const scheduleChanged = before.startsAt.getTime() !== input.startsAt.getTime() || before.durationMinutes !== input.durationMinutes || before.place !== input.place;
    const notify = scheduleChanged && m.status === "invitations_envoyees";
    const updated = tx
      .update(meetings)
      .set({
        title: input.title,
        kind: input.kind,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        place: input.place,
        icsSequence: notify ? m.icsSequence + 1 : m.icsSequence,
        version: m.version + 1,
        updatedBy: actor.id,
        updatedAt: now,
      })
      .where(and(eq(meetings.id, m.id), eq(meetings.version, m.version)))
      .returning()
      .get();
    if (!updated) throw conflictOf(tx, meetingOf(tx, workspaceId, meetingId)!);
    writeAgendaAndPreparers(tx, m.id, input);
    const issued = notify ? inviteesOf(tx, m.id).filter((i) => i.tokenHash).map((i) => renewToken(tx, i)) : [];
    const what = scheduleChanged ? `nouvel horaire : ${formatMeetingWhen(updated)} ; lieu : ${updated.place}` : "préparation mise à jour";
    recordHistory(tx, {
      workspaceId,
      actorId: actor.id,
      action: "meeting.updated",
      summary: `${displayName(actor)} a modifié la réunion « ${updated.title} » (${what})${notify ? ` ; mise à jour envoyée à ${issued.length} invité·e(s)` : ""}.`,
    });
    return { meeting: updated, before, scheduleChanged, issued };
  });
}

/* ——— Invitees ——— */

function renewToken(tx: Tx, invitee: Invitee, extra: Partial<Invitee> = {}): Issued {
  const { token, hash } = newToken();
  const row = tx
    .update(meetingInvitees)
    .set({ tokenHash: hash, deliveryStatus: "pending", ...extra })
    .where(eq(meetingInvitees.id, invitee.id))
    .returning()
    .get();
  return { invitee: row!, token };
}

export type NewInvitee = { name: string; profession: string; email: string; professionalId?: number | null };

/**
 * Adds invitees, merging duplicates (the same address twice, or already invited). Once the invitations
 * are out, each new invitee gets a link at once, to be e-mailed by the caller. When nobody is new, nothing
 * is written and `duplicateField` carries the message.
 */
export function addInvitees(
  db: DB,
  workspaceId: number,
  meetingId: number,
  people: NewInvitee[],
  actor: Actor,
  opts: { duplicateField: string; now?: Date },
): { added: Invitee[]; duplicates: string[]; issued: Issued[]; meeting: Meeting } | null {
  const now = opts.now ?? new Date();
  return db.transaction((tx) => {
    const m = meetingOf(tx, workspaceId, meetingId);
    if (!m) return null;
    if (m.status === "annulee" || m.status === "tenue" || hasStarted(m, now)) {
      throw new FormError(m.status === "annulee" ? "Cette réunion est annulée : on ne peut plus y inviter personne." : "La réunion a commencé : on ne peut plus y inviter personne.");
    }
    const existing = new Set(inviteesOf(tx, m.id).map((i) => i.email));
    const duplicates: string[] = [];
    const fresh: NewInvitee[] = [];
    for (const p of people) {
      const email = p.email.trim().toLowerCase();
      if (existing.has(email)) {
        if (!duplicates.includes(email)) duplicates.push(email);
        continue;
      }
      existing.add(email);
      fresh.push({ ...p, email });
    }
    if (fresh.length === 0) {
      throw new FieldError(
        opts.duplicateField,
        duplicates.length === 1 ? `${duplicates[0]} est déjà invité·e à cette réunion.` : "Toutes ces adresses sont déjà invitées à cette réunion.",
      );
    }
    const sent = m.status === "invitations_envoyees";
    const added: Invitee[] = [];
    const issued: Issued[] = [];
    for (const p of fresh) {
      const { token, hash } = newToken();
      const row = tx
        .insert(meetingInvitees)
        .values({ meetingId: m.id, professionalId: p.professionalId ?? null, name: p.name, profession: p.profession, email: p.email, tokenHash: sent ? hash : null })
        .returning()
        .get();
      added.push(row);
      if (sent) issued.push({ invitee: row, token });
    }
    recordHistory(tx, {
      workspaceId,
      actorId: actor.id,
      action: "meeting.invitees_added",
      summary: `${displayName(actor)} a invité à « ${m.title} » : ${added.map((a) => `${a.name} (${professionLabel(a.profession)})`).join(", ")}${sent ? " — invitation envoyée" : ""}.`,
    });
    return { added, duplicates, issued, meeting: m };
  });
}

/** Invitees picked from the inventory: only this workspace's professionals with an e-mail. */
export function addInviteesFromInventory(db: DB, workspaceId: number, meetingId: number, professionalIds: number[], actor: Actor, now: Date = new Date()) {
  const picked = db
    .select()
    .from(professionals)
    .where(and(eq(professionals.workspaceId, workspaceId), inArray(professionals.id, professionalIds)))
    .all()
    .filter((p) => p.email?.trim());
  if (picked.length !== new Set(professionalIds).size) {
    throw new FieldError("professionalIds", "Un·e professionnel·le coché·e n'est plus dans l'état des lieux ou n'a plus d'adresse e-mail : rechargez la page.");
  }
  return addInvitees(
    db,
    workspaceId,
    meetingId,
    picked.map((p) => ({ name: p.name?.trim() || professionLabel(inviteeProfession(p)), profession: inviteeProfession(p), email: p.email!, professionalId: p.id })),
    actor,
    { duplicateField: "professionalIds", now },
  );
}

/** Removing an invitee: while the meeting is a draft, or when their invitation never arrived. */
export function removeInvitee(db: DB, workspaceId: number, meetingId: number, inviteeId: number, actor: Actor) {
  return db.transaction((tx) => {
    const m = meetingOf(tx, workspaceId, meetingId);
    if (!m) return null;
    const inv = tx.select().from(meetingInvitees).where(and(eq(meetingInvitees.id, inviteeId), eq(meetingInvitees.meetingId, m.id))).get();
    if (!inv) return null;
    if (m.status !== "brouillon" && inv.deliveryStatus !== "failed") {
      throw new FormError(`${inv.name} a déjà reçu l'invitation : on ne peut plus la retirer.`);
    }
    tx.delete(meetingInvitees).where(eq(meetingInvitees.id, inv.id)).run();
    recordHistory(tx, { workspaceId, actorId: actor.id, action: "meeting.invitee_removed", summary: `${displayName(actor)} a retiré ${inv.name} (${inv.email}) des invité·es de « ${m.title} ».` });
    return inv;
  });
}

/* ——— Sending, reminding, resending ——— */

/** Sends the invitations: the draft becomes "invitations envoyées", each invitee gets a personal link. */
export function sendInvitations(db: DB, workspaceId: number, meetingId: number, version: number, actor: Actor, now: Date = new Date()) {
  return db.transaction((tx) => {
    const m = meetingOf(tx, workspaceId, meetingId);
    if (!m) return null;
    if (m.status !== "brouillon") throw new FormError(m.status === "annulee" ? "Cette réunion est annulée." : "Les invitations de cette réunion ont déjà été envoyées.");
    if (m.version !== version) throw new FormError("La réunion vient d'être modifiée par quelqu'un d'autre : rechargez la page et vérifiez-la avant d'envoyer les invitations.");
    if (hasStarted(m, now)) throw new FormError("La date de la réunion est passée : changez-la avant d'envoyer les invitations.");
    const list = inviteesOf(tx, m.id);
    if (list.length === 0) throw new FormError("Ajoutez au moins un·e invité·e avant d'envoyer les invitations.");
    const meeting = tx
      .update(meetings)
      .set({ status: "invitations_envoyees", invitationsSentAt: now, version: m.version + 1, updatedBy: actor.id, updatedAt: now })
      .where(and(eq(meetings.id, m.id), eq(meetings.version, m.version)))
      .returning()
      .get();
    const issued = list.map((i) => renewToken(tx, i));
    recordHistory(tx, {
      workspaceId,
      actorId: actor.id,
      action: "meeting.invitations_sent",
      summary: `${displayName(actor)} a envoyé les invitations à « ${m.title} » du ${formatDateTime(m.startsAt)} à ${issued.length} professionnel·le(s).`,
    });
    return { meeting: meeting!, issued };
  });
}

/** Records how an e-mail to an invitee went: "not delivered" keeps everything else and offers a resend. */
export function markInviteeDelivery(db: DB, inviteeId: number, ok: boolean, now: Date = new Date()) {
  db.update(meetingInvitees)
    .set({ deliveryStatus: ok ? "sent" : "failed", lastSentAt: now })
    .where(eq(meetingInvitees.id, inviteeId))
    .run();
}

function openForAnswers(m: Meeting, now: Date, verb: string) {
  if (m.status !== "invitations_envoyees") {
    throw new FormError(m.status === "brouillon" ? "Les invitations n'ont pas encore été envoyées." : m.status === "annulee" ? "Cette réunion est annulée." : "Cette réunion a eu lieu.");
  }
  if (hasStarted(m, now)) throw new FormError(`La réunion a commencé : il n'y a plus lieu de ${verb}.`);
}

/** Reminds the invitees without an answer whose invitation arrived, at most once a day each; each gets a new link. */
export function remindInvitees(db: DB, workspaceId: number, meetingId: number, actor: Actor, now: Date = new Date()) {
  return db.transaction((tx) => {
    const m = meetingOf(tx, workspaceId, meetingId);
    if (!m) return null;
    openForAnswers(m, now, "relancer");
    const list = inviteesOf(tx, m.id);
    const due = list.filter((i) => canRemind(i, now));
    if (due.length === 0) {
      const waiting = list.filter((i) => i.answer === null);
      throw new FormError(
        waiting.length === 0
          ? "Tout le monde a répondu : personne à relancer."
          : "Personne à relancer aujourd'hui : les invité·es sans réponse ont déjà été relancé·es il y a moins de 24 heures, ou leur invitation n'a pas été remise (utilisez « Renvoyer »).",
      );
    }
    const issued = due.map((i) => renewToken(tx, i, { lastReminderAt: now }));
    recordHistory(tx, {
      workspaceId,
      actorId: actor.id,
      action: "meeting.reminded",
      summary: `${displayName(actor)} a relancé ${issued.length} invité·e(s) sans réponse pour « ${m.title} » : ${issued.map((i) => i.invitee.name).join(", ")}.`,
    });
    return { meeting: m, issued };
  });
}

/** A new link for one invitee (e.g. after "not delivered"); the previous one stops working. */
export function resendInvitation(db: DB, workspaceId: number, meetingId: number, inviteeId: number, actor: Actor, now: Date = new Date()) {
  return db.transaction((tx) => {
    const m = meetingOf(tx, workspaceId, meetingId);
    if (!m) return null;
    const inv = tx.select().from(meetingInvitees).where(and(eq(meetingInvitees.id, inviteeId), eq(meetingInvitees.meetingId, m.id))).get();
    if (!inv) return null;
    openForAnswers(m, now, "renvoyer l'invitation");
    const issued = renewToken(tx, inv);
    recordHistory(tx, { workspaceId, actorId: actor.id, action: "meeting.resent", summary: `${displayName(actor)} a renvoyé l'invitation à « ${m.title} » à ${inv.name} (${inv.email}).` });
    return { meeting: m, issued };
  });
}

/* ——— Cancelling, attendance ——— */

/** Cancels the meeting; invitees who had been invited get a cancellation (same UID, next SEQUENCE). */
export function cancelMeeting(db: DB, workspaceId: number, meetingId: number, version: number, reason: string, actor: Actor, now: Date = new Date()) {
  return db.transaction((tx) => {
    const m = meetingOf(tx, workspaceId, meetingId);
    if (!m) return null;
    if (m.status === "annulee") throw new FormError("Cette réunion est déjà annulée.");
    if (m.status === "tenue") throw new FormError("Cette réunion a eu lieu : elle ne peut plus être annulée.");
    if (m.version !== version) throw new FormError("La réunion vient d'être modifiée par quelqu'un d'autre : rechargez la page avant de l'annuler.");
    const wasSent = m.status === "invitations_envoyees";
    const meeting = tx
      .update(meetings)
      .set({ status: "annulee", cancelledAt: now, icsSequence: wasSent ? m.icsSequence + 1 : m.icsSequence, version: m.version + 1, updatedBy: actor.id, updatedAt: now })
      .where(and(eq(meetings.id, m.id), eq(meetings.version, m.version)))
      .returning()
      .get()!;
    const recipients = wasSent ? inviteesOf(tx, m.id).filter((i) => i.tokenHash) : [];
    recordHistory(tx, {
      workspaceId,
      actorId: actor.id,
      action: "meeting.cancelled",
      summary: `${displayName(actor)} a annulé la réunion « ${m.title} » du ${formatDateTime(m.startsAt)}${wasSent ? ` ; ${recipients.length} invité·e(s) prévenu·e(s)` : ""}${reason ? ` — « ${reason} »` : ""}.`,
    });
    return { meeting, recipients, wasSent };
  });
}

/** After the meeting: who attended (invitees and team); the meeting becomes "held". Can be corrected later. */
export function recordAttendance(
  db: DB,
  workspaceId: number,
  meetingId: number,
  input: { inviteeIds: number[]; teamUserIds: string[] },
  actor: Actor,
  now: Date = new Date(),
) {
  return db.transaction((tx) => {
    const m = meetingOf(tx, workspaceId, meetingId);
    if (!m) return null;
    if (m.status === "annulee") throw new FormError("Cette réunion est annulée.");
    if (!hasStarted(m, now)) throw new FormError(`La réunion n'a pas encore commencé : vous pourrez noter les présences à partir du ${formatDateTime(m.startsAt)}.`);
    const list = inviteesOf(tx, m.id);
    const team = meetingTeam(tx, workspaceId);
    const present = new Set(input.inviteeIds);
    const presentTeam = new Set(input.teamUserIds);
    if ([...present].some((id) => !list.some((i) => i.id === id)) || [...presentTeam].some((id) => !team.some((t) => t.userId === id))) {
      throw new FormError("La liste des participants a changé : rechargez la page.");
    }
    for (const i of list) tx.update(meetingInvitees).set({ attended: present.has(i.id) }).where(eq(meetingInvitees.id, i.id)).run();
    for (const t of team) {
      tx.insert(meetingTeamAttendance)
        .values({ meetingId: m.id, userId: t.userId, attended: presentTeam.has(t.userId) })
        .onConflictDoUpdate({ target: [meetingTeamAttendance.meetingId, meetingTeamAttendance.userId], set: { attended: presentTeam.has(t.userId) } })
        .run();
    }
    const meeting = tx
      .update(meetings)
      .set({ status: "tenue", heldAt: m.heldAt ?? now, version: m.version + 1, updatedBy: actor.id, updatedAt: now })
      .where(eq(meetings.id, m.id))
      .returning()
      .get()!;
    const came = list.filter((i) => present.has(i.id));
    const professions = new Set(came.map((i) => i.profession.trim().toLowerCase()).filter(Boolean));
    recordHistory(tx, {
      workspaceId,
      actorId: actor.id,
      action: m.status === "tenue" ? "meeting.attendance_updated" : "meeting.held",
      summary: `${displayName(actor)} a noté les présences à « ${m.title} » : ${came.length} professionnel·le(s) de ${professions.size} profession(s), ${presentTeam.size} membre(s) de l'équipe${m.status === "tenue" ? "" : " ; la réunion est tenue"}.`,
    });
    return { meeting, present: came.length };
  });
}

/* ——— The invitee's personal link ——— */

export type LinkState = "open" | "started" | "over" | "cancelled";

export function linkState(m: Meeting, now: Date = new Date()): LinkState {
  if (m.status === "annulee") return "cancelled";
  if (isOver(m, now) || m.status === "tenue") return "over";
  if (hasStarted(m, now)) return "started";
  return "open";
}

/** What the personal link shows; null for a malformed, unknown or replaced token. Reads only: opening the link changes nothing. */
export function findInvitationByToken(db: DB, token: string, now: Date = new Date()) {
  if (!isWellFormedToken(token)) return null;
  const row = db
    .select({ invitee: meetingInvitees, meeting: meetings, communeName: communes.name })
    .from(meetingInvitees)
    .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
    .innerJoin(workspaces, eq(workspaces.id, meetings.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(eq(meetingInvitees.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  return {
    invitee: row.invitee,
    meeting: row.meeting,
    communeName: row.communeName,
    state: linkState(row.meeting, now),
    agenda: agendaOf(db, row.meeting.id),
    preparers: preparersOf(db, row.meeting.id).map((p) => p.name),
    mail: mailContext(db, row.meeting),
  };
}
export type InvitationView = NonNullable<ReturnType<typeof findInvitationByToken>>;

export type AnswerInput = {
  answer: RsvpAnswer;
  comment: string;
  situation: string;
  conditions: string;
  difficulties: string;
  expectations: string;
};

export type AnswerResult = { ok: true; invitee: Invitee } | { ok: false; reason: "invalid" | Exclude<LinkState, "open"> };

/** Records (or changes) an answer, until the meeting starts; the only write a personal link allows. */
export function answerInvitation(db: DB, token: string, input: AnswerInput, now: Date = new Date()): AnswerResult {
  if (!isWellFormedToken(token)) return { ok: false, reason: "invalid" };
  return db.transaction((tx) => {
    const row = tx
      .select({ invitee: meetingInvitees, meeting: meetings })
      .from(meetingInvitees)
      .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
      .where(eq(meetingInvitees.tokenHash, hashToken(token)))
      .get();
    if (!row) return { ok: false, reason: "invalid" } as const;
    const state = linkState(row.meeting, now);
    if (state !== "open") return { ok: false, reason: state } as const;
    const blank = (s: string) => s.trim() || null;
    const invitee = tx
      .update(meetingInvitees)
      .set({
        answer: input.answer,
        comment: blank(input.comment),
        situation: blank(input.situation),
        conditions: blank(input.conditions),
        difficulties: blank(input.difficulties),
        expectations: blank(input.expectations),
        answeredAt: now,
      })
      .where(and(eq(meetingInvitees.id, row.invitee.id), eq(meetingInvitees.tokenHash, row.invitee.tokenHash!)))
      .returning()
      .get();
    if (!invitee) return { ok: false, reason: "invalid" } as const;
    const changed = row.invitee.answer && row.invitee.answer !== input.answer ? ` (au lieu de « ${RSVP_LABELS[row.invitee.answer]} »)` : "";
    recordHistory(tx, {
      workspaceId: row.meeting.workspaceId,
      actorId: null,
      action: "meeting.answered",
      summary: `${invitee.name} (${professionLabel(invitee.profession)}) a répondu « ${RSVP_LABELS[input.answer]} »${changed} à l'invitation à « ${row.meeting.title} » du ${formatMeetingShort(row.meeting.startsAt)}.`,
    });
    return { ok: true, invitee } as const;
  });
}
