/**
 * A federation admin's answer to a claim: transfer the maire role to the claimant (after checking with the
 * town hall) or refuse it with a reason. A claim outside the federation's regions is "not found" (null);
 * a claim already answered, or answered meanwhile (its version moved on), is a FormError. Nothing is
 * written then.
 */
import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import { write, type FederationDataContext, type Tx } from "../context";
import { communeClaims, communes, federationRegions, federations, users, workspaceMembers, workspaces } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { FormError } from "@/lib/domain/errors";

const ANSWERED = "Cette revendication a déjà reçu une réponse (peut-être d'un·e autre admin) : rechargez la page.";

/** The pending claim, if it is on a workspace of the federation's regions; null otherwise. */
function pendingClaim(tx: Tx, federationId: string, claimId: number, version: number) {
  const row = tx
    .select({
      claim: communeClaims,
      communeCode: communes.code,
      communeName: communes.name,
      federationName: federations.name,
      federationEmail: federations.email,
      claimantEmail: users.email,
      claimantDeletedAt: users.deletedAt,
    })
    .from(communeClaims)
    .innerJoin(workspaces, eq(workspaces.id, communeClaims.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .innerJoin(federationRegions, and(eq(federationRegions.regionCode, communes.regionCode), eq(federationRegions.federationId, federationId)))
    .innerJoin(federations, eq(federations.id, federationRegions.federationId))
    .innerJoin(users, eq(users.id, communeClaims.claimantId))
    .where(eq(communeClaims.id, claimId))
    .get();
  if (!row) return null;
  if (row.claim.status !== "pending" || row.claim.version !== version) throw new FormError(ANSWERED);
  return row;
}

/** Moves the claim on from the version it was read at: a FormError when another admin answered meanwhile. */
function decide(tx: Tx, claim: typeof communeClaims.$inferSelect, values: Partial<typeof communeClaims.$inferInsert>) {
  const done = tx
    .update(communeClaims)
    .set({ ...values, version: claim.version + 1 })
    .where(and(eq(communeClaims.id, claim.id), eq(communeClaims.version, claim.version), eq(communeClaims.status, "pending")))
    .run();
  if (done.changes !== 1) throw new FormError(ANSWERED);
}

/**
 * The claimant becomes maire; whoever held the role loses it (their other roles stay); the workspace is
 * verified by this admin. Other pending claims on the workspace stay pending.
 */
export function transferMaireRole(ctx: FederationDataContext, input: { claimId: number; version: number; note: string }) {
  const { federationId, actor, now } = ctx;
  return write(ctx, (tx) => {
    const row = pendingClaim(tx, federationId, input.claimId, input.version);
    if (!row) return null;
    if (row.claimantDeletedAt) throw new FormError("Le compte de cette personne a été supprimé : le rôle ne peut pas lui être transféré. Refusez la revendication.");
    const { claim } = row;
    decide(tx, claim, { status: "transferred", decidedAt: now, decidedBy: actor.id, decisionNote: input.note || null });
    const previous = tx
      .select({ id: users.id, name: users.name, email: users.email, deletedAt: users.deletedAt })
      .from(workspaceMembers)
      .innerJoin(users, eq(users.id, workspaceMembers.userId))
      .where(and(eq(workspaceMembers.workspaceId, claim.workspaceId), eq(workspaceMembers.role, "maire"), ne(workspaceMembers.userId, claim.claimantId)))
      .orderBy(asc(workspaceMembers.id))
      .all();
    if (previous.length) {
      tx.delete(workspaceMembers)
        .where(and(eq(workspaceMembers.workspaceId, claim.workspaceId), eq(workspaceMembers.role, "maire"), inArray(workspaceMembers.userId, previous.map((p) => p.id))))
        .run();
    }
    tx.insert(workspaceMembers).values({ workspaceId: claim.workspaceId, userId: claim.claimantId, role: "maire", createdAt: now }).onConflictDoNothing().run();
    // The name the federation just checked, for an account that gave none: mails and pages name the new maire.
    tx.update(users).set({ name: claim.name }).where(and(eq(users.id, claim.claimantId), isNull(users.name))).run();
    tx.update(workspaces).set({ verifiedAt: now, verifiedBy: actor.id, verifiedVia: "federation" }).where(eq(workspaces.id, claim.workspaceId)).run();
    const former = previous.map(displayName).join(", ");
    recordHistory(tx, {
      workspaceId: claim.workspaceId,
      actorId: actor.id,
      action: "workspace.maire_transferred",
      summary: `${displayName(actor)} a vérifié auprès de la mairie, pour la ${row.federationName}, que ${claim.name} est ${claim.role.toLowerCase()} de ${row.communeName}, et lui a transféré le rôle de maire${former ? ` ; ${former} ${previous.length > 1 ? "ne sont" : "n'est"} plus maire` : ""}.`,
      createdAt: now,
    });
    recordHistory(tx, {
      federationId,
      actorId: actor.id,
      action: "workspace.maire_transferred",
      summary: `Rôle de maire de ${row.communeName} transféré à ${claim.name} après vérification auprès de la mairie.`,
      createdAt: now,
    });
    return {
      communeCode: row.communeCode,
      communeName: row.communeName,
      federationName: row.federationName,
      federationEmail: row.federationEmail,
      claimant: { name: claim.name, email: row.claimantEmail },
      previous: previous.filter((p) => !p.deletedAt).map((p) => ({ name: displayName(p), email: p.email })),
    };
  });
}

/** Refuses the claim with a reason, told to the claimant; nobody's role changes. */
export function rejectClaim(ctx: FederationDataContext, input: { claimId: number; version: number; reason: string }) {
  const { federationId, actor, now } = ctx;
  return write(ctx, (tx) => {
    const row = pendingClaim(tx, federationId, input.claimId, input.version);
    if (!row) return null;
    decide(tx, row.claim, { status: "rejected", decidedAt: now, decidedBy: actor.id, decisionNote: input.reason });
    // The reason is the claimant's to read: the workspace's team sees that a claim was refused, not why.
    recordHistory(tx, {
      workspaceId: row.claim.workspaceId,
      actorId: actor.id,
      action: "workspace.claim_rejected",
      summary: `${displayName(actor)} a refusé, pour la ${row.federationName}, la revendication du rôle de maire déposée par ${row.claim.name}.`,
      createdAt: now,
    });
    recordHistory(tx, {
      federationId,
      actorId: actor.id,
      action: "workspace.claim_rejected",
      summary: `Revendication de ${row.claim.name} sur ${row.communeName} refusée. Motif : ${input.reason}`,
      createdAt: now,
    });
    return { communeCode: row.communeCode, communeName: row.communeName, federationName: row.federationName, claimant: { name: row.claim.name, email: row.claimantEmail } };
  });
}
