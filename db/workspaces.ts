import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
import type { DB } from "./client";
import {
  communes,
  departements,
  professionals,
  federationMembers,
  federationRegions,
  federationRequests,
  federations,
  invitations,
  regions,
  users,
  workspaceMembers,
  workspaces,
} from "./schema";
import { recordHistory } from "./history";
import { createInvitation, renewInvitationToken, type Invitation } from "./invitations";
import { displayName } from "./users";
import { FieldError, FormError } from "@/lib/domain/errors";
import { formatDate } from "@/lib/dates";
import {
  COMMUNE_ROLE_LABELS,
  REFERENT_CAPACITY_LABELS,
  REFERENT_KIND_LABELS,
  type CommuneRole,
  type ReferentCapacity,
  type ReferentKind,
} from "@/lib/domain/enums";

type Actor = { id: string; email: string; name: string | null };
export type Workspace = typeof workspaces.$inferSelect;

export function createWorkspace(db: DB, input: { communeCode: string; mandateStart: string }, actor: Actor) {
  return db.transaction((tx) => {
    const commune = tx.select().from(communes).where(eq(communes.code, input.communeCode)).get();
    if (!commune) throw new FieldError("communeCode", "Cette commune n'existe pas dans la liste officielle : choisissez-la dans la liste.");
    const existing = tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.communeCode, commune.code)).get();
    if (existing) {
      throw new FieldError(
        "communeCode",
        `Un espace existe déjà pour ${commune.name}. Demandez à son maire ou à son référent santé de vous y inviter.`,
      );
    }
    const ws = tx.insert(workspaces).values({ communeCode: commune.code, mandateStart: input.mandateStart, createdBy: actor.id }).returning().get();
    tx.insert(workspaceMembers).values({ workspaceId: ws.id, userId: actor.id, role: "maire" }).run();
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "workspace.created",
      summary: `${displayName(actor)} a ouvert l'espace de ${commune.name} (mandat commencé le ${formatDate(input.mandateStart)}) et en est le maire.`,
    });
    return { workspace: ws, commune };
  });
}

/** The communes where a user holds a role, with their roles (one query). */
export function userWorkspaces(db: DB, userId: string) {
  const rows = db
    .select({ code: communes.code, name: communes.name, departementCode: communes.departementCode, role: workspaceMembers.role })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(asc(communes.name))
    .all();
  const byCode = new Map<string, { code: string; name: string; departementCode: string; roles: CommuneRole[] }>();
  for (const r of rows) {
    const entry = byCode.get(r.code) ?? { code: r.code, name: r.name, departementCode: r.departementCode, roles: [] };
    entry.roles.push(r.role);
    byCode.set(r.code, entry);
  }
  return [...byCode.values()];
}

export type Member = { userId: string; name: string; email: string; role: CommuneRole; capacity: ReferentCapacity | null; federationId: string | null };

/** Everything the commune's dashboard shows, in a fixed number of queries. */
export function workspaceOverview(db: DB, workspaceId: number) {
  const ws = db
    .select({ workspace: workspaces, commune: communes, departementName: departements.name, regionName: regions.name })
    .from(workspaces)
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(departements, eq(departements.code, communes.departementCode))
    .leftJoin(regions, eq(regions.code, communes.regionCode))
    .where(eq(workspaces.id, workspaceId))
    .get();
  if (!ws) return null;

  const members: Member[] = db
    .select({
      userId: users.id,
      userName: users.name,
      email: users.email,
      role: workspaceMembers.role,
      capacity: workspaceMembers.capacity,
      federationId: workspaceMembers.federationId,
    })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .orderBy(asc(workspaceMembers.createdAt))
    .all()
    .map((m) => ({ ...m, name: displayName({ name: m.userName, email: m.email }) }));

  const requests = db
    .select({ request: federationRequests, federation: federations })
    .from(federationRequests)
    .innerJoin(federations, eq(federations.id, federationRequests.federationId))
    .where(eq(federationRequests.workspaceId, workspaceId))
    .orderBy(desc(federationRequests.requestedAt), desc(federationRequests.id))
    .all();

  const openInvitations = db
    .select()
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.kind, "referent"), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(asc(invitations.createdAt))
    .all();

  const regionalFederation = db
    .select({ federation: federations })
    .from(federationRegions)
    .innerJoin(federations, eq(federations.id, federationRegions.federationId))
    .where(eq(federationRegions.regionCode, ws.commune.regionCode))
    .get()?.federation ?? null;

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
export type WorkspaceOverview = NonNullable<ReturnType<typeof workspaceOverview>>;

export function requestFederation(db: DB, ws: Workspace, input: { federationId: string; message: string }, actor: Actor) {
  return db.transaction((tx) => {
    const federation = tx.select().from(federations).where(eq(federations.id, input.federationId)).get();
    if (!federation) throw new FieldError("federationId", "Choisissez une fédération de l'annuaire.");
    const open = tx
      .select({ id: federationRequests.id, status: federationRequests.status })
      .from(federationRequests)
      .where(and(eq(federationRequests.workspaceId, ws.id), inArray(federationRequests.status, ["pending", "accepted"])))
      .get();
    if (open?.status === "accepted") throw new FormError("Une fédération accompagne déjà la commune.");
    if (open) throw new FormError("Une demande est déjà en attente de réponse : retirez-la avant d'en envoyer une autre.");
    const request = tx
      .insert(federationRequests)
      .values({ workspaceId: ws.id, federationId: federation.id, message: input.message, requestedBy: actor.id })
      .returning()
      .get();
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "federation.requested",
      summary: `${displayName(actor)} a demandé l'accompagnement de la ${federation.name}.`,
    });
    return { request, federation };
  });
}

