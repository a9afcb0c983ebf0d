"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { federationNotificationAddresses, requestFederation, withdrawFederationRequest } from "@/db/federations";
import { displayName } from "@/db/users";
import { formAction } from "@/lib/actions/action";
import { requireCommuneRole } from "@/lib/auth/guards";
import { write, within } from "@/db/context";
import { sendFederationFounderNotice, sendFederationRequestNotice } from "@/lib/mail/messages";
import { federationRequestSchema, withdrawRequestSchema } from "@/lib/validation/workspace";

export const requestFederationAction = formAction({
  schema: federationRequestSchema,
  authorize: (input) => requireCommuneRole(input.code, "federationRequest.send"),
  run: async (input, ctx) => {
    // The request and its e-mails in one transaction: the worker sends them, the request does not wait for SMTP.
    write(ctx.data, (tx) => {
      const data = within(ctx.data, tx);
      const { federation, request, founder } = requestFederation(data, { federationId: input.federationId, message: input.message });
      const notice = { federationName: federation.name, communeName: ctx.commune.name, requester: displayName(ctx.user), message: input.message };
      if (founder) {
        // No admin on Boussole: the directory address gets the request with the founding link.
        sendFederationFounderNotice(founder.email, { ...notice, token: founder.token }, { db: tx, concerns: { kind: "invitation", id: founder.invitation.id } });
      } else {
        for (const to of federationNotificationAddresses(data, { federationId: federation.id })) {
          sendFederationRequestNotice(to, { ...notice, federationId: federation.id, requestId: request.id }, { db: tx });
        }
      }
    });
    revalidatePath(`/communes/${ctx.commune.code}`, "layout");
    // Once a request is pending the page no longer shows the form: the page says what was done.
    redirect(`/communes/${ctx.commune.code}/federation?demande=envoyee`);
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
