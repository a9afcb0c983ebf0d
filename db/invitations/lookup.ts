import { eq } from "drizzle-orm";
import type { BaseContext } from "../context";
import { communes, federationRequests, federations, invitations, users, workspaces } from "../schema";
import { federationHasAdmin } from "../federations/founder";
import { displayName } from "../users";
import { hashToken, isWellFormedToken } from "@/lib/tokens";
import { FEDERATION_ROLE_LABELS, REFERENT_CAPACITY_LABELS } from "@/lib/domain/enums";
import { invitationState, type Invitation, type InvitationState } from "./tokens";

export type InvitationView = {
  invitation: Invitation;
  state: InvitationState;
  communeCode: string | null;
  communeName: string | null;
  federationName: string | null;
  inviterName: string;
  /** What accepting grants, in French. */
  roleLabel: string;
  /** A federation's founding link: the commune whose request carried it, and whether the federation already has an admin. */
  founder: { communeName: string | null; hasAdmin: boolean } | null;
};

/** Looks an invitation up by the token of its link; null when the token is malformed or unknown. Reads only. */
export function findInvitationByToken(ctx: BaseContext, input: { token: string }): InvitationView | null {
  const { token } = input;
  if (!isWellFormedToken(token)) return null;
  const row = ctx.db
    .select({ invitation: invitations, communeCode: communes.code, communeName: communes.name, federationName: federations.name, inviter: users })
    .from(invitations)
    .leftJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(communes, eq(communes.code, workspaces.communeCode))
    .leftJoin(federations, eq(federations.id, invitations.federationId))
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  const inv = row.invitation;
  const roleLabel =
    inv.kind === "referent"
      ? `référent·e santé (${REFERENT_CAPACITY_LABELS[inv.capacity ?? "elu"]}) de la commune de ${row.communeName}`
      : inv.kind === "professionnel"
        ? `membre de l'espace santé de ${row.communeName}, en tant que professionnel·le de santé`
        : inv.kind === "federation_founder"
          ? `admin de la ${row.federationName} sur Boussole`
          : `${FEDERATION_ROLE_LABELS[inv.federationRole ?? "facilitateur"].toLowerCase()} de la ${row.federationName}`;
  return {
    invitation: inv,
    state: invitationState(inv, ctx.now),
    communeCode: row.communeCode,
    communeName: row.communeName,
    federationName: row.federationName,
    inviterName: displayName(row.inviter),
    roleLabel,
    founder: inv.kind === "federation_founder" ? founderView(ctx, inv) : null,
  };
}

function founderView(ctx: BaseContext, inv: Invitation) {
  const request = inv.federationRequestId
    ? ctx.db
        .select({ communeName: communes.name })
        .from(federationRequests)
        .innerJoin(workspaces, eq(workspaces.id, federationRequests.workspaceId))
        .innerJoin(communes, eq(communes.code, workspaces.communeCode))
        .where(eq(federationRequests.id, inv.federationRequestId))
        .get()
    : undefined;
  return { communeName: request?.communeName ?? null, hasAdmin: inv.federationId ? federationHasAdmin(ctx.db, inv.federationId) : true };
}
