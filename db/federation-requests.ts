import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DB } from "./client";
import { communes, departements, federationMembers, federationRequests, federations, users, workspaceMembers, workspaces } from "./schema";
import { recordHistory } from "./history";
import { displayName } from "./users";
import { FieldError, FormError } from "@/lib/domain/errors";

type Actor = { id: string; email: string; name: string | null };

/** The requests addressed to a federation, newest first, with the commune and who asked (one query). */
export function federationRequestsList(db: DB, federationId: string) {
  return db
    .select({
      id: federationRequests.id,
      status: federationRequests.status,
      message: federationRequests.message,
      declineReason: federationRequests.declineReason,
      requestedAt: federationRequests.requestedAt,
      decidedAt: federationRequests.decidedAt,
      version: federationRequests.version,
      communeCode: communes.code,
      communeName: communes.name,
      population: communes.population,
      departementName: departements.name,
      mandateStart: workspaces.mandateStart,
      requesterName: users.name,
      requesterEmail: users.email,
    })
    .from(federationRequests)
    .innerJoin(workspaces, eq(workspaces.id, federationRequests.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .innerJoin(users, eq(users.id, federationRequests.requestedBy))
    .where(eq(federationRequests.federationId, federationId))
    .orderBy(desc(federationRequests.requestedAt), desc(federationRequests.id))
    .all();
}

/** The communes a federation accompanies, with their facilitators (two queries). */
export function accompaniedCommunes(db: DB, federationId: string) {
  const rows = db
    .select({ communeCode: communes.code, communeName: communes.name, departementName: departements.name, mandateStart: workspaces.mandateStart, decidedAt: federationRequests.decidedAt, workspaceId: workspaces.id })
    .from(federationRequests)
    .innerJoin(workspaces, eq(workspaces.id, federationRequests.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .where(and(eq(federationRequests.federationId, federationId), eq(federationRequests.status, "accepted")))
    .orderBy(asc(communes.name))
    .all();
  if (rows.length === 0) return [];
  const facilitators = db
    .select({ workspaceId: workspaceMembers.workspaceId, name: users.name, email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(
      and(
        inArray(workspaceMembers.workspaceId, rows.map((r) => r.workspaceId)),
        eq(workspaceMembers.role, "facilitateur"),
        eq(workspaceMembers.federationId, federationId),
      ),
    )
    .all();
  return rows.map((r) => ({ ...r, facilitators: facilitators.filter((f) => f.workspaceId === r.workspaceId).map(displayName) }));
}

function pendingRequest(tx: Pick<DB, "select">, federationId: string, requestId: number) {
  const row = tx
    .select({ request: federationRequests, communeName: communes.name, communeCode: communes.code, federationName: federations.name })
    .from(federationRequests)
    .innerJoin(workspaces, eq(workspaces.id, federationRequests.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .innerJoin(federations, eq(federations.id, federationRequests.federationId))
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

export function acceptFederationRequest(db: DB, federationId: string, requestId: number, facilitatorIds: string[], actor: Actor) {
  return db.transaction((tx) => {
    const row = pendingRequest(tx, federationId, requestId);
    if (!row) return null;
    const people = tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(federationMembers)
      .innerJoin(users, eq(users.id, federationMembers.userId))
      .where(and(eq(federationMembers.federationId, federationId), inArray(federationMembers.userId, facilitatorIds)))
      .all();
    const unique = [...new Map(people.map((p) => [p.id, p])).values()];
    if (unique.length !== facilitatorIds.length) {
      throw new FieldError("facilitatorIds", "Choisissez les facilitateurs parmi les membres de la fédération.");
    }
    const done = tx
      .update(federationRequests)
      .set({ status: "accepted", decidedAt: new Date(), decidedBy: actor.id, version: row.request.version + 1 })
      .where(and(eq(federationRequests.id, requestId), eq(federationRequests.version, row.request.version)))
      .run();
    if (done.changes !== 1) throw new FormError("Cette demande vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
    for (const p of unique) {
      tx.insert(workspaceMembers)
        .values({ workspaceId: row.request.workspaceId, userId: p.id, role: "facilitateur", federationId })
        .onConflictDoNothing()
        .run();
    }
    const names = unique.map(displayName).join(" et ");
    recordHistory(tx, {
      workspaceId: row.request.workspaceId,
      actorId: actor.id,
      action: "federation.accepted",
      summary: `${displayName(actor)} a accepté, pour la ${row.federationName}, d'accompagner la commune ; ${unique.length > 1 ? "facilitateurs" : "facilitateur·rice"} : ${names}.`,
    });
    recordHistory(tx, {
      federationId,
      actorId: actor.id,
      action: "federation.accepted",
      summary: `Demande de ${row.communeName} acceptée ; accompagnement par ${names}.`,
    });
    return { ...row, facilitators: unique };
  });
}

export function declineFederationRequest(db: DB, federationId: string, requestId: number, reason: string, actor: Actor) {
  return db.transaction((tx) => {
    const row = pendingRequest(tx, federationId, requestId);
    if (!row) return null;
    const done = tx
      .update(federationRequests)
      .set({ status: "declined", declineReason: reason, decidedAt: new Date(), decidedBy: actor.id, version: row.request.version + 1 })
      .where(and(eq(federationRequests.id, requestId), eq(federationRequests.version, row.request.version)))
      .run();
    if (done.changes !== 1) throw new FormError("Cette demande vient d'être modifiée par quelqu'un d'autre : rechargez la page.");
    recordHistory(tx, {
      workspaceId: row.request.workspaceId,
      actorId: actor.id,
      action: "federation.declined",
      summary: `${displayName(actor)} a décliné, pour la ${row.federationName}, la demande d'accompagnement. Motif : ${reason}`,
    });
    recordHistory(tx, { federationId, actorId: actor.id, action: "federation.declined", summary: `Demande de ${row.communeName} déclinée.` });
    return row;
  });
}

/** The federations where a user is a member, with their roles. */
export function userFederations(db: DB, userId: string) {
  const rows = db
    .select({ id: federations.id, name: federations.name, shortName: federations.shortName, role: federationMembers.role })
    .from(federationMembers)
    .innerJoin(federations, eq(federations.id, federationMembers.federationId))
    .where(eq(federationMembers.userId, userId))
    .all();
  const map = new Map<string, { id: string; name: string; shortName: string; roles: string[] }>();
  for (const r of rows) {
    const e = map.get(r.id) ?? { id: r.id, name: r.name, shortName: r.shortName, roles: [] };
    e.roles.push(r.role);
    map.set(r.id, e);
  }
  return [...map.values()];
}

/** The e-mail addresses of a federation's admins, or its public address when it has none on Boussole yet. */
export function federationNotificationAddresses(db: DB, federationId: string): string[] {
  const admins = db
    .select({ email: users.email })
    .from(federationMembers)
    .innerJoin(users, eq(users.id, federationMembers.userId))
    .where(and(eq(federationMembers.federationId, federationId), eq(federationMembers.role, "admin")))
    .all()
    .map((a) => a.email);
  if (admins.length) return admins;
  const f = db.select({ email: federations.email }).from(federations).where(eq(federations.id, federationId)).get();
  return f ? [f.email] : [];
}
