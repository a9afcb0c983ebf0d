/**
 * The federation's answer to a commune's request, written with the e-mails it causes in one IMMEDIATE
 * transaction (the data function's own becomes a savepoint): a refused or rolled-back answer writes no mail,
 * and a mail that cannot be written undoes the answer. The outbox's worker sends them.
 */
import "server-only";
import { write, within, type FederationDataContext } from "@/db/context";
import { acceptFederationRequest, declineFederationRequest } from "@/db/federations";
import { displayName } from "@/db/users";
import { sendFacilitatorAssigned, sendRequestAccepted, sendRequestDeclined } from "./messages";

/** Accepts the request; the mayor who asked and each facilitator are told. Null when not this federation's request. */
export function acceptRequestAndTell(data: FederationDataContext, input: Parameters<typeof acceptFederationRequest>[1]) {
  return write(data, (tx) => {
    const done = acceptFederationRequest(within(data, tx), input);
    if (!done) return null;
    const about = { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName };
    if (done.requesterEmail) sendRequestAccepted(done.requesterEmail, { ...about, facilitators: done.facilitators.map(displayName) }, { db: tx });
    for (const f of done.facilitators) sendFacilitatorAssigned(f.email, { ...about, assignedBy: displayName(data.actor) }, { db: tx });
    return done;
  });
}

/** Declines the request; the mayor who asked receives the reason. Null when not this federation's request. */
export function declineRequestAndTell(data: FederationDataContext, input: Parameters<typeof declineFederationRequest>[1]) {
  return write(data, (tx) => {
    const done = declineFederationRequest(within(data, tx), input);
    if (!done) return null;
    if (done.requesterEmail) {
      sendRequestDeclined(done.requesterEmail, { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName, reason: input.reason }, { db: tx });
    }
    return done;
  });
}
