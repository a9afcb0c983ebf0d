"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { federationRequests, users } from "@/db/schema";
import { acceptFederationRequest, declineFederationRequest } from "@/db/federation-requests";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireFederationRole } from "@/lib/auth/guards";
import { sendFacilitatorAssigned, sendRequestAccepted, sendRequestDeclined } from "@/lib/mail/messages";
import { acceptRequestSchema, declineRequestSchema } from "@/lib/validation/federation";

function requesterEmail(requestId: number, federationId: string) {
  return db
    .select({ email: users.email })
    .from(federationRequests)
    .innerJoin(users, eq(users.id, federationRequests.requestedBy))
    .where(and(eq(federationRequests.id, requestId), eq(federationRequests.federationId, federationId)))
    .get()?.email;
}

export const acceptRequestAction = formAction({
  schema: acceptRequestSchema,
  authorize: (input) => requireFederationRole(input.federationId, "federation.decide"),
  run: async (input, ctx) => {
    const done = acceptFederationRequest(db, ctx.federationId, input.requestId, input.facilitatorIds, ctx.user);
    if (!done) notFound();
    const names = done.facilitators.map(displayName);
    const mayor = requesterEmail(input.requestId, ctx.federationId);
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
    const done = declineFederationRequest(db, ctx.federationId, input.requestId, input.reason, ctx.user);
    if (!done) notFound();
    const mayor = requesterEmail(input.requestId, ctx.federationId);
    if (mayor) await sendRequestDeclined(mayor, { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName, reason: input.reason });
    revalidatePath(`/federation/${ctx.federationId}`);
    return { status: "success", message: `Demande de ${done.communeName} déclinée ; la commune est prévenue du motif.` };
  },
});
