/**
 * Removals, each written with the e-mail that tells the person in one IMMEDIATE transaction (the data
 * function's own becomes a savepoint): a refused removal writes no mail, and a mail that cannot be written
 * undoes the removal. The outbox's worker sends it; the page says it is on its way, never that it arrived.
 */
import "server-only";
import { write, within, type DataContext, type FederationDataContext } from "@/db/context";
import { removeFederationMember, unassignFacilitator } from "@/db/federations";
import { displayName } from "@/db/users";
import { memberRoleLabel, removeWorkspaceMember } from "@/db/workspaces";
import { FEDERATION_ROLE_LABELS } from "@/lib/domain/enums";
import { sendFacilitatorUnassigned, sendRemovedFromFederation, sendRemovedFromWorkspace } from "./removal-messages";

/** The maire removes someone from the commune's workspace; null when not a member of it. */
export function removeWorkspaceMemberAndTell(data: DataContext, input: { memberId: number; communeName: string }) {
  return write(data, (tx) => {
    const removed = removeWorkspaceMember(within(data, tx), { memberId: input.memberId });
    if (!removed) return null;
    sendRemovedFromWorkspace(removed.email, { remover: displayName(data.actor), communeName: input.communeName, role: memberRoleLabel(removed) }, { db: tx });
    return removed;
  });
}

/** An admin removes one role of a federation's member; null when not this federation's. */
export function removeFederationMemberAndTell(data: FederationDataContext, input: { memberId: number }) {
  return write(data, (tx) => {
    const removed = removeFederationMember(within(data, tx), input);
    if (!removed) return null;
    sendRemovedFromFederation(
      removed.email,
      { remover: displayName(data.actor), federationName: removed.federationName, role: FEDERATION_ROLE_LABELS[removed.role].toLowerCase(), communes: removed.communes },
      { db: tx },
    );
    return removed;
  });
}

/** An admin ends a facilitator's accompaniment of one commune; null when there is none. */
export function unassignFacilitatorAndTell(data: FederationDataContext, input: { communeCode: string; userId: string }) {
  return write(data, (tx) => {
    const done = unassignFacilitator(within(data, tx), input);
    if (!done) return null;
    sendFacilitatorUnassigned(done.email, { remover: displayName(data.actor), federationName: done.federationName, communeName: done.communeName }, { db: tx });
    return done;
  });
}
