/** What the commune's dashboard and its federation and referent pages show, in a fixed number of queries. */
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { DataContext, Queryable } from "../context";
import { prepared } from "../prepared";
import { communes, departements, federationRegions, federationRequests, federations, invitations, professionals, regions, workspaces } from "../schema";
import { workspaceMembersList } from "./members";

export function workspaceOverview(ctx: DataContext) {
  const { db } = ctx;
  const workspaceId = ctx.workspace.id;
  const ws = prepared(db, workspaceQuery).get({ workspaceId });
  if (!ws) return null;

  const members = workspaceMembersList(ctx);
  const requests = prepared(db, requestsQuery).all({ workspaceId });
  const openInvitations = prepared(db, openInvitationsQuery).all({ workspaceId });
  const regionalFederation = prepared(db, regionalFederationQuery).get({ regionCode: ws.commune.regionCode })?.federation ?? null;

  return {
    workspace: ws.workspace,
    commune: { ...ws.commune, departementName: ws.departementName, regionName: ws.regionName },
    members,
    maires: members.filter((m) => m.role === "maire"),
    referents: members.filter((m) => m.role === "referent"),
    facilitators: members.filter((m) => m.role === "facilitateur"),
    currentRequest: requests[0] ?? null,
    requests,
    openInvitations,
    regionalFederation,
  };
}

// The dashboard, the federation and referent pages read these at every request: prepared once (`db/prepared.ts`).
const workspaceQuery = (db: Queryable) =>
  db
    .select({ workspace: workspaces, commune: communes, departementName: departements.name, regionName: regions.name })
    .from(workspaces)
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .leftJoin(regions, eq(regions.code, communes.regionCode))
    .where(eq(workspaces.id, sql.placeholder("workspaceId")))
    .prepare();

const requestsQuery = (db: Queryable) =>
  db
    .select({ request: federationRequests, federation: federations })
    .from(federationRequests)
    .innerJoin(federations, eq(federations.id, federationRequests.federationId))
    .where(eq(federationRequests.workspaceId, sql.placeholder("workspaceId")))
    .orderBy(desc(federationRequests.requestedAt), desc(federationRequests.id))
    .prepare();

const openInvitationsQuery = (db: Queryable) =>
  db
    .select()
    .from(invitations)
    .where(
      and(eq(invitations.workspaceId, sql.placeholder("workspaceId")), eq(invitations.kind, "referent"), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
    )
    .orderBy(asc(invitations.createdAt))
    .prepare();

const regionalFederationQuery = (db: Queryable) =>
  db
    .select({ federation: federations })
    .from(federationRegions)
    .innerJoin(federations, eq(federations.id, federationRegions.federationId))
    .where(eq(federationRegions.regionCode, sql.placeholder("regionCode")))
    .prepare();
export type WorkspaceOverview = NonNullable<ReturnType<typeof workspaceOverview>>;

/** What the inventory holds, for the dashboard: the lines without anything personal (one query). */
export function inventoryLinesForSummary(ctx: DataContext) {
  return ctx.db
    .select({
      profession: professionals.profession,
      professionOther: professionals.professionOther,
      practiceForm: professionals.practiceForm,
      interest: professionals.interest,
    })
    .from(professionals)
    .where(eq(professionals.workspaceId, ctx.workspace.id))
    .all()
    .map((l) => ({ ...l, ageBracket: null, departure: null }));
}
