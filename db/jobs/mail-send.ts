/**
 * `npm run mail:send`: sends what the outbox holds that is due, once, and exits (for a cron, or by hand when no
 * server runs). The server's own worker does the same continuously; both may run at once (claims are exclusive).
 * Exits 1 when an attempt failed (the mail is retried with back-off, or marked "non remis" after the last one).
 */
import { unsettledCount } from "@/db/mail/outbox";
import { db } from "@/db/client";
import { mode, smtpUrlProblem } from "@/lib/config";
import { drainOptions } from "@/lib/mail/send";
import { drainOutbox } from "@/lib/mail/outbox-worker";

async function main(): Promise<number> {
  if (mode() === "production") {
    const problem = smtpUrlProblem(process.env.SMTP_URL);
    if (problem) {
      console.error(problem);
      return 2;
    }
  }
  const tally = await drainOutbox(drainOptions());
  console.log(`${tally.remis} e-mail(s) remis, ${tally.echecs} tentative(s) en échec ; ${unsettledCount(db)} encore dans la boîte d'envoi.`);
  return tally.echecs ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`L'envoi des e-mails en attente a échoué : ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
