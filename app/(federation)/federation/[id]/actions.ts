"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { acceptFederationRequest, declineFederationRequest } from "@/db/federations";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireFederationRole } from "@/lib/auth/guards";
import { sendFacilitatorAssigned, sendRequestAccepted, sendRequestDeclined } from "@/lib/mail/messages";
import { acceptRequestSchema, declineRequestSchema } from "@/lib/validation/federation";

export const acceptRequestAction = formAction({
  schema: acceptRequestSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.decide"),
  run: async (input, ctx) => {
    const done = acceptFederationRequest(ctx.data, {
      requestId: input.requestId,
      facilitatorIds: input.facilitatorIds,
      mandateChecked: input.mandateChecked,
      mandateCheckHow: input.mandateCheckHow || null,
    });
    if (!done) notFound();
    const names = done.facilitators.map(displayName);
    const mayor = done.requesterEmail;
    await Promise.all([
      mayor && sendRequestAccepted(mayor, { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName, facilitators: names }),
      ...done.facilitators.map((f) =>
        sendFacilitatorAssigned(f.email, { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName, assignedBy: displayName(ctx.user) }),
      ),
    ]);
    revalidatePath(`/federation/${ctx.federationId}`);
    return { status: "success", message: `Demande de ${done.communeName} acceptée ; ${names.join(" et ")} ${names.length > 1 ? "accompagnent" : "accompagne"} la commune.` };
  },
});

export const declineRequestAction = formAction({
  schema: declineRequestSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.decide"),
  run: async (input, ctx) => {
    const done = declineFederationRequest(ctx.data, { requestId: input.requestId, reason: input.reason });
    if (!done) notFound();
    const mayor = done.requesterEmail;
    if (mayor) await sendRequestDeclined(mayor, { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName, reason: input.reason });
    revalidatePath(`/federation/${ctx.federationId}`);
    return { status: "success", message: `Demande de ${done.communeName} déclinée ; la commune est prévenue du motif.` };
  },
});
