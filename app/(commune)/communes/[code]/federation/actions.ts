"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { federationNotificationAddresses, requestFederation, withdrawFederationRequest } from "@/db/federations";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { markDelivery } from "@/db/invitations";
import { sendFederationFounderNotice, sendFederationRequestNotice } from "@/lib/mail/messages";
import type { SendResult } from "@/lib/mail/send";
import { federationRequestSchema, withdrawRequestSchema } from "@/lib/validation/workspace";

export const requestFederationAction = formAction({
  schema: federationRequestSchema,
  authorize: (input) => requireCommuneRole(input.code, "federationRequest.send"),
  run: async (input, ctx) => {
    const { federation, request, founder } = requestFederation(ctx.data, { federationId: input.federationId, message: input.message });
    const notice = { federationName: federation.name, communeName: ctx.commune.name, requester: displayName(ctx.user), message: input.message };
    let results: SendResult[];
    if (founder) {
      // No admin on Boussole: the directory address gets the request with the founding link.
      const sent = await sendFederationFounderNotice(founder.email, { ...notice, token: founder.token });
      markDelivery(ctx.data, { invitationId: founder.invitation.id, ok: sent.ok });
      results = [sent];
    } else {
      const recipients = federationNotificationAddresses(ctx.data, { federationId: federation.id });
      results = await Promise.all(recipients.map((to) => sendFederationRequestNotice(to, { ...notice, federationId: federation.id, requestId: request.id })));
    }
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
