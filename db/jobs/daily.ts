/**
 * `npm run jobs:daily [-- --date=YYYY-MM-DD]`: the reminders of the day (run by cron in production, by hand
 * too). The date stands in for today (tests, catching up by hand); without it the wall clock is read once.
 * First purges the data past its retention (`npm run db:purge`, at the real clock). Prints one line per e-mail and a count; exits 1 when an e-mail failed (it is retried at the next run).
 */
import { db } from "@/db/client";
import { systemNow } from "@/db/clock";
import { mode, smtpUrlProblem } from "@/lib/config";
import { drainOptions, sendMail, waitForDelivery } from "@/lib/mail/send";
import { drainOutbox } from "@/lib/mail/outbox-worker";
import type { MailContent } from "@/lib/mail/render";
import { isDay, jobInstant } from "@/lib/reminders/rules";
import { purgeExpired, purgeLine } from "./purge";
import { runDailyJob, summaryLine } from "./run";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dateArg = args.find((a) => a.startsWith("--date="))?.slice("--date=".length);
  const unknown = args.filter((a) => !a.startsWith("--date="));
  if (unknown.length || (dateArg !== undefined && !isDay(dateArg))) {
    console.error("Usage : npm run jobs:daily [-- --date=AAAA-MM-JJ]  (la date, réelle, remplace aujourd'hui)");
    return 2;
  }
  if (mode() === "production") {
    const problem = smtpUrlProblem(process.env.SMTP_URL);
    if (problem) {
      console.error(problem);
      return 2;
    }
  }
  // The command is an entry point: it reads the clock once, as the guards do for the app.
  const now = dateArg ? jobInstant(dateArg) : systemNow();
  // The purge of data past its retention follows the real clock: a date given by hand must not delete early.
  console.log(purgeLine(purgeExpired({ db, now: systemNow() })));
  const summary = await runDailyJob({ db, now }, { send: sendNow, log: (line) => console.log(line) });
  console.log(summaryLine(summary));
  return summary.failed ? 1 : 0;
}

/**
 * Through the outbox, drained at once: the command reports each outcome. Tried once (`maxAttempts: 1`): the
 * reminders' own ledger retries a failed one at the next run, so the worker must not send it a second time.
 */
async function sendNow(to: string, content: MailContent) {
  const { mailId } = sendMail(to, content, { maxAttempts: 1 });
  await drainOutbox(drainOptions());
  // A running server's worker may have taken it first: its outcome is waited for (its SMTP timeouts are 10 s).
  const outcome = await waitForDelivery(mailId, 30_000);
  return outcome.delivered ? { ok: true as const, mailId } : { ok: false as const, mailId, error: outcome.error ?? "non envoyé" };
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`Le passage quotidien a échoué : ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
