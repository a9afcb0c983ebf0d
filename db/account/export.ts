/**
 * « Télécharger mes données » : what the database holds about the person, read in one transaction, as plain
 * JSON. Nothing is written (the download is a GET); no token or token hash leaves.
 */
import { asc, eq, or } from "drizzle-orm";
import type { ActorContext } from "../context";
import {
  communeClaims,
  communes,
  federationMembers,
  federationRequests,
  federations,
  historyEvents,
  inventoryNotes,
  invitations,
  meetingInvitees,
  meetings,
  nextSteps,
  partnerContacts,
  professionals,
  sessions,
  users,
  workspaceMembers,
  workspaces,
} from "../schema";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function accountData(ctx: ActorContext) {
  const { db, actor } = ctx;
  const me = actor.id;
  return db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, me)).get();
    if (!user) return null;
    const email = user.email;
    const invitationColumns = {
      kind: invitations.kind,
      commune: communes.name,
      federation: invitations.federationId,
      name: invitations.name,
      email: invitations.email,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    };
    const invitationRows = (where: ReturnType<typeof eq> | ReturnType<typeof or>) =>
      tx
        .select(invitationColumns)
        .from(invitations)
        .leftJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
        .leftJoin(communes, eq(communes.code, workspaces.communeCode))
        .where(where)
        .orderBy(asc(invitations.createdAt))
        .all()
        .map((i) => ({ ...i, createdAt: iso(i.createdAt), expiresAt: iso(i.expiresAt), acceptedAt: iso(i.acceptedAt), revokedAt: iso(i.revokedAt) }));
    const inWorkspace = <T extends { createdAt: Date }>(rows: T[]) => rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) }));

    return {
      exportedAt: ctx.now.toISOString(),
      account: { id: user.id, name: user.name, email, emailVerifiedAt: iso(user.emailVerified), createdAt: iso(user.createdAt) },
      sessions: tx
        .select({ createdAt: sessions.createdAt, expires: sessions.expires })
        .from(sessions)
        .where(eq(sessions.userId, me))
        .all()
        .map((s) => ({ openedAt: iso(s.createdAt), expires: iso(s.expires) })),
      roles: {
        communes: tx
          .select({ code: communes.code, commune: communes.name, role: workspaceMembers.role, capacity: workspaceMembers.capacity, since: workspaceMembers.createdAt })
          .from(workspaceMembers)
          .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
          .innerJoin(communes, eq(communes.code, workspaces.communeCode))
          .where(eq(workspaceMembers.userId, me))
          .all()
          .map((r) => ({ ...r, since: iso(r.since) })),
        federations: tx
          .select({ id: federations.id, federation: federations.name, role: federationMembers.role, since: federationMembers.createdAt })
          .from(federationMembers)
          .innerJoin(federations, eq(federations.id, federationMembers.federationId))
          .where(eq(federationMembers.userId, me))
          .all()
          .map((r) => ({ ...r, since: iso(r.since) })),
      },
      invitations: {
        sent: invitationRows(eq(invitations.invitedBy, me)),
        received: invitationRows(or(eq(invitations.email, email), eq(invitations.acceptedBy, me))),
      },
      meetingAnswers: tx
        .select({
          meeting: meetings.title,
          startsAt: meetings.startsAt,
          name: meetingInvitees.name,
          profession: meetingInvitees.profession,
          answer: meetingInvitees.answer,
          comment: meetingInvitees.comment,
          answeredAt: meetingInvitees.answeredAt,
          situation: meetingInvitees.situation,
          conditions: meetingInvitees.conditions,
          difficulties: meetingInvitees.difficulties,
          expectations: meetingInvitees.expectations,
          attended: meetingInvitees.attended,
        })
        .from(meetingInvitees)
        .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
        .where(eq(meetingInvitees.email, email))
        .all()
        .map((a) => ({ ...a, startsAt: iso(a.startsAt), answeredAt: iso(a.answeredAt) })),
      professionalRecords: tx
        .select({ commune: communes.name, profession: professionals.profession, name: professionals.name, email: professionals.email, phone: professionals.phone, note: professionals.note, ageBracket: professionals.ageBracket, departure: professionals.departure, interest: professionals.interest, confirmedAt: professionals.confirmedAt })
        .from(professionals)
        .innerJoin(workspaces, eq(workspaces.id, professionals.workspaceId))
        .innerJoin(communes, eq(communes.code, workspaces.communeCode))
        .where(eq(professionals.userId, me))
        .all()
        .map((p) => ({ ...p, confirmedAt: iso(p.confirmedAt) })),
      authored: {
        workspacesOpened: inWorkspace(
          tx.select({ commune: communes.name, createdAt: workspaces.createdAt }).from(workspaces).innerJoin(communes, eq(communes.code, workspaces.communeCode)).where(eq(workspaces.createdBy, me)).all(),
        ),
        federationRequests: tx
          .select({ federation: federationRequests.federationId, message: federationRequests.message, status: federationRequests.status, requestedAt: federationRequests.requestedAt })
          .from(federationRequests)
          .where(eq(federationRequests.requestedBy, me))
          .all()
          .map((r) => ({ ...r, requestedAt: iso(r.requestedAt) })),
        communeClaims: inWorkspace(
          tx.select({ name: communeClaims.name, role: communeClaims.role, phone: communeClaims.phone, message: communeClaims.message, status: communeClaims.status, createdAt: communeClaims.createdAt }).from(communeClaims).where(eq(communeClaims.claimantId, me)).all(),
        ),
        meetings: inWorkspace(tx.select({ title: meetings.title, place: meetings.place, createdAt: meetings.createdAt }).from(meetings).where(eq(meetings.createdBy, me)).all()),
        inventoryNotes: inWorkspace(tx.select({ theme: inventoryNotes.theme, text: inventoryNotes.text, createdAt: inventoryNotes.createdAt }).from(inventoryNotes).where(eq(inventoryNotes.createdBy, me)).all()),
        inventoryLines: inWorkspace(tx.select({ profession: professionals.profession, name: professionals.name, createdAt: professionals.createdAt }).from(professionals).where(eq(professionals.createdBy, me)).all()),
        nextSteps: inWorkspace(tx.select({ title: nextSteps.title, details: nextSteps.details, dueOn: nextSteps.dueOn, createdAt: nextSteps.createdAt }).from(nextSteps).where(eq(nextSteps.createdBy, me)).all()),
        partnerContacts: inWorkspace(
          tx.select({ organisation: partnerContacts.organisation, personName: partnerContacts.personName, createdAt: partnerContacts.createdAt }).from(partnerContacts).where(eq(partnerContacts.createdBy, me)).all(),
        ),
        history: tx
          .select({ action: historyEvents.action, summary: historyEvents.summary, at: historyEvents.createdAt })
          .from(historyEvents)
          .where(eq(historyEvents.actorId, me))
          .orderBy(asc(historyEvents.createdAt))
          .all()
          .map((h) => ({ ...h, at: iso(h.at) })),
      },
    };
  }, { behavior: "immediate" }); // one consistent read; IMMEDIATE as every transaction here (db/write-paths.test.ts)
}

export type AccountData = NonNullable<ReturnType<typeof accountData>>;
