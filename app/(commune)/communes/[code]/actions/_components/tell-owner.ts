/**
 * What the person acting reads once a next step is saved. The e-mail to its owner was written with the step
 * (lib/mail/next-step-changes.ts) and is on its way: the sentence says so, never that it arrived.
 */
import type { ToldNextStep } from "@/lib/mail/next-step-changes";
import { formatDate } from "@/lib/dates";

/** "Prochaine étape ajoutée : « … », confiée à …, d'ici le …", and the e-mail on its way to the owner. */
export function addedMessage(saved: ToldNextStep): string {
  const { step } = saved;
  return [`Prochaine étape ajoutée : « ${step.title} », confiée à ${step.ownerLabel}, d'ici le ${formatDate(step.dueOn)}.`, toldSentence(saved)].filter(Boolean).join(" ");
}

export function toldSentence(saved: ToldNextStep): string {
  return saved.told && saved.notify ? `Un e-mail part pour en prévenir ${saved.notify.name}.` : "";
}
