/**
 * The claims ("Je suis le/la maire de cette commune") a federation examines: those on the workspaces of the
 * communes of its regions (`federation_region`). A claim on a commune outside them is another federation's:
 * "not found". Also who receives a new claim: the admins of the federation(s) covering the commune's region.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { FederationDataContext, Queryable } from "../context";
import { prepared } from "../prepared";
import { communeClaims, communes, departements, federationMembers, federationRegions, federations, users, workspaceMembers, workspaces } from "../schema";
import { displayName } from "../users";

/** The federations covering a region, each with the addresses of its admins on Boussole (none when it has none yet). */
export function claimReviewers(db: Queryable, input: { regionCode: string }) {
  const rows = db
    .select({ id: federations.id, shortName: federations.shortName, name: federations.name, email: users.email })
    .from(federationRegions)
    .innerJoin(federations, eq(federations.id, federationRegions.federationId))
    .leftJoin(federationMembers, and(eq(federationMembers.federationId, federations.id), eq(federationMembers.role, "admin")))
    .leftJoin(users, and(eq(users.id, federationMembers.userId), isNull(users.deletedAt)))
    .where(eq(federationRegions.regionCode, input.regionCode))
    .orderBy(asc(federations.shortName), asc(users.email))
    .all();
  const byId = new Map<string, { id: string; shortName: string; name: string; adminEmails: string[] }>();
  for (const r of rows) {
    const f = byId.get(r.id) ?? { id: r.id, shortName: r.shortName, name: r.name, adminEmails: [] };
    if (r.email) f.adminEmails.push(r.email);
    byId.set(r.id, f);
  }
  return [...byId.values()];
}

/** The pending claims on the workspaces of the federation's regions, oldest first (one query). */
export function federationClaims(ctx: FederationDataContext) {
  return prepared(ctx.db, pendingClaimsQuery).all({ federationId: ctx.federationId });
}

// The federation's home runs it at every visit of an admin: prepared once (`db/prepared.ts`).
const pendingClaimsQuery = (db: Queryable) =>
  db
    .select({
      id: communeClaims.id,
      name: communeClaims.name,
      createdAt: communeClaims.createdAt,
      communeCode: communes.code,
      communeName: communes.name,
      departementName: departements.name,
    })
    .from(communeClaims)
    .innerJoin(workspaces, eq(workspaces.id, communeClaims.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .innerJoin(federationRegions, and(eq(federationRegions.regionCode, communes.regionCode), eq(federationRegions.federationId, sql.placeholder("federationId"))))
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .where(eq(communeClaims.status, "pending"))
    .orderBy(asc(communeClaims.createdAt), asc(communeClaims.id))
    .prepare();

/**
 * One claim on a workspace of the federation's regions, whatever its status, with who holds the maire role
 * now; null when the commune is outside its regions (two queries).
 */
export function federationClaimDetail(ctx: FederationDataContext, input: { claimId: number }) {
  const row = ctx.db
    .select({
      claim: communeClaims,
      claimantEmail: users.email,
      communeCode: communes.code,
      communeName: communes.name,
      population: communes.population,
      departementName: departements.name,
      mandateStart: workspaces.mandateStart,
      verifiedAt: workspaces.verifiedAt,
    })
    .from(communeClaims)
    .innerJoin(workspaces, eq(workspaces.id, communeClaims.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .innerJoin(federationRegions, and(eq(federationRegions.regionCode, communes.regionCode), eq(federationRegions.federationId, ctx.federationId)))
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .innerJoin(users, eq(users.id, communeClaims.claimantId))
    .where(eq(communeClaims.id, input.claimId))
    .get();
  if (!row) return null;
  const maires = ctx.db
    .select({ name: users.name, email: users.email })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(and(eq(workspaceMembers.workspaceId, row.claim.workspaceId), eq(workspaceMembers.role, "maire")))
    .orderBy(asc(workspaceMembers.createdAt), asc(workspaceMembers.id))
    .all()
    .map(displayName);
  const { claim, ...rest } = row;
  return { ...claim, ...rest, maires };
}

export type ClaimDetail = NonNullable<ReturnType<typeof federationClaimDetail>>;
