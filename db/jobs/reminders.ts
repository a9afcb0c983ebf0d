/**
 * The reminders' ledger (table `reminder`): a reminder is claimed before it is sent, in one IMMEDIATE
 * transaction that checks it was not sent already (its key) nor, for the weekly ones, sent to the same person
 * about the same commune or federation within the week; two runs at the same time cannot both claim it.
 * A failed send releases the claim, so the next run tries again; a run killed between the claim and the send
 * loses that one reminder rather than sending it twice.
 */
import { and, eq, gte, inArray, isNull, or, type SQL } from "drizzle-orm";
import { write, type BaseContext } from "../context";
import { reminders } from "../schema";
import type { ReminderKind } from "@/lib/domain/enums";
import type { MailContent } from "@/lib/mail/render";
import { todayInParis } from "@/lib/dates";
import { weeklyBlockSince } from "@/lib/reminders/rules";

export type ReminderCandidate = {
  kind: ReminderKind;
  /** What the reminder is about: unique per kind (`${stepId}:${dueOn}`, `${userId}:${workspaceId}:${isoWeek}`…). */
  key: string;
  recipient: string;
  userId: string | null;
  workspaceId: number | null;
  federationId: string | null;
  /** At most once a week to this recipient about this workspace (or federation). */
  weekly: boolean;
  content: MailContent;
};

/** The condition "same recipient, same kind, same commune or federation". */
function sameScope(c: Pick<ReminderCandidate, "kind" | "recipient" | "workspaceId" | "federationId">): SQL {
  return and(
    eq(reminders.kind, c.kind),
    eq(reminders.recipient, c.recipient),
    c.workspaceId === null ? isNull(reminders.workspaceId) : eq(reminders.workspaceId, c.workspaceId),
    c.federationId === null ? isNull(reminders.federationId) : eq(reminders.federationId, c.federationId),
  )!;
}

/** Records the reminder as sent now and returns its id, or null when it was already sent (or is blocked this week). */
export function claimReminder(ctx: BaseContext, c: ReminderCandidate): number | null {
  return write(ctx, (tx) => {
    if (tx.select({ id: reminders.id }).from(reminders).where(and(eq(reminders.kind, c.kind), eq(reminders.key, c.key))).get()) return null;
    if (c.weekly) {
      const since = weeklyBlockSince(todayInParis(ctx.now));
      if (tx.select({ id: reminders.id }).from(reminders).where(and(sameScope(c), gte(reminders.sentAt, since))).get()) return null;
    }
    return tx
      .insert(reminders)
      .values({ kind: c.kind, key: c.key, recipient: c.recipient, userId: c.userId, workspaceId: c.workspaceId, federationId: c.federationId, sentAt: ctx.now })
      .returning({ id: reminders.id })
      .get().id;
  });
}

/** After the send: links the logged e-mail, or on failure deletes the claim so that the next run retries. */
export function recordReminderDelivery(ctx: BaseContext, input: { reminderId: number; ok: boolean; mailId: number | null }) {
  write(ctx, (tx) => {
    if (input.ok) tx.update(reminders).set({ mailId: input.mailId }).where(eq(reminders.id, input.reminderId)).run();
    else tx.delete(reminders).where(eq(reminders.id, input.reminderId)).run();
  });
}

/**
 * Leaves out, in two queries, the candidates already sent (same key) or blocked this week: the claim checks
 * again, this only spares a transaction per reminder that has nothing to do.
 */
export function unsentCandidates(ctx: BaseContext, candidates: readonly ReminderCandidate[]): { todo: ReminderCandidate[]; alreadySent: number } {
  if (candidates.length === 0) return { todo: [], alreadySent: 0 };
  const kinds = [...new Set(candidates.map((c) => c.kind))];
  const sentKeys = new Set<string>();
  const keys = [...new Set(candidates.map((c) => c.key))];
  // SQLite caps a statement's parameters: keys go by the thousand.
  for (let i = 0; i < keys.length; i += 900) {
    for (const r of ctx.db
      .select({ kind: reminders.kind, key: reminders.key })
      .from(reminders)
      .where(and(inArray(reminders.kind, kinds), inArray(reminders.key, keys.slice(i, i + 900))))
      .all())
      sentKeys.add(`${r.kind}|${r.key}`);
  }
  const since = weeklyBlockSince(todayInParis(ctx.now));
  const weeklyKinds = [...new Set(candidates.filter((c) => c.weekly).map((c) => c.kind))];
  const recent = new Set(
    weeklyKinds.length === 0
      ? []
      : ctx.db
          .select({ kind: reminders.kind, recipient: reminders.recipient, workspaceId: reminders.workspaceId, federationId: reminders.federationId })
          .from(reminders)
          .where(and(or(...weeklyKinds.map((k) => eq(reminders.kind, k))), gte(reminders.sentAt, since)))
          .all()
          .map(scopeKey),
  );
  const todo = candidates.filter((c) => !sentKeys.has(`${c.kind}|${c.key}`) && !(c.weekly && recent.has(scopeKey(c))));
  return { todo, alreadySent: candidates.length - todo.length };
}

function scopeKey(c: { kind: string; recipient: string; workspaceId: number | null; federationId: string | null }) {
  return `${c.kind}|${c.recipient}|${c.workspaceId ?? ""}|${c.federationId ?? ""}`;
}
