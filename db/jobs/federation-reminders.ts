/**
 * The federations' weekly reminder: the requests pending for more than 2 days, and the accompanied communes
 * with no history event for 21 days, to each admin of the federation (or to its directory address when it has
 * none yet). Four queries whatever the number of communes and federations; communes, dates and counts only —
 * nothing of the professionals.
 */
import { and, asc, eq, inArray, lt } from "drizzle-orm";
import { sql } from "drizzle-orm";
import type { BaseContext } from "../context";
import { communes, departements, federationMembers, federationRequests, federations, users, workspaces } from "../schema";
import { appUrl } from "@/lib/config";
import { todayInParis } from "@/lib/dates";
import { federationPath, federationReminderMail, type PendingRequest, type QuietCommune } from "@/lib/reminders/messages";
import { daysAgo, isoWeek, pendingBefore, quietBefore } from "@/lib/reminders/rules";
import type { ReminderCandidate } from "./reminders";

export function federationReminders(ctx: BaseContext): ReminderCandidate[] {
  const pending = ctx.db
    .select({ federationId: federationRequests.federationId, communeName: communes.name, departementName: departements.name, requestedAt: federationRequests.requestedAt })
    .from(federationRequests)
    .innerJoin(workspaces, eq(workspaces.id, federationRequests.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .where(and(eq(federationRequests.status, "pending"), lt(federationRequests.requestedAt, pendingBefore(ctx.now))))
    .orderBy(asc(federationRequests.requestedAt), asc(federationRequests.id))
    .all();

  // The latest event of each accompanied workspace, read through the (workspace, created_at) index.
  const lastEvent = sql<number | null>`(select max(h.created_at) from history_event h where h.workspace_id = ${workspaces.id})`;
  const quietSince = quietBefore(ctx.now).getTime();
  const quiet = ctx.db
    .select({ federationId: federationRequests.federationId, communeName: communes.name, departementName: departements.name, lastEventAt: lastEvent })
    .from(federationRequests)
    .innerJoin(workspaces, eq(workspaces.id, federationRequests.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .where(and(eq(federationRequests.status, "accepted"), sql`coalesce(${lastEvent}, 0) < ${quietSince}`))
    .orderBy(asc(communes.searchName), asc(communes.name))
    .all();

  const ids = [...new Set([...pending, ...quiet].map((r) => r.federationId))];
  if (ids.length === 0) return [];
  const feds = ctx.db.select({ id: federations.id, shortName: federations.shortName, name: federations.name, email: federations.email }).from(federations).where(inArray(federations.id, ids)).all();
  const admins = ctx.db
    .select({ federationId: federationMembers.federationId, userId: users.id, email: users.email })
    .from(federationMembers)
    .innerJoin(users, eq(users.id, federationMembers.userId))
    .where(and(inArray(federationMembers.federationId, ids), eq(federationMembers.role, "admin")))
    .orderBy(asc(federationMembers.createdAt), asc(federationMembers.id))
    .all();

  const week = isoWeek(todayInParis(ctx.now));
  return feds.flatMap((f) => {
    const waiting: PendingRequest[] = pending.filter((r) => r.federationId === f.id).map((r) => ({ ...r, days: daysAgo(r.requestedAt, ctx.now) }));
    const silent: QuietCommune[] = quiet
      .filter((r) => r.federationId === f.id)
      .map((r) => {
        const at = r.lastEventAt === null ? null : new Date(r.lastEventAt);
        return { communeName: r.communeName, departementName: r.departementName, lastEventAt: at, days: at ? daysAgo(at, ctx.now) : null };
      });
    const own = admins.filter((a) => a.federationId === f.id);
    const content = federationReminderMail({
      federationName: f.name,
      shortName: f.shortName,
      pending: waiting,
      quiet: silent,
      url: `${appUrl()}${federationPath(f.id)}`,
      joined: own.length > 0,
    });
    const recipients = own.length ? own : [{ userId: null, email: f.email }];
    return recipients.map((r) => ({
      kind: "federation" as const,
      key: `${f.id}:${r.userId ?? r.email}:${week}`,
      recipient: r.email,
      userId: r.userId,
      workspaceId: null,
      federationId: f.id,
      weekly: true,
      content,
    }));
  });
}
