/**
 * The next steps to remind: still open and due within 3 days or overdue, whose owner can be written to — a
 * member with an account, an invitee, or an inventory line with an e-mail address. One query.
 */
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { BaseContext } from "../context";
import { communes, meetingInvitees, nextSteps, professionals, users, workspaces } from "../schema";
import { appUrl } from "@/lib/config";
import { todayInParis } from "@/lib/dates";
import { OPEN_STATUSES } from "@/lib/next-steps/rules";
import { nextStepReminderMail, nextStepsListPath } from "@/lib/reminders/messages";
import { nextStepHorizon } from "@/lib/reminders/rules";
import type { ReminderCandidate } from "./reminders";

export function nextStepReminders(ctx: BaseContext): ReminderCandidate[] {
  const today = todayInParis(ctx.now);
  const rows = ctx.db
    .select({
      id: nextSteps.id,
      workspaceId: nextSteps.workspaceId,
      title: nextSteps.title,
      details: nextSteps.details,
      dueOn: nextSteps.dueOn,
      ownerKind: nextSteps.ownerKind,
      communeCode: workspaces.communeCode,
      communeName: communes.name,
      memberId: users.id,
      memberEmail: users.email,
      // A member still in the workspace: someone who left it is not reminded of its steps.
      isMember: sql<number>`exists (select 1 from workspace_member wm where wm.workspace_id = ${nextSteps.workspaceId} and wm.user_id = ${nextSteps.ownerUserId})`,
      inviteeEmail: meetingInvitees.email,
      proEmail: professionals.email,
      proUserId: professionals.userId,
    })
    .from(nextSteps)
    .innerJoin(workspaces, eq(workspaces.id, nextSteps.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(users, and(eq(nextSteps.ownerKind, "membre"), eq(users.id, nextSteps.ownerUserId)))
    // Scoped to the step's workspace: an invitee of another commune's meeting, or another commune's line, is nobody here.
    .leftJoin(
      meetingInvitees,
      and(
        eq(nextSteps.ownerKind, "invite"),
        eq(meetingInvitees.id, nextSteps.ownerInviteeId),
        sql`exists (select 1 from meeting m where m.id = ${meetingInvitees.meetingId} and m.workspace_id = ${nextSteps.workspaceId})`,
      ),
    )
    .leftJoin(professionals, and(eq(nextSteps.ownerKind, "professionnel"), eq(professionals.id, nextSteps.ownerProfessionalId), eq(professionals.workspaceId, nextSteps.workspaceId)))
    .where(and(inArray(nextSteps.status, [...OPEN_STATUSES]), lte(nextSteps.dueOn, nextStepHorizon(today))))
    .orderBy(asc(nextSteps.dueOn), asc(nextSteps.id))
    .all();

  return rows.flatMap((r) => {
    let to: { email: string; userId: string | null; hasAccount: boolean } | null = null;
    if (r.ownerKind === "membre" && r.memberEmail && r.isMember) to = { email: r.memberEmail, userId: r.memberId, hasAccount: true };
    else if (r.ownerKind === "invite" && r.inviteeEmail) to = { email: r.inviteeEmail, userId: null, hasAccount: false };
    else if (r.ownerKind === "professionnel" && r.proEmail) to = { email: r.proEmail, userId: r.proUserId, hasAccount: r.proUserId !== null };
    if (!to) return [];
    const step = { title: r.title, details: r.details, dueOn: r.dueOn, overdue: r.dueOn < today, communeName: r.communeName };
    return [
      {
        kind: "prochaine_etape" as const,
        key: `${r.id}:${r.dueOn}`,
        recipient: to.email,
        userId: to.userId,
        workspaceId: r.workspaceId,
        federationId: null,
        weekly: false,
        content: nextStepReminderMail(step, { url: to.hasAccount ? `${appUrl()}${nextStepsListPath(r.communeCode)}` : null }),
      },
    ];
  });
}
