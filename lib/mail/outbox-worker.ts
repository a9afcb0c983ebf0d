/**
 * The outbox's worker: takes due mails (db/mail/outbox.ts), hands them to the SMTP relay with short timeouts,
 * and settles each one. One per server process (started by instrumentation.ts and woken by every mail
 * written), plus `npm run mail:send` for a cron that drains once. Several workers on one database file are
 * safe: a claim is exclusive.
 */
import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { claimDueMails, settleMail, type ClaimedMail, type Outcome } from "@/db/mail/outbox";
import type { Queryable } from "@/db/context";

/** A relay that accepts the connection and never greets costs 10 s, not nodemailer's default 30 s + 10 min. */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as const;

export type Transport = Pick<nodemailer.Transporter, "sendMail">;

export function smtpTransport(url: string): Transport {
  // SMTPTransport reads the URL and keeps the timeouts beside it (createTransport({ url, … }) would drop them,
  // and its second argument is the messages' defaults).
  return nodemailer.createTransport(new SMTPTransport({ url, ...SMTP_TIMEOUTS }));
}

export type DrainOptions = {
  db: Queryable;
  /** null: no relay (demo without SMTP_URL): the mail is kept for the development mailbox only. */
  transport: Transport | null;
  from: string;
  keepBodies: boolean;
  now?: () => Date;
  retryBaseMs?: number;
};

/** Sends one claimed mail; a refusal (5xx, or a recipient rejected) is final, anything else is retried. */
export async function attempt(transport: Transport | null, from: string, mail: ClaimedMail): Promise<Outcome> {
  if (!transport) return { ok: true, kept: true };
  try {
    const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments ?? undefined });
    const refused = [...(info.rejected ?? []), ...(info.pending ?? [])];
    if (refused.length) return { ok: false, permanent: true, error: `Adresse refusée par le serveur de messagerie : ${refused.join(", ")}` };
    return { ok: true };
  } catch (e) {
    const code = (e as { responseCode?: number }).responseCode;
    const error = e instanceof Error ? e.message : String(e);
    return { ok: false, permanent: code !== undefined && code >= 500, error };
  }
}

/** Sends every mail due now, a batch at a time, until none is left; returns how many were settled. */
export async function drainOutbox(o: DrainOptions): Promise<{ remis: number; echecs: number }> {
  const now = o.now ?? (() => new Date());
  const tally = { remis: 0, echecs: 0 };
  for (;;) {
    const batch = claimDueMails(o.db, now(), 5);
    if (batch.length === 0) return tally;
    await Promise.all(
      batch.map(async (mail) => {
        const outcome = await attempt(o.transport, o.from, mail);
        if (outcome.ok) tally.remis += 1;
        else {
          tally.echecs += 1;
          console.error(`[mail] échec d'envoi à ${mail.to} (tentative ${mail.attempts}/${mail.maxAttempts}) : ${outcome.error}`);
        }
        settleMail(o.db, mail, outcome, { now: now(), keepBodies: o.keepBodies, retryBaseMs: o.retryBaseMs });
      }),
    );
  }
}

type Worker = { wake: () => void; stop: () => void };

/**
 * A worker that drains at once when woken, and every `intervalMs` for the retries that come due. Its timer does
 * not keep the process alive. Never two drains at once in one process: a wake during a drain runs one more.
 */
export function startWorker(options: () => DrainOptions, intervalMs = 1_000): Worker {
  let running = false;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    void drainOutbox(options())
      .catch((e) => console.error("[mail] le relevé de la boîte d'envoi a échoué", e))
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  setImmediate(run);
  return {
    wake: () => setImmediate(run),
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
