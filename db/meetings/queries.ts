/**
 * Reading meetings: the list, one meeting with everything its page shows, the team, and what the e-mails
 * need (the professionals one may invite: ./picker.ts). Every query is scoped by the context's workspace: another
 * commune's meeting is "not found".
 */
import { frenchKey } from "@/db/french-order";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DataContext, Queryable } from "../context";
import {
  agendaItems,
  communes,
  federationRequests,
  federations,
  meetingInvitees,
  meetingPreparers,
  meetings,
  meetingTeamAttendance,
  users,
  workspaceMembers,
  workspaces,
} from "../schema";
import { prepared } from "../prepared";
import { displayName } from "../users";
import { can } from "@/lib/auth/permissions";
import { COMMUNE_ROLES, type CommuneRole } from "@/lib/domain/enums";
import { listSection, type ListSection } from "@/lib/meetings/phase";
import type { MeetingForMail } from "@/lib/meetings/messages";

export type Meeting = typeof meetings.$inferSelect;
export type Invitee = typeof meetingInvitees.$inferSelect;
export type AgendaItem = typeof agendaItems.$inferSelect;
/** A personal link just issued: the invitee, and the clear token to e-mail once (only its hash is stored). */
export type Issued = { invitee: Invitee; token: string };

/** What the reads need: a database and the workspace they are scoped to. */
export type WorkspaceReader = Pick<DataContext, "db" | "workspace">;

/* ——— Helpers shared by the aggregate's files (not exported from index.ts) ——— */

// A meeting's page reads these at every visit: prepared once per connection (`db/prepared.ts`), the invitees'
// French order (sixty nested replace()) included.
const meetingParam = sql.placeholder("meetingId");
const meetingQuery = (db: Queryable) =>
  db.select().from(meetings).where(and(eq(meetings.id, meetingParam), eq(meetings.workspaceId, sql.placeholder("workspaceId")))).prepare();
const agendaQuery = (db: Queryable) => db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingParam)).orderBy(asc(agendaItems.position), asc(agendaItems.id)).prepare();
const inviteesQuery = (db: Queryable) =>
  db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingParam)).orderBy(frenchKey(meetingInvitees.name), asc(meetingInvitees.name), asc(meetingInvitees.id)).prepare();
const preparersQuery = (db: Queryable) =>
  db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(meetingPreparers)
    .innerJoin(users, eq(users.id, meetingPreparers.userId))
    .where(eq(meetingPreparers.meetingId, meetingParam))
    .orderBy(frenchKey(users.name), asc(users.name), asc(users.email))
    .prepare();
const attendanceQuery = (db: Queryable) => db.select().from(meetingTeamAttendance).where(eq(meetingTeamAttendance.meetingId, meetingParam)).prepare();

export function meetingOf(ctx: WorkspaceReader, meetingId: number): Meeting | null {
  return prepared(ctx.db, meetingQuery).get({ meetingId, workspaceId: ctx.workspace.id }) ?? null;
}

export function agendaOf(db: Queryable, meetingId: number): AgendaItem[] {
  return prepared(db, agendaQuery).all({ meetingId });
}

export function inviteesOf(db: Queryable, meetingId: number): Invitee[] {
  return prepared(db, inviteesQuery).all({ meetingId });
}

export function inviteeOf(db: Queryable, meetingId: number, inviteeId: number): Invitee | null {
  return db.select().from(meetingInvitees).where(and(eq(meetingInvitees.id, inviteeId), eq(meetingInvitees.meetingId, meetingId))).get() ?? null;
}

export function preparersOf(db: Queryable, meetingId: number) {
  return prepared(db, preparersQuery)
    .all({ meetingId })
    .map((u) => ({ ...u, name: displayName(u) }));
}

/* ——— Reading ——— */

export type TeamMember = { userId: string; name: string; email: string; roles: CommuneRole[] };

