/**
 * The daily purge of personal data past its retention (the durations of lib/privacy/retention.ts, stated on the
 * « Confidentialité » page): expired sign-in links, sessions and rate-limit counters, stored mails older than
 * 30 days, invitations never accepted 30 days after their link expired, and the answer links of meetings
 * that are over (the answers stay). One transaction; running it twice deletes nothing more.
 */
import { and, isNotNull, isNull, lt, lte, sql } from "drizzle-orm";
import { write, type BaseContext } from "../context";
import { invitations, mails, rateLimits, sessions, synthesisLinks, verificationTokens } from "../schema";
import { SESSION_ABSOLUTE_DAYS } from "@/lib/auth/constants";
import { ENDED_LINK_GRACE_DAYS, MAIL_RETENTION_DAYS, UNACCEPTED_INVITATION_DAYS, invitationCutoff, mailCutoff } from "@/lib/privacy/retention";
import { purgeAnswerLinks } from "../meetings/links";

export type PurgeCounts = {
  signInLinks: number;
  sessions: number;
  mails: number;
  invitations: number;
  answerLinks: number;
  readingLinks: number;
  rateLimits: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export function purgeExpired(ctx: BaseContext): PurgeCounts {
  const { now } = ctx;
  const nowMs = now.getTime();
  return write(ctx, (tx) => {
    const signInLinks = tx.delete(verificationTokens).where(lte(verificationTokens.expires, now)).run().changes;
    const sessionsGone = tx
      .delete(sessions)
      .where(sql`${sessions.expires} <= ${nowMs} or (${sessions.createdAt} is not null and ${sessions.createdAt} <= ${nowMs - SESSION_ABSOLUTE_DAYS * DAY_MS})`)
      .run().changes;
    const mailsGone = tx.delete(mails).where(lt(mails.createdAt, mailCutoff(now))).run().changes;
    const invitationsGone = tx
      .delete(invitations)
      .where(and(isNull(invitations.acceptedAt), lt(invitations.expiresAt, invitationCutoff(now))))
      .run().changes;
    // Answer links end with the meeting's reading period (db/meetings/links.ts); a month later they go, with
    // what they could still tell (whom to turn to). The invitees' answers stay.
    const answerLinks = purgeAnswerLinks(tx, now, ENDED_LINK_GRACE_DAYS);
    const readingLinks = tx.delete(synthesisLinks).where(lte(synthesisLinks.expiresAt, now)).run().changes;
    const rateLimitsGone = tx
      .delete(rateLimits)
      .where(and(isNotNull(rateLimits.expire), lte(rateLimits.expire, nowMs)))
      .run().changes;
    return { signInLinks, sessions: sessionsGone, mails: mailsGone, invitations: invitationsGone, answerLinks, readingLinks, rateLimits: rateLimitsGone };
  });
}

/** The command's report, in French: one line, each count named. */
export function purgeLine(c: PurgeCounts): string {
  const parts = [
    `liens de connexion expirés : ${c.signInLinks}`,
    `sessions expirées : ${c.sessions}`,
    `e-mails conservés depuis plus de ${MAIL_RETENTION_DAYS} jours : ${c.mails}`,
    `invitations jamais acceptées, expirées depuis plus de ${UNACCEPTED_INVITATION_DAYS} jours : ${c.invitations}`,
    `liens de réponse échus depuis plus de ${ENDED_LINK_GRACE_DAYS} jours : ${c.answerLinks}`,
    `liens de lecture de synthèse expirés : ${c.readingLinks}`,
    `compteurs anti-abus expirés : ${c.rateLimits}`,
  ];
  return `Purge des données échues — ${parts.join(" ; ")}.`;
}
