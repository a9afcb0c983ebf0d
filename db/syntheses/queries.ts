/**
 * Reading a meeting's synthesis: for its writers (the draft, the round-table answers by question, the
 * attendance by profession), for the workspace's members (the published text), and for the e-mails. Every
 * query is scoped by the context's workspace: another commune's meeting is "not found".
 */
import { frenchKey } from "@/db/french-order";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { BaseContext, DataContext, Queryable } from "../context";
import { communes, meetingInvitees, meetingSyntheses, meetingTeamAttendance, nextSteps, synthesisLinks, users, workspaceMembers, workspaces } from "../schema";
import { displayName } from "../users";
import { agendaOf, meetingOf, meetingTeam, type Meeting } from "../meetings/queries";
import { COMMUNE_ROLE_LABELS, COMMUNE_ROLES, type CommuneRole } from "@/lib/domain/enums";
import { ROUND_TABLE_FIELDS, type RoundTableField } from "@/lib/meetings/kit";
import { professionLabel } from "@/lib/meetings/invitees";
import { alignWithAgenda, emptySynthesis, type SynthesisContent } from "@/lib/synthesis/content";
import { attendanceByProfession, receivesSynthesis, type ProfessionCount } from "@/lib/synthesis/readers";
import { maySynthesise } from "@/lib/synthesis/writers";

export type SynthesisRow = typeof meetingSyntheses.$inferSelect;

export function synthesisOf(db: Queryable, meetingId: number): SynthesisRow | null {
  return db.select().from(meetingSyntheses).where(eq(meetingSyntheses.meetingId, meetingId)).get() ?? null;
}

/** The actor's roles in the context's workspace, and whether a facilitator is assigned to it (one query). */
export function writerFacts(ctx: DataContext): { roles: CommuneRole[]; hasFacilitator: boolean } {
  const rows = ctx.db
    .select({ userId: workspaceMembers.userId, role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.workspaceId, ctx.workspace.id))
    .all();
  return {
    roles: [...new Set(rows.filter((r) => r.userId === ctx.actor.id).map((r) => r.role))],
    hasFacilitator: rows.some((r) => r.role === "facilitateur"),
  };
}

function whoName(db: Queryable, id: string | null): string | null {
  if (!id) return null;
  const u = db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, id)).get();
  return u ? displayName(u) : null;
}

/** One round-table question and every answer given to it beforehand (one table by question). */
export type RoundTableQuestion = { name: RoundTableField; label: string; answers: { name: string; profession: string; text: string }[] };

/** The team's attendance (named: they are the meeting's organisers) and the professionals' by profession. */
export type Attendance = { team: { name: string; roles: string[]; attended: boolean | null }[]; professions: ProfessionCount[]; present: number; invited: number };

export type SynthesisPublication = { content: SynthesisContent; publishedAt: Date; firstPublishedAt: Date; publishedBy: string | null };

/** Everything the synthesis editor shows; null when the meeting is not this workspace's. */
export function synthesisEditor(ctx: DataContext, input: { meetingId: number }) {
  const meeting = meetingOf(ctx, input.meetingId);
  if (!meeting) return null;
  const agenda = agendaOf(ctx.db, meeting.id);
  const row = synthesisOf(ctx.db, meeting.id);
  const invitees = ctx.db
    .select({
      id: meetingInvitees.id,
      email: meetingInvitees.email,
      name: meetingInvitees.name,
      profession: meetingInvitees.profession,
      answer: meetingInvitees.answer,
      attended: meetingInvitees.attended,
      situation: meetingInvitees.situation,
      conditions: meetingInvitees.conditions,
      difficulties: meetingInvitees.difficulties,
      expectations: meetingInvitees.expectations,
    })
    .from(meetingInvitees)
    .where(eq(meetingInvitees.meetingId, meeting.id))
    .orderBy(frenchKey(meetingInvitees.name), asc(meetingInvitees.name), asc(meetingInvitees.id))
    .all();
  const roundTable: RoundTableQuestion[] = ROUND_TABLE_FIELDS.map((q) => ({
    name: q.name,
    label: q.label,
    answers: invitees.filter((i) => i[q.name]?.trim()).map((i) => ({ name: i.name, profession: professionLabel(i.profession), text: i[q.name]!.trim() })),
  }));
  const facts = writerFacts(ctx);
  return {
    meeting,
    agenda,
    draft: alignWithAgenda(row?.draft ?? emptySynthesis(agenda), agenda),
    /** 0 until the first save: a concurrent first save is a conflict too. */
    version: row?.version ?? 0,
    savedAt: row?.updatedAt ?? null,
    savedBy: row ? whoName(ctx.db, row.updatedBy) : null,
    publication: publicationOf(ctx.db, row, agenda),
    /** The published text differs from the draft: a correction is waiting to be published. */
    unpublishedChanges: row?.published ? JSON.stringify(row.published) !== JSON.stringify(row.draft) : false,
    roundTable,
    attendance: attendanceOf(ctx, meeting, invitees),
    readers: readersOf(ctx.db, meeting.id, invitees),
    canWrite: maySynthesise(facts.roles, facts.hasFacilitator),
    hasFacilitator: facts.hasFacilitator,
  };
}
export type SynthesisEditor = NonNullable<ReturnType<typeof synthesisEditor>>;

/** Who receives the synthesis and how their latest reading link's e-mail went (none before publication). */
export type Reader = { inviteeId: number; name: string; email: string; delivery: "pending" | "sent" | "failed" | null };

