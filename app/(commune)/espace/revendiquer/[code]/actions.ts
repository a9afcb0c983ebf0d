"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action";
import { ok } from "@/lib/actions/state";
import { requireAccount } from "@/lib/auth/guards";
import { operatorEmail } from "@/lib/config";
import { fileClaimAndTell } from "@/lib/mail/claim-changes";
import { fileClaimSchema } from "@/lib/validation/claims";

/**
 * "Je suis le/la maire de cette commune": the claim goes to the admins of the federation(s) of the commune's
 * region, and to the Boussole team when BOUSSOLE_OPERATOR_EMAIL is set.
 */
export const fileClaimAction = formAction({
  schema: fileClaimSchema,
  authorize: (input) => requireAccount("workspace.claim", `/espace/revendiquer/${input.code}`),
  run: async (input, { data }) => {
    const operator = operatorEmail();
    const { claim, commune, reviewing } = fileClaimAndTell(data, input, { operator });
    if (!reviewing.length && !operator) console.warn(`[revendication] ${commune.name} : aucun admin de fédération ni BOUSSOLE_OPERATOR_EMAIL pour examiner la revendication n° ${claim.id}.`);
    revalidatePath(`/espace/revendiquer/${commune.code}`);
    return ok(
      reviewing.length
        ? `Votre revendication est envoyée à la ${reviewing.map((f) => f.shortName).join(" et à la ")}. Ses admins vérifieront auprès de la mairie avant de vous transférer le rôle de maire ; vous recevrez leur réponse par e-mail.`
        : "Votre revendication est enregistrée : elle sera examinée par l'équipe Boussole, qui vérifiera auprès de la mairie. Vous recevrez la réponse par e-mail.",
    );
  },
});
