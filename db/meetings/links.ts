/**
 * Answer links (table `answer_link`): an invitee may hold several valid links at once — a reminder or a change
 * adds one and never kills one already delivered (or written in a calendar). A link works until the meeting's
 * reading period ends (`lib/meetings/links.ts`) or it is revoked; the invitee's row keeps the latest hash as
 * the mark that they were sent one.
 */
import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Queryable, Tx } from "../context";
import { answerLinks, meetingInvitees } from "../schema";
import { answerLinkExpiry } from "@/lib/meetings/links";
import { hashToken, newToken } from "@/lib/tokens";

/** A new link for an invitee, stored as its hash; returns the clear token for the e-mail. */
export function addAnswerLink(tx: Tx, inviteeId: number, meeting: { startsAt: Date; durationMinutes: number }, now: Date): { token: string; hash: string } {
  const { token, hash } = newToken();
  tx.insert(answerLinks).values({ inviteeId, tokenHash: hash, createdAt: now, expiresAt: answerLinkExpiry(meeting) }).run();
  return { token, hash };
}

/** The meeting moved: its links' reading period moves with it. */
export function moveAnswerLinks(tx: Tx, meeting: { id: number; startsAt: Date; durationMinutes: number }) {
  tx.update(answerLinks)
    .set({ expiresAt: answerLinkExpiry(meeting) })
    .where(and(isNull(answerLinks.revokedAt), inArray(answerLinks.inviteeId, tx.select({ id: meetingInvitees.id }).from(meetingInvitees).where(eq(meetingInvitees.meetingId, meeting.id)))))
    .run();
}

/** Ends every link of these invitees (their line is erased). */
export function revokeAnswerLinks(tx: Queryable, inviteeIds: number[], now: Date) {
  if (inviteeIds.length === 0) return;
  tx.update(answerLinks).set({ revokedAt: now }).where(and(inArray(answerLinks.inviteeId, inviteeIds), isNull(answerLinks.revokedAt))).run();
}

/** The invitee a token opens, if the link is live; else whether it was ours and has ended. */
export function inviteeOfToken(db: Queryable, token: string, now: Date): { inviteeId: number; live: true } | { inviteeId: number; live: false } | null {
  const link = db
    .select({ inviteeId: answerLinks.inviteeId, expiresAt: answerLinks.expiresAt, revokedAt: answerLinks.revokedAt })
    .from(answerLinks)
    .where(eq(answerLinks.tokenHash, hashToken(token)))
    .get();
  if (!link) return null;
  const live = link.revokedAt === null && link.expiresAt.getTime() > now.getTime();
  return { inviteeId: link.inviteeId, live };
}

/** The purge: links ended more than `graceDays` ago go (until then a dead link can still name the organisers). */
export function purgeAnswerLinks(tx: Tx, now: Date, graceDays: number): number {
  const cutoff = now.getTime() - graceDays * 86_400_000;
  return tx
    .delete(answerLinks)
    .where(sql`coalesce(${answerLinks.revokedAt}, ${answerLinks.expiresAt}) <= ${cutoff}`)
    .run().changes;
}

/** Live links of an invitee (tests, and the count shown to organisers). */
export function liveAnswerLinks(db: Queryable, inviteeId: number, now: Date): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(answerLinks)
    .where(and(eq(answerLinks.inviteeId, inviteeId), isNull(answerLinks.revokedAt), gt(answerLinks.expiresAt, now)))
    .get()!.n;
}