function readersOf(db: Queryable, meetingId: number, invitees: { id: number; name: string; email: string; answer: "oui" | "non" | "peut_etre" | null; attended: boolean | null }[]): Reader[] {
  const latest = new Map<number, "pending" | "sent" | "failed">();
  for (const l of db
    .select({ inviteeId: synthesisLinks.inviteeId, status: synthesisLinks.deliveryStatus })
    .from(synthesisLinks)
    .where(eq(synthesisLinks.meetingId, meetingId))
    .orderBy(asc(synthesisLinks.id))
    .all()) {
    latest.set(l.inviteeId, l.status);
  }
  return invitees.filter(receivesSynthesis).map((i) => ({ inviteeId: i.id, name: i.name, email: i.email, delivery: latest.get(i.id) ?? null }));
}

function publicationOf(db: Queryable, row: SynthesisRow | null, agenda: { id: number; title: string }[]): SynthesisPublication | null {
  if (!row?.published || !row.publishedAt || !row.firstPublishedAt) return null;
  return { content: alignWithAgenda(row.published, agenda), publishedAt: row.publishedAt, firstPublishedAt: row.firstPublishedAt, publishedBy: whoName(db, row.publishedBy) };
}

function attendanceOf(ctx: DataContext, meeting: Meeting, invitees: { profession: string; attended: boolean | null }[]): Attendance {
  const marks = new Map(
    ctx.db
      .select({ userId: meetingTeamAttendance.userId, attended: meetingTeamAttendance.attended })
      .from(meetingTeamAttendance)
      .where(eq(meetingTeamAttendance.meetingId, meeting.id))
      .all()
      .map((m) => [m.userId, m.attended]),
  );
  return {
    team: meetingTeam(ctx).map((t) => ({ name: t.name, roles: t.roles.map((r) => COMMUNE_ROLE_LABELS[r]), attended: marks.get(t.userId) ?? null })),
    professions: attendanceByProfession(invitees),
    present: invitees.filter((i) => i.attended === true).length,
    invited: invitees.length,
  };
}

/** The published synthesis, for a member of the workspace (null: no such meeting here, or not published). */
export function publishedSynthesis(ctx: DataContext, input: { meetingId: number }) {
  const meeting = meetingOf(ctx, input.meetingId);
  if (!meeting) return null;
  const agenda = agendaOf(ctx.db, meeting.id);
  const publication = publicationOf(ctx.db, synthesisOf(ctx.db, meeting.id), agenda);
  if (!publication) return { meeting, publication: null, attendance: null };
  const invitees = ctx.db
    .select({ profession: meetingInvitees.profession, attended: meetingInvitees.attended })
    .from(meetingInvitees)
    .where(eq(meetingInvitees.meetingId, meeting.id))
    .all();
  return { meeting, publication, attendance: attendanceOf(ctx, meeting, invitees) };
}

/** The commune's name, for mails and documents. */
export function communeNameOf(ctx: BaseContext, input: { workspaceId: number }): string {
  return (
    ctx.db
      .select({ name: communes.name })
      .from(workspaces)
      .innerJoin(communes, eq(communes.code, workspaces.communeCode))
      .where(eq(workspaces.id, input.workspaceId))
      .get()?.name ?? ""
  );
}

/** The workspace's members with an account (every role), told when a synthesis is published. */
export function workspaceReaders(ctx: DataContext): { userId: string; name: string; email: string; roles: CommuneRole[] }[] {
  const rows = ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, ctx.workspace.id), inArray(workspaceMembers.role, [...COMMUNE_ROLES])))
    .orderBy(asc(workspaceMembers.createdAt))
    .all();
  const byUser = new Map<string, { userId: string; name: string; email: string; roles: CommuneRole[] }>();
  for (const r of rows) {
    const entry = byUser.get(r.userId) ?? { userId: r.userId, name: displayName(r), email: r.email, roles: [] };
    entry.roles.push(r.role);
    byUser.set(r.userId, entry);
  }
  return [...byUser.values()];
}

/** Where a meeting's synthesis stands, for the meeting's page and the lists: none, draft, or published (when). */
export function synthesisStatus(ctx: DataContext, input: { meetingId: number }): { state: "none" | "draft" | "published"; publishedAt: Date | null; updatedAt: Date | null } {
  const row = ctx.db
    .select({ publishedAt: meetingSyntheses.publishedAt, updatedAt: meetingSyntheses.updatedAt })
    .from(meetingSyntheses)
    .where(and(eq(meetingSyntheses.meetingId, input.meetingId), eq(meetingSyntheses.workspaceId, ctx.workspace.id)))
    .get();
  if (!row) return { state: "none", publishedAt: null, updatedAt: null };
  return { state: row.publishedAt ? "published" : "draft", publishedAt: row.publishedAt, updatedAt: row.updatedAt };
}

/**
 * What a follow-up meeting starts from: the meeting it follows (this workspace's), the leads of its synthesis
 * (published, else the draft), the workspace's open next steps, and the date the synthesis proposed. Null when
 * the meeting is not this workspace's.
 */
export function followUpBasis(ctx: DataContext, input: { meetingId: number }) {
  const meeting = meetingOf(ctx, input.meetingId);
  if (!meeting) return null;
  const row = synthesisOf(ctx.db, meeting.id);
  const content = row?.published ?? row?.draft ?? null;
  const openSteps = ctx.db
    .select({ title: nextSteps.title, owner: nextSteps.ownerLabel, dueOn: nextSteps.dueOn })
    .from(nextSteps)
    .where(and(eq(nextSteps.workspaceId, ctx.workspace.id), inArray(nextSteps.status, ["a_faire", "en_cours"])))
    .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id))
    .limit(12)
    .all();
  return { meeting, leads: content?.leads ?? [], openSteps, proposedDay: content?.followUp.meeting ? content.followUp.meetingOn : null };
}
