/**
 * The outbox: every e-mail is a `mail` row written "en_attente" by the transaction of the change that causes
 * it (a rolled-back change sends nothing), then taken and settled by the worker (lib/mail/outbox-worker.ts).
 * Nothing here talks to SMTP: a request only ever writes a row.
 */
import { and, eq, gt, inArray, lte, or, sql } from "drizzle-orm";
import { write, type Queryable } from "../context";
import { invitations, mails, meetingInvitees, synthesisLinks } from "../schema";
import type { MailConcern, MailStatus } from "@/lib/domain/enums";
import { NOT_KEPT } from "@/lib/mail/stored";

export type MailAttachment = { filename: string; content: string; contentType: string };
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
  sensitive?: boolean;
  maxAttempts?: number;
  concerns?: { kind: MailConcern; id: number };
};
export type Queued = { mailId: number };
export type ClaimedMail = typeof mails.$inferSelect;

/** A worker that took a mail and vanished (killed mid-send) has its claim taken over after this long. */
export const STALE_CLAIM_MS = 5 * 60_000;

/**
 * Writes the mail "en_attente", whole: the worker needs its body until it is sent. (A personal link's body is
 * dropped when the mail is settled, outside the demo: see `settleMail`.) `db` is the caller's open transaction
 * when it has one.
 */
export function enqueueMail(db: Queryable, mail: OutgoingMail, now: Date): Queued {
  const row = db
    .insert(mails)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments?.length ? mail.attachments : null,
      sensitive: mail.sensitive ?? false,
      status: "en_attente",
      maxAttempts: mail.maxAttempts ?? 5,
      nextAttemptAt: now,
      concernsKind: mail.concerns?.kind ?? null,
      concernsId: mail.concerns?.id ?? null,
      createdAt: now,
    })
    .returning({ id: mails.id })
    .get();
  return { mailId: row.id };
}

/**
 * Takes up to `limit` due mails for this worker, in one IMMEDIATE transaction (one UPDATE … RETURNING): a second
 * process claiming at the same time waits for the write lock and finds them "envoi", so no mail is sent twice.
 */
export function claimDueMails(db: Queryable, now: Date, limit = 10): ClaimedMail[] {
  return write({ db }, (tx) => {
    const due = tx
      .select({ id: mails.id })
      .from(mails)
      .where(
        or(
          and(eq(mails.status, "en_attente"), lte(mails.nextAttemptAt, now)),
          and(eq(mails.status, "envoi"), lte(mails.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
        ),
      )
      .orderBy(mails.id)
      .limit(limit)
      .all()
      .map((r) => r.id);
    if (due.length === 0) return [];
    return tx
      .update(mails)
      .set({ status: "envoi", claimedAt: now, attempts: sql`${mails.attempts} + 1` })
      .where(inArray(mails.id, due))
      .returning()
      .all();
  });
}

/** The wait before attempt n+1 after n failed ones: 30 s, 2 min, 8 min, 32 min… at most 6 h. */
export function retryDelayMs(attempts: number, baseMs = 30_000): number {
  return Math.min(baseMs * 4 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export type Outcome = { ok: true; kept?: boolean } | { ok: false; error: string; permanent?: boolean };

/**
 * Records how an attempt went: "remis", retried later with back-off, or "non_remis" after the last attempt
 * (or at once when the relay refused for good). A settled mail with a personal link loses its body outside
 * the demo (`keepBodies`), as ./stored.ts promised before the outbox. The record the mail concerns gets the
 * same outcome, unless a newer mail about it exists (a resend's outcome is the one that counts).
 */
export function settleMail(db: Queryable, mail: Pick<ClaimedMail, "id" | "attempts" | "maxAttempts">, outcome: Outcome, opts: { now: Date; keepBodies: boolean; retryBaseMs?: number }) {
  write({ db }, (tx) => {
    const retry = !outcome.ok && !outcome.permanent && mail.attempts < mail.maxAttempts;
    const status: MailStatus = outcome.ok ? (outcome.kept ? "conserve" : "remis") : retry ? "en_attente" : "non_remis";
    const row = tx
      .update(mails)
      .set({
        status,
        error: outcome.ok ? null : outcome.error,
        claimedAt: null,
        nextAttemptAt: retry ? new Date(opts.now.getTime() + retryDelayMs(mail.attempts, opts.retryBaseMs)) : null,
        settledAt: retry ? null : opts.now,
      })
      .where(and(eq(mails.id, mail.id), eq(mails.status, "envoi")))
      .returning({ sensitive: mails.sensitive, concernsKind: mails.concernsKind, concernsId: mails.concernsId })
      .get();
    if (!row || retry) return;
    if (row.sensitive && !opts.keepBodies) tx.update(mails).set({ text: NOT_KEPT, html: "", attachments: null }).where(eq(mails.id, mail.id)).run();
    if (row.concernsKind && row.concernsId !== null) recordOnConcerned(tx, { id: mail.id, kind: row.concernsKind, concernsId: row.concernsId, ok: outcome.ok, now: opts.now });
  });
}

function recordOnConcerned(tx: Queryable, m: { id: number; kind: MailConcern; concernsId: number; ok: boolean; now: Date }) {
  const newer = tx
    .select({ id: mails.id })
    .from(mails)
    .where(and(eq(mails.concernsKind, m.kind), eq(mails.concernsId, m.concernsId), gt(mails.id, m.id)))
    .limit(1)
    .get();
  if (newer) return;
  const deliveryStatus = m.ok ? "sent" : "failed";
  if (m.kind === "invite_reunion") tx.update(meetingInvitees).set({ deliveryStatus, lastSentAt: m.now }).where(eq(meetingInvitees.id, m.concernsId)).run();
  else if (m.kind === "invitation") tx.update(invitations).set({ deliveryStatus, lastSentAt: m.now }).where(eq(invitations.id, m.concernsId)).run();
  else tx.update(synthesisLinks).set({ deliveryStatus }).where(eq(synthesisLinks.id, m.concernsId)).run();
}

/** A mail's state, for the sign-in page that waits for its link (and for the tests). */
export function mailState(db: Queryable, id: number): { status: MailStatus; error: string | null } | undefined {
  return db.select({ status: mails.status, error: mails.error }).from(mails).where(eq(mails.id, id)).get();
}

/** How many mails the worker still has to settle (the e2e helpers wait for 0 before reading the capture). */
export function unsettledCount(db: Queryable): number {
  return db.select({ n: sql<number>`count(*)` }).from(mails).where(inArray(mails.status, ["en_attente", "envoi"])).get()!.n;
}
