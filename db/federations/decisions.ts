/**
 * The federation's answer to a commune's request: accepted with one or two facilitators, or declined with a
 * reason. A request of another federation is "not found" (null); an answered one, a FormError.
 */
import { and, eq, inArray } from "drizzle-orm";
import { write, type FederationDataContext, type Tx } from "../context";
import { communes, federationMembers, federationRequests, federations, users, workspaceMembers, workspaces } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { markVerified } from "../trust/verification";
import { FieldError, FormError } from "@/lib/domain/errors";

/** The pending request of this federation, with what the answer's e-mails need; null when not its own. */
function pendingRequest(tx: Tx, federationId: string, requestId: number) {
  const row = tx
    .select({
      request: federationRequests,
      communeName: communes.name,
      communeCode: communes.code,
      verifiedAt: workspaces.verifiedAt,
      federationName: federations.name,
      requesterEmail: users.email,
    })
    .from(federationRequests)
    .innerJoin(workspaces, eq(workspaces.id, federationRequests.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .innerJoin(federations, eq(federations.id, federationRequests.federationId))
    .innerJoin(users, eq(users.id, federationRequests.requestedBy))
    .where(and(eq(federationRequests.id, requestId), eq(federationRequests.federationId, federationId)))
    .get();
  if (!row) return null;
  if (row.request.status !== "pending") {
    throw new FormError(
      row.request.status === "withdrawn"
        ? "La commune a retiré cette demande entre-temps."
        : "Cette demande a déjà reçu une réponse (peut-être d'un·e autre admin) : rechargez la page.",
    );
  }
  return row;
}

/** Moves the request on from the version it was read at: a FormError when someone answered meanwhile. */
function decide(tx: Tx, request: typeof federationRequests.$inferSelect, values: Partial<typeof federationRequests.$inferInsert>) {
  const done = tx
    .update(federationRequests)
    .set({ ...values, version: request.version + 1 })
    .where(and(eq(federationRequests.id, request.id), eq(federationRequests.version, request.version)))
    .run();
  if (done.changes !== 1) throw new FormError("Cette demande vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
}

/**
 * Accepts the request; the facilitators (members of the federation) join the commune's workspace. A workspace
 * still "à vérifier" is verified by the same act: the admin must say they checked with the town hall that the
 * requester is the mayor (`mandateChecked`, and how); the verification is recorded with who and when.
 */
export function acceptFederationRequest(
  ctx: FederationDataContext,
  input: { requestId: number; facilitatorIds: string[]; mandateChecked?: boolean; mandateCheckHow?: string | null },
) {
  const { federationId, actor, now } = ctx;
  return write(ctx, (tx) => {
    const row = pendingRequest(tx, federationId, input.requestId);
    if (!row) return null;
    const people = tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(federationMembers)
      .innerJoin(users, eq(users.id, federationMembers.userId))
      .where(and(eq(federationMembers.federationId, federationId), inArray(federationMembers.userId, input.facilitatorIds)))
      .all();
    const unique = [...new Map(people.map((p) => [p.id, p])).values()];
    if (unique.length !== input.facilitatorIds.length) {
      throw new FieldError("facilitatorIds", "Choisissez les facilitateurs parmi les membres de la fédération.");
    }
    if (!row.verifiedAt && !input.mandateChecked) {
      throw new FieldError(
        "mandateChecked",
        `Avant d'accepter, vérifiez auprès de la mairie de ${row.communeName} que la personne qui a ouvert l'espace en est bien le maire, puis cochez la case.`,
      );
    }
    decide(tx, row.request, { status: "accepted", decidedAt: now, decidedBy: actor.id });
    if (!row.verifiedAt) {
      markVerified(tx, {
        workspaceId: row.request.workspaceId,
        communeName: row.communeName,
        via: "federation",
        by: { id: actor.id, name: `${displayName(actor)} (${row.federationName})` },
        how: input.mandateCheckHow,
        now,
      });
    }
    for (const p of unique) {
      tx.insert(workspaceMembers)
        .values({ workspaceId: row.request.workspaceId, userId: p.id, role: "facilitateur", federationId, createdAt: now })
        .onConflictDoNothing()
        .run();
    }
    const names = unique.map(displayName).join(" et ");
    recordHistory(tx, {
      workspaceId: row.request.workspaceId,
      actorId: actor.id,
      action: "federation.accepted",
      summary: `${displayName(actor)} a accepté, pour la ${row.federationName}, d'accompagner la commune ; ${unique.length > 1 ? "facilitateurs" : "facilitateur·rice"} : ${names}.`,
      createdAt: now,
    });
    recordHistory(tx, {
      federationId,
      actorId: actor.id,
      action: "federation.accepted",
      summary: `Demande de ${row.communeName} acceptée ; accompagnement par ${names}.`,
      createdAt: now,
    });
    return { ...row, facilitators: unique };
  });
}

/** Declines the request with a reason, sent to the commune; the commune may ask again. */
export function declineFederationRequest(ctx: FederationDataContext, input: { requestId: number; reason: string }) {
  const { federationId, actor, now } = ctx;
  return write(ctx, (tx) => {
    const row = pendingRequest(tx, federationId, input.requestId);
    if (!row) return null;
    decide(tx, row.request, { status: "declined", declineReason: input.reason, decidedAt: now, decidedBy: actor.id });
    recordHistory(tx, {
      workspaceId: row.request.workspaceId,
      actorId: actor.id,
      action: "federation.declined",
      summary: `${displayName(actor)} a décliné, pour la ${row.federationName}, la demande d'accompagnement. Motif : ${input.reason}`,
      createdAt: now,
    });
    recordHistory(tx, { federationId, actorId: actor.id, action: "federation.declined", summary: `Demande de ${row.communeName} déclinée.`, createdAt: now });
    return row;
  });
}
