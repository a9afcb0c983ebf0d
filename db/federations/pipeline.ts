/** What a federation sees of the communes: the requests addressed to it, and the communes it accompanies. */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { FederationDataContext } from "../context";
import { communes, departements, federationRequests, users, workspaceMembers, workspaces } from "../schema";
import { displayName } from "../users";

/** The requests addressed to the federation, newest first, with the commune and who asked (one query). */
export function federationRequestsList(ctx: FederationDataContext) {
  return ctx.db
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
    .where(eq(federationRequests.federationId, ctx.federationId))
    .orderBy(desc(federationRequests.requestedAt), desc(federationRequests.id))
    .all();
}

/** The communes the federation accompanies, with their facilitators (two queries). */
export function accompaniedCommunes(ctx: FederationDataContext) {
  const { db, federationId } = ctx;
  const rows = db
    .select({
      communeCode: communes.code,
      communeName: communes.name,
      departementName: departements.name,
      mandateStart: workspaces.mandateStart,
      decidedAt: federationRequests.decidedAt,
      workspaceId: workspaces.id,
    })
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
        inArray(
          workspaceMembers.workspaceId,
          rows.map((r) => r.workspaceId),
        ),
        eq(workspaceMembers.role, "facilitateur"),
        eq(workspaceMembers.federationId, federationId),
      ),
    )
    .all();
  return rows.map((r) => ({ ...r, facilitators: facilitators.filter((f) => f.workspaceId === r.workspaceId).map(displayName) }));
}