export function withdrawFederationRequest(db: DB, ws: Workspace, requestId: number, actor: Actor) {
  db.transaction((tx) => {
    const req = tx
      .select({ id: federationRequests.id, federationName: federations.name })
      .from(federationRequests)
      .innerJoin(federations, eq(federations.id, federationRequests.federationId))
      .where(and(eq(federationRequests.id, requestId), eq(federationRequests.workspaceId, ws.id), eq(federationRequests.status, "pending")))
      .get();
    if (!req) throw new FormError("Cette demande n'est plus en attente : la fédération vient peut-être d'y répondre. Rechargez la page.");
    tx.update(federationRequests)
      .set({ status: "withdrawn", decidedAt: new Date(), decidedBy: actor.id })
      .where(eq(federationRequests.id, req.id))
      .run();
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "federation.withdrawn",
      summary: `${displayName(actor)} a retiré la demande adressée à la ${req.federationName}.`,
    });
  });
}

/** Designates the referent (one person or a binôme): invitations created, previous open ones revoked. */
export function designateReferent(
  db: DB,
  ws: Workspace,
  input: { kind: ReferentKind; people: { capacity: ReferentCapacity; name: string; email: string }[] },
  actor: Actor,
): { invitation: Invitation; token: string }[] {
  return db.transaction((tx) => {
    const current = tx
      .select({ email: users.email })
      .from(workspaceMembers)
      .innerJoin(users, eq(users.id, workspaceMembers.userId))
      .where(and(eq(workspaceMembers.workspaceId, ws.id), eq(workspaceMembers.role, "referent")))
      .all();
    for (const p of input.people) {
      if (current.some((c) => c.email === p.email)) {
        throw new FieldError(`${p.capacity}Email`, `${p.email} est déjà référent·e santé de la commune.`);
      }
    }
    tx.update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.workspaceId, ws.id), eq(invitations.kind, "referent"), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .run();
    const bumped = tx
      .update(workspaces)
      .set({ referentKind: input.kind, version: ws.version + 1 })
      .where(and(eq(workspaces.id, ws.id), eq(workspaces.version, ws.version)))
      .run();
    if (bumped.changes !== 1) throw new FormError("La désignation vient d'être modifiée par quelqu'un d'autre : rechargez la page pour la voir.");
    const created = input.people.map((p) =>
      createInvitation(tx, { kind: "referent", workspaceId: ws.id, email: p.email, name: p.name, capacity: p.capacity, invitedBy: actor.id }, new Date()),
    );
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "referent.invited",
      summary: `${displayName(actor)} a désigné comme référent santé ${REFERENT_KIND_LABELS[input.kind].toLowerCase()} : ${input.people
        .map((p) => `${p.name} (${REFERENT_CAPACITY_LABELS[p.capacity]}, ${p.email})`)
        .join(" et ")} — invitation envoyée.`,
    });
    return created;
  });
}

/** An open referent invitation of this workspace, or a FormError: the tenant is always part of the query. */
function openReferentInvitation(tx: Pick<DB, "select">, ws: Workspace, invitationId: number) {
  const inv = tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, ws.id), eq(invitations.kind, "referent")))
    .get();
  if (!inv) return null;
  if (inv.acceptedAt) throw new FormError(`${inv.name} a déjà accepté cette invitation.`);
  if (inv.revokedAt) throw new FormError("Cette invitation a été retirée.");
  return inv;
}

export function resendReferentInvitation(db: DB, ws: Workspace, invitationId: number, actor: Actor) {
  return db.transaction((tx) => {
    const inv = openReferentInvitation(tx, ws, invitationId);
    if (!inv) return null;
    const token = renewInvitationToken(tx, inv.id, new Date());
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "referent.resent",
      summary: `${displayName(actor)} a renvoyé l'invitation de ${inv.name} (${inv.email}).`,
    });
    return { invitation: inv, token };
  });
}

export function revokeReferentInvitation(db: DB, ws: Workspace, invitationId: number, actor: Actor) {
  return db.transaction((tx) => {
    const inv = openReferentInvitation(tx, ws, invitationId);
    if (!inv) return null;
    tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, inv.id)).run();
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "referent.revoked",
      summary: `${displayName(actor)} a retiré l'invitation de ${inv.name} (${inv.email}).`,
    });
    return inv;
  });
}

export function roleLabels(roles: CommuneRole[]) {
  return roles.map((r) => COMMUNE_ROLE_LABELS[r]);
}

/** The federation members who can be assigned, and the admins to notify. */
export function federationPeople(db: DB, federationId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: federationMembers.role })
    .from(federationMembers)
    .innerJoin(users, eq(users.id, federationMembers.userId))
    .where(eq(federationMembers.federationId, federationId))
    .orderBy(asc(users.name), asc(users.email))
    .all();
}

/** What the inventory holds, for the dashboard: the lines without anything personal (one query). */
export function inventoryLinesForSummary(db: DB, workspaceId: number) {
  return db
    .select({
      profession: professionals.profession,
      professionOther: professionals.professionOther,
      practiceForm: professionals.practiceForm,
      interest: professionals.interest,
    })
    .from(professionals)
    .where(eq(professionals.workspaceId, workspaceId))
    .all()
    .map((l) => ({ ...l, ageBracket: null, departure: null }));
}
