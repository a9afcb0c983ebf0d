/**
 * Once a next step is written, its owner with an account is told by e-mail; the step stays saved whatever
 * the e-mail does, and the message to the person acting says how it went.
 */
import "server-only";
import type { SavedNextStep } from "@/db/next-steps";
import { displayName } from "@/db/users";
import type { CommuneContext } from "@/lib/auth/guards";
import { formatDate } from "@/lib/dates";
import { sendNextStepAssigned } from "@/lib/mail/next-step-messages";

export type Told = "nobody" | "sent" | "failed";

export async function tellOwner(ctx: CommuneContext, saved: SavedNextStep, reassigned: boolean): Promise<Told> {
  if (!saved.notify) return "nobody";
  const { step, meeting } = saved;
  // Written to the outbox: "sent" means handed to the worker, which retries it; the request does not wait for SMTP.
  sendNextStepAssigned(
    saved.notify,
    { title: step.title, details: step.details, dueOn: step.dueOn, communeName: ctx.commune.name, assignedBy: displayName(ctx.user), meeting, lead: step.lead, reassigned },
    { code: ctx.commune.code },
  );
  return "sent";
}

/** "Prochaine étape ajoutée : « … », confiée à …, d'ici le …", and what became of the e-mail. */
export function addedMessage(saved: SavedNextStep, told: Told): string {
  const { step } = saved;
  return [`Prochaine étape ajoutée : « ${step.title} », confiée à ${step.ownerLabel}, d'ici le ${formatDate(step.dueOn)}.`, toldSentence(saved, told)].filter(Boolean).join(" ");
}

export function toldSentence(saved: SavedNextStep, told: Told): string {
  if (told === "sent") return `${saved.notify!.name} en est prévenu·e par e-mail.`;
  if (told === "failed") return `L'e-mail à ${saved.notify!.name} (${saved.notify!.email}) n'a pas pu partir : prévenez cette personne autrement.`;
  return "";
}
