/**
 * The daily job: selects the reminders due on the context's day, claims each one in the ledger, sends it,
 * and records how the send went. The mail transport is a parameter: the command sends through lib/mail (SMTP,
 * kept in the development mailbox in demo mode), the tests through a fake.
 */
import type { BaseContext } from "../context";
import type { MailContent } from "@/lib/mail/render";
import { checklistReminders } from "./checklist-reminders";
import { federationReminders } from "./federation-reminders";
import { nextStepReminders } from "./next-step-reminders";
import { claimReminder, recordReminderDelivery, unsentCandidates, type ReminderCandidate } from "./reminders";

export type Transport = (to: string, content: MailContent) => Promise<{ ok: true; mailId: number | null } | { ok: false; mailId: number | null; error: string }>;

export type DailySummary = { sent: number; failed: number; alreadySent: number; lines: string[] };

const KIND_LABELS: Record<ReminderCandidate["kind"], string> = { checklist: "check-list", prochaine_etape: "prochaine étape", federation: "fédération" };

/** Every reminder due on `ctx.now`'s day, each sent at most once; returns what was sent, line by line. */
export async function runDailyJob(ctx: BaseContext, deps: { send: Transport; log?: (line: string) => void }): Promise<DailySummary> {
  const log = deps.log ?? (() => {});
  const candidates = [...checklistReminders(ctx), ...nextStepReminders(ctx), ...federationReminders(ctx)];
  const { todo, alreadySent } = unsentCandidates(ctx, candidates);
  const summary: DailySummary = { sent: 0, failed: 0, alreadySent, lines: [] };
  for (const c of todo) {
    const reminderId = claimReminder(ctx, c);
    if (reminderId === null) {
      summary.alreadySent++;
      continue;
    }
    let result: Awaited<ReturnType<Transport>>;
    try {
      result = await deps.send(c.recipient, c.content);
    } catch (e) {
      result = { ok: false, mailId: null, error: e instanceof Error ? e.message : String(e) };
    }
    recordReminderDelivery(ctx, { reminderId, ok: result.ok, mailId: result.mailId });
    const line = result.ok
      ? `envoyé [${KIND_LABELS[c.kind]}] à ${c.recipient} : ${c.content.subject}`
      : `ÉCHEC [${KIND_LABELS[c.kind]}] à ${c.recipient} : ${c.content.subject} — ${result.error} (sera retenté au prochain passage)`;
    if (result.ok) summary.sent++;
    else summary.failed++;
    summary.lines.push(line);
    log(line);
  }
  return summary;
}

/** The closing line of the command's output. */
export function summaryLine(s: DailySummary): string {
  if (s.sent === 0 && s.failed === 0) return s.alreadySent ? `Rien à envoyer (${s.alreadySent} rappel(s) déjà envoyé(s) récemment).` : "Rien à envoyer.";
  return `${s.sent} e-mail(s) envoyé(s)${s.failed ? `, ${s.failed} en échec (retentés au prochain passage)` : ""}${s.alreadySent ? `, ${s.alreadySent} déjà envoyé(s) récemment` : ""}.`;
}
