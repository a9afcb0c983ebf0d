import { eq } from "drizzle-orm";
import type { BaseContext } from "../context";
import { communes, federations, invitations, users, workspaces } from "../schema";
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
        : `${FEDERATION_ROLE_LABELS[inv.federationRole ?? "facilitateur"].toLowerCase()} de la ${row.federationName}`;
  return {
    invitation: inv,
    state: invitationState(inv, ctx.now),
    communeCode: row.communeCode,
    communeName: row.communeName,
    federationName: row.federationName,
    inviterName: displayName(row.inviter),
    roleLabel,
  };
}
