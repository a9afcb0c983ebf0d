/**
 * What a member of the workspace finds on the dashboard: the meetings they are invited to (as a professional:
 * by their inventory line or their address), with their answer, and the published syntheses.
 */
import { and, desc, eq, isNotNull, or, sql } from "drizzle-orm";
import type { DataContext, Queryable } from "../context";
import { literalLimit, prepared } from "../prepared";
import { meetingInvitees, meetings, meetingSyntheses, professionals } from "../schema";
import type { RsvpAnswer } from "@/lib/domain/enums";

export type MemberMeeting = {
  meetingId: number;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  status: (typeof meetings.$inferSelect)["status"];
  answer: RsvpAnswer | null;
  attended: boolean | null;
  synthesisPublishedAt: Date | null;
};

/** The meetings of this workspace the actor is invited to, latest first (one query). */
export function memberMeetings(ctx: DataContext): MemberMeeting[] {
  return prepared(ctx.db, memberMeetingsQuery).all({ workspaceId: ctx.workspace.id, userId: ctx.actor.id, email: ctx.actor.email.toLowerCase() });
}

// The dashboard runs both at every visit: prepared once (`db/prepared.ts`).
const memberMeetingsQuery = (db: Queryable) =>
  db
    .select({
      meetingId: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      durationMinutes: meetings.durationMinutes,
      status: meetings.status,
      answer: meetingInvitees.answer,
      attended: meetingInvitees.attended,
      synthesisPublishedAt: meetingSyntheses.publishedAt,
    })
    .from(meetingInvitees)
    .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
    .leftJoin(professionals, eq(professionals.id, meetingInvitees.professionalId))
    .leftJoin(meetingSyntheses, eq(meetingSyntheses.meetingId, meetings.id))
    .where(
      and(
        eq(meetings.workspaceId, sql.placeholder("workspaceId")),
        // Drafts are nobody's business but the organisers'.
        isNotNull(meetings.invitationsSentAt),
        or(eq(professionals.userId, sql.placeholder("userId")), eq(meetingInvitees.email, sql.placeholder("email"))),
      ),
    )
    .orderBy(desc(meetings.startsAt))
    .limit(literalLimit(20))
    .prepare();

/** The workspace's published syntheses, latest meeting first (one query). */
export function publishedSyntheses(ctx: DataContext): { meetingId: number; title: string; startsAt: Date; publishedAt: Date }[] {
  return prepared(ctx.db, publishedQuery)
    .all({ workspaceId: ctx.workspace.id })
    .map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}

const publishedQuery = (db: Queryable) =>
  db
    .select({ meetingId: meetings.id, title: meetings.title, startsAt: meetings.startsAt, publishedAt: meetingSyntheses.publishedAt })
    .from(meetingSyntheses)
    .innerJoin(meetings, eq(meetings.id, meetingSyntheses.meetingId))
    .where(and(eq(meetingSyntheses.workspaceId, sql.placeholder("workspaceId")), isNotNull(meetingSyntheses.publishedAt)))
    .orderBy(desc(meetings.startsAt))
    .limit(literalLimit(20))
    .prepare();
