"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireFederationRole } from "@/lib/auth/guards";
import { acceptRequestAndTell, declineRequestAndTell } from "@/lib/mail/federation-changes";
import { acceptRequestSchema, declineRequestSchema } from "@/lib/validation/federation";

export const acceptRequestAction = formAction({
  schema: acceptRequestSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.decide"),
  run: async (input, ctx) => {
    const done = acceptRequestAndTell(ctx.data, {
      requestId: input.requestId,
      facilitatorIds: input.facilitatorIds,
      mandateChecked: input.mandateChecked,
      mandateCheckHow: input.mandateCheckHow || null,
    });
    if (!done) notFound();
    const names = done.facilitators.map(displayName);
    revalidatePath(`/federation/${ctx.federationId}`);
    return { status: "success", message: `Demande de ${done.communeName} acceptée ; ${names.join(" et ")} ${names.length > 1 ? "accompagnent" : "accompagne"} la commune.` };
  },
});

export const declineRequestAction = formAction({
  schema: declineRequestSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.decide"),
  run: async (input, ctx) => {
    const done = declineRequestAndTell(ctx.data, { requestId: input.requestId, reason: input.reason });
    if (!done) notFound();
    revalidatePath(`/federation/${ctx.federationId}`);
    return { status: "success", message: `Demande de ${done.communeName} déclinée ; un e-mail part pour en donner le motif à la commune.` };
  },
});
