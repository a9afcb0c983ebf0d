"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { federationNotificationAddresses, requestFederation, withdrawFederationRequest } from "@/db/federations";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { sendFederationRequestNotice } from "@/lib/mail/messages";
import { federationRequestSchema, withdrawRequestSchema } from "@/lib/validation/workspace";

export const requestFederationAction = formAction({
  schema: federationRequestSchema,
  authorize: (input) => requireCommuneRole(input.code, "federationRequest.send"),
  run: async (input, ctx) => {
    const { federation, request } = requestFederation(ctx.data, { federationId: input.federationId, message: input.message });
    const recipients = federationNotificationAddresses(ctx.data, { federationId: federation.id });
    const results = await Promise.all(
      recipients.map((to) =>
        sendFederationRequestNotice(to, {
          federationId: federation.id,
          requestId: request.id,
          federationName: federation.name,
          communeName: ctx.commune.name,
          requester: displayName(ctx.user),
          message: input.message,
        }),
      ),
    );
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    const failed = results.some((r) => !r.ok);
    // Once a request is pending the page no longer shows the form, so a message returned to it would never be
    // seen: the outcome (notified or not) travels in the address and the page shows it.
    redirect(`/communes/${ctx.commune.code}/federation?demande=${failed ? "non-notifiee" : "envoyee"}`);
  },
});

export const withdrawRequestAction = formAction({
  schema: withdrawRequestSchema,
  authorize: (input) => requireCommuneRole(input.code, "federationRequest.send"),
  run: async (input, ctx) => {
    withdrawFederationRequest(ctx.data, { requestId: input.requestId });
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    return { status: "success", message: "Demande retirée." };
  },
});
