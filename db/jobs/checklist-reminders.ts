/**
 * Who gets the week's checklist reminder: in each workspace with items overdue or due within 7 days, its
 * référent(s), or its maire when it has none. A fixed number of queries whatever the number of workspaces.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { BaseContext } from "../context";
import { communes, users, workspaceMembers, workspaces } from "../schema";
import { checklists } from "../checklist";
import { appUrl } from "@/lib/config";
import { todayInParis } from "@/lib/dates";
import { checklistPath, checklistReminderMail } from "@/lib/reminders/messages";
import { checklistItemsToRemind, isoWeek } from "@/lib/reminders/rules";
import type { ReminderCandidate } from "./reminders";

export function checklistReminders(ctx: BaseContext): ReminderCandidate[] {
  const spaces = ctx.db
    .select({ id: workspaces.id, code: workspaces.communeCode, name: communes.name })
    .from(workspaces)
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .all();
  if (spaces.length === 0) return [];
  const lists = checklists(ctx, { workspaceIds: spaces.map((s) => s.id) });
  const due = new Map(spaces.map((s) => [s.id, checklistItemsToRemind(lists.get(s.id) ?? [])]));
  const concerned = spaces.filter((s) => due.get(s.id)!.length > 0);
  if (concerned.length === 0) return [];

  const members = ctx.db
    .select({ workspaceId: workspaceMembers.workspaceId, role: workspaceMembers.role, userId: users.id, email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(inArray(workspaceMembers.workspaceId, concerned.map((s) => s.id)), inArray(workspaceMembers.role, ["referent", "maire"])))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .all();
  const week = isoWeek(todayInParis(ctx.now));

  return concerned.flatMap((s) => {
    const referents = members.filter((m) => m.workspaceId === s.id && m.role === "referent");
    const recipients = referents.length ? referents : members.filter((m) => m.workspaceId === s.id && m.role === "maire");
    const items = due.get(s.id)!.map((e) => ({ title: e.title, dueDate: e.dueDate, overdue: e.overdue, daysLeft: e.daysLeft, ownerName: e.state?.ownerName ?? null }));
    return recipients.map((r) => ({
      kind: "checklist" as const,
      key: `${r.userId}:${s.id}:${week}`,
      recipient: r.email,
      userId: r.userId,
      workspaceId: s.id,
      federationId: null,
      weekly: true,
      content: checklistReminderMail({ communeName: s.name, items, url: `${appUrl()}${checklistPath(s.code)}`, asMaire: referents.length === 0 }),
    }));
  });
}
