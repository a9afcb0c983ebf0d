/** The commune's side of a federation request: the mayor asks a federation for support, or withdraws. */
import { and, eq, inArray } from "drizzle-orm";
import { write, type BaseContext, type DataContext } from "../context";
import { communes, federationMembers, federationRequests, federations, users, workspaces } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { issueFounderLink } from "./founder";
import { FieldError, FormError } from "@/lib/domain/errors";

/**
 * Sends the request: one open request (pending or accepted) at a time. To a federation without an admin on
 * Boussole, it carries a founding link (`founder.ts`): `founder` is its clear token, to e-mail once.
 */
export function requestFederation(ctx: DataContext, input: { federationId: string; message: string }) {
  const { workspace, actor, now } = ctx;
  return write(ctx, (tx) => {
    const federation = tx.select().from(federations).where(eq(federations.id, input.federationId)).get();
    if (!federation) throw new FieldError("federationId", "Choisissez une fédération de l'annuaire.");
    const open = tx
      .select({ id: federationRequests.id, status: federationRequests.status })
      .from(federationRequests)
      .where(and(eq(federationRequests.workspaceId, workspace.id), inArray(federationRequests.status, ["pending", "accepted"])))
      .get();
    if (open?.status === "accepted") throw new FormError("Une fédération accompagne déjà la commune.");
    if (open) throw new FormError("Une demande est déjà en attente de réponse : retirez-la avant d'en envoyer une autre.");
    const request = tx
      .insert(federationRequests)
      .values({ workspaceId: workspace.id, federationId: federation.id, message: input.message, requestedBy: actor.id, requestedAt: now })
      .returning()
      .get();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "federation.requested",
      summary: `${displayName(actor)} a demandé l'accompagnement de la ${federation.name}.`,
      createdAt: now,
    });
    const commune = tx.select({ name: communes.name }).from(workspaces).innerJoin(communes, eq(communes.code, workspaces.communeCode)).where(eq(workspaces.id, workspace.id)).get();
    const founder = issueFounderLink(tx, { federation, requestId: request.id, communeName: commune?.name ?? workspace.communeCode, mayor: actor }, now);
    return { request, federation, founder };
  });
}

/** Withdraws a request still pending; a FormError once the federation has answered. */
export function withdrawFederationRequest(ctx: DataContext, input: { requestId: number }) {
  const { workspace, actor, now } = ctx;
  write(ctx, (tx) => {
    const req = tx
      .select({ id: federationRequests.id, federationName: federations.name })
      .from(federationRequests)
      .innerJoin(federations, eq(federations.id, federationRequests.federationId))
      .where(and(eq(federationRequests.id, input.requestId), eq(federationRequests.workspaceId, workspace.id), eq(federationRequests.status, "pending")))
      .get();
    if (!req) throw new FormError("Cette demande n'est plus en attente : la fédération vient peut-être d'y répondre. Rechargez la page.");
    tx.update(federationRequests).set({ status: "withdrawn", decidedAt: now, decidedBy: actor.id }).where(eq(federationRequests.id, req.id)).run();
    recordHistory(tx, {
      workspaceId: workspace.id,
      actorId: actor.id,
      action: "federation.withdrawn",
      summary: `${displayName(actor)} a retiré la demande adressée à la ${req.federationName}.`,
      createdAt: now,
    });
  });
}

/** The e-mail addresses of a federation's admins, or its public address when it has none on Boussole yet. */
export function federationNotificationAddresses(ctx: BaseContext, input: { federationId: string }): string[] {
  const admins = ctx.db
    .select({ email: users.email })
    .from(federationMembers)
    .innerJoin(users, eq(users.id, federationMembers.userId))
    .where(and(eq(federationMembers.federationId, input.federationId), eq(federationMembers.role, "admin")))
    .all()
    .map((a) => a.email);
  if (admins.length) return admins;
  const f = ctx.db.select({ email: federations.email }).from(federations).where(eq(federations.id, input.federationId)).get();
  return f ? [f.email] : [];
}
