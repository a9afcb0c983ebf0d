/**
 * "Je suis le/la maire de cette commune": a signed-in person claims the maire role of a commune whose
 * workspace someone else opened. The claim waits for the admins of the region's federation (and the
 * operator), who check with the town hall (db/federations/claim-decisions.ts).
 */
import { and, eq, desc } from "drizzle-orm";
import { write, type ActorContext, type Queryable } from "../context";
import { communeClaims, communes, departements, workspaceMembers, workspaces } from "../schema";
import { recordHistory } from "../history";
import { claimReviewers } from "../federations/claims";
import { isCommuneCode } from "@/lib/domain/commune-code";
import { FormError } from "@/lib/domain/errors";

function communeWithWorkspace(db: Queryable, code: string) {
  return (
    db
      .select({
        code: communes.code,
        name: communes.name,
        regionCode: communes.regionCode,
        departementName: departements.name,
        workspaceId: workspaces.id,
      })
      .from(communes)
      .leftJoin(departements, eq(departements.code, communes.departementCode))
      .leftJoin(workspaces, eq(workspaces.communeCode, communes.code))
      .where(eq(communes.code, code))
      .get() ?? null
  );
}

/** What the claimant has to do with this commune: whether it has a workspace, whether they already are its maire or wait for an answer. */
function standing(db: Queryable, userId: string, workspaceId: number) {
  const maire = db
    .select({ id: workspaceMembers.id })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId), eq(workspaceMembers.role, "maire")))
    .get();
  const pending = db
    .select({ id: communeClaims.id, createdAt: communeClaims.createdAt })
    .from(communeClaims)
    .where(and(eq(communeClaims.workspaceId, workspaceId), eq(communeClaims.claimantId, userId), eq(communeClaims.status, "pending")))
    .orderBy(desc(communeClaims.createdAt))
    .get();
  return { isMaire: Boolean(maire), pendingSince: pending?.createdAt ?? null };
}

/**
 * The claim page's reading: the commune (null when the code is not one of the official list), whether it has
 * a workspace, the claimant's standing there, and the federations that would examine the claim.
 */
export function claimableCommune(ctx: ActorContext, input: { code: string }) {
  if (!isCommuneCode(input.code)) return null;
  const commune = communeWithWorkspace(ctx.db, input.code);
  if (!commune) return null;
  const { workspaceId, ...rest } = commune;
  const here = workspaceId === null ? { isMaire: false, pendingSince: null } : standing(ctx.db, ctx.actor.id, workspaceId);
  return { commune: rest, hasWorkspace: workspaceId !== null, ...here, reviewers: claimReviewers(ctx.db, { regionCode: commune.regionCode }) };
}

export const noWorkspaceMessage = (name: string) =>
  `Aucun espace n'existe encore pour ${name} : vous n'avez rien à revendiquer, ouvrez-le vous-même depuis « Ouvrir l'espace d'une commune ».`;

/** Files the claim: one pending claim per person and workspace; none on a commune without workspace, nor by its maire. */
export function fileCommuneClaim(ctx: ActorContext, input: { code: string; name: string; role: string; phone: string; message: string }) {
  const { actor, now } = ctx;
  return write(ctx, (tx) => {
    const commune = communeWithWorkspace(tx, input.code);
    if (!commune) throw new FormError("Cette commune n'existe pas dans la liste officielle : choisissez-la depuis la recherche.");
    if (commune.workspaceId === null) throw new FormError(noWorkspaceMessage(commune.name));
    const here = standing(tx, actor.id, commune.workspaceId);
    if (here.isMaire) throw new FormError(`Vous êtes déjà maire de ${commune.name} sur Boussole : son espace est dans « Mes espaces ».`);
    if (here.pendingSince) throw new FormError(`Vous avez déjà une revendication en attente pour ${commune.name} : elle est en cours d'examen, vous recevrez la réponse par e-mail.`);
    const claim = tx
      .insert(communeClaims)
      .values({ workspaceId: commune.workspaceId, claimantId: actor.id, name: input.name, role: input.role, phone: input.phone, message: input.message, createdAt: now })
      .returning()
      .get();
    // The phone and the message stay in the claim, for those who examine it: the workspace's team reads this history.
    recordHistory(tx, {
      workspaceId: commune.workspaceId,
      actorId: actor.id,
      action: "workspace.claim_filed",
      summary: `${input.name} (${input.role}) revendique le rôle de maire de ${commune.name} ; la fédération de la région vérifiera auprès de la mairie.`,
      createdAt: now,
    });
    return { claim, commune: { code: commune.code, name: commune.name, departementName: commune.departementName }, reviewers: claimReviewers(tx, { regionCode: commune.regionCode }) };
  });
}