/** The roles that prepare meetings, as the permission table says: the team takes part in every meeting. */
const preparingRoles = () => COMMUNE_ROLES.filter((role) => can([role], "meeting.prepare"));

/** The municipal team and the facilitators of the workspace: who prepares meetings and takes part in them. */
const teamQuery = (db: Queryable) =>
  db
    .select({ userId: users.id, name: users.name, email: users.email, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, sql.placeholder("workspaceId")), inArray(workspaceMembers.role, preparingRoles())))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .prepare();

export function meetingTeam(ctx: WorkspaceReader): TeamMember[] {
  const rows = prepared(ctx.db, teamQuery).all({ workspaceId: ctx.workspace.id });
  const byUser = new Map<string, TeamMember>();
  for (const r of rows) {
    const m = byUser.get(r.userId) ?? { userId: r.userId, name: displayName(r), email: r.email, roles: [] };
    m.roles.push(r.role);
    byUser.set(r.userId, m);
  }
  return [...byUser.values()];
}

export type MeetingListRow = { meeting: Meeting; section: ListSection; answers: Record<"oui" | "non" | "peut_etre" | "sans_reponse" | "total", number> };

/**
 * The meetings of the workspace, each with its answers counted (two queries) and its section at `ctx.now`
 * (`listSection`): the upcoming ones first, soonest first, then the past ones — over, held or cancelled —
 * most recent first.
 */
export function listMeetings(ctx: WorkspaceReader & Pick<DataContext, "now">): MeetingListRow[] {
  const all = ctx.db.select().from(meetings).where(eq(meetings.workspaceId, ctx.workspace.id)).orderBy(desc(meetings.startsAt), desc(meetings.id)).all();
  if (all.length === 0) return [];
  const past = all.filter((m) => listSection(m, ctx.now) === "past");
  // The query gives the latest first: the upcoming ones are read backwards, the soonest first.
  const upcoming = all.filter((m) => listSection(m, ctx.now) === "upcoming").reverse();
  const list = [...upcoming, ...past];
  const counts = ctx.db
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
    return { meeting: m, section: listSection(m, ctx.now), answers: c };
  });
}

/** Everything the organisers' page shows about one meeting, or null when it is not this workspace's. */
export function getMeeting(ctx: WorkspaceReader, input: { meetingId: number }) {
  const meeting = meetingOf(ctx, input.meetingId);
  if (!meeting) return null;
  const team = meetingTeam(ctx);
  const attendance = prepared(ctx.db, attendanceQuery).all({ meetingId: meeting.id });
  return {
    meeting,
    agenda: agendaOf(ctx.db, meeting.id),
    invitees: inviteesOf(ctx.db, meeting.id),
    preparers: preparersOf(ctx.db, meeting.id),
    team: team.map((t) => ({ ...t, attended: attendance.find((a) => a.userId === t.userId)?.attended ?? null })),
  };
}
export type MeetingDetail = NonNullable<ReturnType<typeof getMeeting>>;

/** What the e-mails and calendar files of a meeting need (the meeting is already known to be the caller's). */
export function mailContext(ctx: { db: Queryable }, input: { meeting: Meeting }): MeetingForMail {
  const { meeting } = input;
  const row = ctx.db
    .select({ communeName: communes.name })
    .from(workspaces)
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(eq(workspaces.id, meeting.workspaceId))
    .get();
  const federation = ctx.db
    .select({ name: federations.name })
    .from(federationRequests)
    .innerJoin(federations, eq(federations.id, federationRequests.federationId))
    .where(and(eq(federationRequests.workspaceId, meeting.workspaceId), eq(federationRequests.status, "accepted")))
    .get();
  const creator = meeting.createdBy ? ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, meeting.createdBy)).get() : undefined;
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
    agenda: agendaOf(ctx.db, meeting.id).map((a) => ({ title: a.title, durationMinutes: a.durationMinutes, leader: a.leader })),
  };
}
