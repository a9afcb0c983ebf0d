/**
 * Putting an e-mail in the outbox. A request never talks to SMTP: `sendMail` writes the mail (in the caller's
 * transaction when it passes one, so a rolled-back change sends nothing) and wakes the process's worker, which
 * sends it (./outbox-worker.ts). Only sign-in waits for the outcome, at most 10 s (`waitForDelivery`).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/db/client";
import type { Queryable } from "@/db/context";
import { enqueueMail, mailState, type MailAttachment, type Queued } from "@/db/mail/outbox";
import { mailFrom, mode, smtpUrl } from "@/lib/config";
import type { MailConcern } from "@/lib/domain/enums";
import { startWorker, smtpTransport, type DrainOptions, type Transport } from "./outbox-worker";
import { renderMail, type MailContent } from "./render";
import { carriesSecretLink } from "./stored";

export type { MailAttachment, Queued };

/** Where a message function writes its mail: the caller's transaction, the record its badge follows. */
export type Queue = Pick<QueueOptions, "db" | "concerns">;

export type QueueOptions = {
  /** Carries a personal link: its body is dropped once settled, outside the demo (./stored.ts). */
  sensitive?: boolean;
  attachments?: MailAttachment[];
  /** The caller's open transaction: the mail is written with its change, or not at all. */
  db?: Queryable;
  /** The record whose "E-mail non remis" badge follows this mail's outcome. */
  concerns?: { kind: MailConcern; id: number };
  maxAttempts?: number;
};

// Shared through globalThis: instrumentation.ts and the routes are separate bundles with their own module copies.
const g = globalThis as unknown as { __boussoleOutbox?: { wake: () => void; stop: () => void }; __boussoleSmtp?: Transport | null };

function transport(): Transport | null {
  if (g.__boussoleSmtp === undefined) {
    const url = smtpUrl();
    g.__boussoleSmtp = url ? smtpTransport(url) : null;
  }
  return g.__boussoleSmtp;
}

/** How this process's worker drains: the process's database, relay and mode. */
export function drainOptions(): DrainOptions {
  return { db, transport: transport(), from: mailFrom(), keepBodies: mode() === "demo" };
}

/** Starts this server process's worker (once): it sends what is due, and what earlier processes left. */
export function startOutboxWorker() {
  g.__boussoleOutbox ??= startWorker(drainOptions);
}

/** Writes the e-mail to the outbox and wakes the worker. Never waits on SMTP, never throws for SMTP. */
export function sendMail(to: string, content: MailContent, opts: QueueOptions = {}): Queued {
  const { subject, text, html } = renderMail(content);
  if (!opts.sensitive && carriesSecretLink(text)) console.warn(`[mail] « ${subject} » porte un lien personnel sans être marqué sensitive : son contenu ne sera pas conservé.`);
  const sensitive = opts.sensitive || carriesSecretLink(text) || carriesSecretLink(html);
  const queued = enqueueMail(opts.db ?? db, { to, subject, text, html, attachments: opts.attachments, sensitive, concerns: opts.concerns, maxAttempts: opts.maxAttempts }, new Date());
  // After the caller's synchronous transaction has committed: the worker's claim runs on a later turn.
  g.__boussoleOutbox?.wake();
  return queued;
}

/**
 * Waits for a mail's outcome, at most `ms`: true once the relay accepted it (or the demo kept it), false when
 * it was refused or is still on its way. Polls the row, as the worker may be another module copy.
 */
export async function waitForDelivery(mailId: number, ms = 10_000): Promise<{ delivered: boolean; error?: string }> {
  const until = Date.now() + ms;
  for (;;) {
    const state = mailState(db, mailId);
    if (state?.status === "remis" || state?.status === "conserve") return { delivered: true };
    if (state?.status === "non_remis") return { delivered: false, error: state.error ?? undefined };
    if (Date.now() >= until) return { delivered: false, error: "délai d'envoi dépassé" };
    await sleep(Math.min(100, Math.max(0, until - Date.now())));
  }
}
