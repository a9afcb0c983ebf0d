/**
 * A claim on a commune's maire role and the federation's answer, each written with the e-mails it causes in
 * one IMMEDIATE transaction (the data function's own becomes a savepoint): a refused or rolled-back change
 * writes no mail, and a mail that cannot be written undoes the change. The outbox's worker sends them.
 */
import "server-only";
import { write, within, type ActorContext, type FederationDataContext } from "@/db/context";
import { rejectClaim, transferMaireRole } from "@/db/federations";
import { fileCommuneClaim } from "@/db/workspaces";
import { sendClaimRejected, sendClaimToFederation, sendClaimToOperator, sendMaireRoleGranted, sendMaireRoleWithdrawn } from "./claim-messages";

type ClaimFields = Parameters<typeof fileCommuneClaim>[1];

/**
 * Files the claim and writes its e-mails: to each admin of the federations of the commune's region, and to the
 * Boussole team (`operator`, BOUSSOLE_OPERATOR_EMAIL) when there is one. `reviewing`: the federations told.
 */
export function fileClaimAndTell(data: ActorContext, input: ClaimFields, opts: { operator: string | undefined }) {
  return write(data, (tx) => {
    const filed = fileCommuneClaim(within(data, tx), input);
    const { claim, commune, reviewers } = filed;
    const reviewing = reviewers.filter((f) => f.adminEmails.length > 0);
    for (const f of reviewing) {
      for (const to of f.adminEmails) sendClaimToFederation(to, { federationId: f.id, federationName: f.name, claim, commune }, { db: tx });
    }
    if (opts.operator) {
      sendClaimToOperator(opts.operator, { claim, claimantEmail: data.actor.email, commune, federations: reviewers.map((f) => f.name), reviewed: reviewing.length > 0 }, { db: tx });
    }
    return { ...filed, reviewing };
  });
}

/** Transfers the maire role and tells the new maire and each one who held it; null when not this federation's claim. */
export function transferClaimAndTell(data: FederationDataContext, input: Parameters<typeof transferMaireRole>[1]) {
  return write(data, (tx) => {
    const done = transferMaireRole(within(data, tx), input);
    if (!done) return null;
    sendMaireRoleGranted(done.claimant.email, { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName }, { db: tx });
    for (const p of done.previous) {
      sendMaireRoleWithdrawn(p.email, { communeName: done.communeName, federationName: done.federationName, federationEmail: done.federationEmail, newMaire: done.claimant.name }, { db: tx });
    }
    return done;
  });
}

/** Refuses the claim and writes the reason's e-mail to the claimant; null when not this federation's claim. */
export function rejectClaimAndTell(data: FederationDataContext, input: Parameters<typeof rejectClaim>[1]) {
  return write(data, (tx) => {
    const done = rejectClaim(within(data, tx), input);
    if (!done) return null;
    sendClaimRejected(done.claimant.email, { communeCode: done.communeCode, communeName: done.communeName, federationName: done.federationName, reason: input.reason }, { db: tx });
    return done;
  });
}
