/**
 * What a member of the workspace finds on the dashboard: the meetings they are invited to (as a professional:
 * by their inventory line or their address), with their answer, and the published syntheses.
 */
import { and, desc, eq, isNotNull, or } from "drizzle-orm";
import type { DataContext } from "../context";
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
  return ctx.db
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
        eq(meetings.workspaceId, ctx.workspace.id),
        // Drafts are nobody's business but the organisers'.
        isNotNull(meetings.invitationsSentAt),
        or(eq(professionals.userId, ctx.actor.id), eq(meetingInvitees.email, ctx.actor.email.toLowerCase())),
      ),
    )
    .orderBy(desc(meetings.startsAt))
    .limit(20)
    .all();
}

/** The workspace's published syntheses, latest meeting first (one query). */
export function publishedSyntheses(ctx: DataContext): { meetingId: number; title: string; startsAt: Date; publishedAt: Date }[] {
  return ctx.db
    .select({ meetingId: meetings.id, title: meetings.title, startsAt: meetings.startsAt, publishedAt: meetingSyntheses.publishedAt })
    .from(meetingSyntheses)
    .innerJoin(meetings, eq(meetings.id, meetingSyntheses.meetingId))
    .where(and(eq(meetingSyntheses.workspaceId, ctx.workspace.id), isNotNull(meetingSyntheses.publishedAt)))
    .orderBy(desc(meetings.startsAt))
    .limit(20)
    .all()
    .map((r) => ({ ...r, publishedAt: r.publishedAt! }));
}
