"use server";

import { revalidatePath } from "next/cache";
import { publicContext } from "@/lib/auth/guards";
import { answerInvitation } from "@/db/meetings";
import { formDataToObject, runAction } from "@/lib/actions/core";
import { formError, ok, type ActionState } from "@/lib/actions/state";
import { RSVP_LABELS } from "@/lib/domain/enums";
import { rsvpSchema } from "@/lib/validation/meetings";

const REFUSALS = {
  invalid: "Ce lien n'est pas valide ou a expiré : rechargez la page pour savoir à qui vous adresser.",
  started: "La réunion a commencé : les réponses ne peuvent plus être modifiées.",
  over: "La réunion est terminée : ce lien ne sert plus.",
  cancelled: "Cette réunion a été annulée : il n'y a plus de réponse à donner.",
} as const;

/**
 * The only write a personal link allows, and only through this form's POST (opening the link changes
 * nothing). No account: the token is the key, checked again here.
 */
export async function answerAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(
    rsvpSchema,
    formDataToObject(formData),
    () => null,
    (input) => {
      // No guard: the token is the key, checked again by the data function at this instant.
      const result = answerInvitation(publicContext(), input);
      if (!result.ok) return formError(REFUSALS[result.reason]);
      revalidatePath(`/reponse/${input.token}`);
      // The form shows it as the heading of its confirmation, and moves the focus there.
      return ok(`Merci, votre réponse « ${RSVP_LABELS[input.answer]} » est enregistrée.`);
    },
  );
}
