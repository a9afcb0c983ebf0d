/**
 * « Supprimer mon compte » : the row stays (authored items show « compte supprimé »), the person is gone —
 * roles and sessions deleted, address replaced by a non-routable placeholder, name removed, history
 * summaries rid of the address. Refused while the person is the last maire of a workspace or the last admin
 * of a federation: the commune and the federation must keep someone who answers.
 */
import { and, eq, ne, sql } from "drizzle-orm";
import { FormError } from "@/lib/domain/errors";
import { ofCommune } from "@/lib/text";
import { write, type ActorContext, type Queryable } from "../context";
import { recordHistory } from "../history";
import { deletedAccountEmail } from "../users";
import {
  accounts,
  communeClaims,
  communes,
  federationMembers,
  federations,
  historyEvents,
  invitations,
  professionals,
  sessions,
  users,
  verificationTokens,
  workspaceMembers,
  workspaces,
} from "../schema";

/** What stops the deletion, as French sentences saying what to do first (empty: the account may go). */
export function deletionBlockers(db: Queryable, userId: string): string[] {
  const blockers: string[] = [];
  const asMaire = db
    .select({ workspaceId: workspaceMembers.workspaceId, commune: communes.name })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(and(eq(workspaceMembers.userId, userId), eq(workspaceMembers.role, "maire")))
    .all();
  for (const w of asMaire) {
    const others = db
      .select({ id: workspaceMembers.id })
      .from(workspaceMembers)
      .where(and(eq(workspaceMembers.workspaceId, w.workspaceId), eq(workspaceMembers.role, "maire"), ne(workspaceMembers.userId, userId)))
      .all();
    if (others.length === 0)
      blockers.push(
        `Vous êtes le ou la seul·e maire de l'espace ${ofCommune(w.commune)} : avant de supprimer votre compte, faites transférer le rôle de maire à la personne qui vous succède (sa demande « Je suis le/la maire de cette commune » est examinée par la fédération), ou écrivez à l'équipe Boussole.`,
      );
  }
  const asAdmin = db
    .select({ federationId: federationMembers.federationId, federation: federations.name })
    .from(federationMembers)
    .innerJoin(federations, eq(federations.id, federationMembers.federationId))
    .where(and(eq(federationMembers.userId, userId), eq(federationMembers.role, "admin")))
    .all();
  for (const f of asAdmin) {
    const others = db
      .select({ id: federationMembers.id })
      .from(federationMembers)
      .where(and(eq(federationMembers.federationId, f.federationId), eq(federationMembers.role, "admin"), ne(federationMembers.userId, userId)))
      .all();
    if (others.length === 0)
      blockers.push(`Vous êtes le ou la seul·e admin de la ${f.federation} : invitez d'abord un·e autre admin depuis la page « Membres » de la fédération, puis supprimez votre compte une fois son invitation acceptée.`);
  }
  return blockers;
}

/** Deletes the actor's account (one transaction). Throws a `FormError` saying what to do first when refused. */
export function deleteOwnAccount(ctx: ActorContext) {
  const me = ctx.actor.id;
  return write(ctx, (tx) => {
    const user = tx.select().from(users).where(eq(users.id, me)).get();
    if (!user || user.deletedAt) throw new FormError("Ce compte est déjà supprimé.");
    const blockers = deletionBlockers(tx, me);
    if (blockers.length > 0) throw new FormError(blockers.join(" "));

    const workspaceIds = [...new Set(tx.select({ id: workspaceMembers.workspaceId }).from(workspaceMembers).where(eq(workspaceMembers.userId, me)).all().map((r) => r.id))];
    const federationIds = [...new Set(tx.select({ id: federationMembers.federationId }).from(federationMembers).where(eq(federationMembers.userId, me)).all().map((r) => r.id))];

    tx.delete(workspaceMembers).where(eq(workspaceMembers.userId, me)).run();
    tx.delete(federationMembers).where(eq(federationMembers.userId, me)).run();
    tx.delete(sessions).where(eq(sessions.userId, me)).run();
    tx.delete(accounts).where(eq(accounts.userId, me)).run();
    tx.delete(verificationTokens).where(eq(verificationTokens.identifier, user.email)).run();
    // A claim still waiting names the person and their phone: it goes with them.
    tx.delete(communeClaims).where(and(eq(communeClaims.claimantId, me), eq(communeClaims.status, "pending"))).run();
    // Their own inventory line stays the commune's; it is no longer tied to an account.
    tx.update(professionals).set({ userId: null }).where(eq(professionals.userId, me)).run();

    const placeholder = deletedAccountEmail(me);
    // The invitations the person accepted carried their address: it goes too (the pending ones are the inviters').
    tx.update(invitations).set({ email: placeholder }).where(and(eq(invitations.acceptedBy, me), eq(invitations.email, user.email))).run();
    tx.update(historyEvents)
      .set({ summary: sql`replace(${historyEvents.summary}, ${user.email}, 'adresse supprimée')` })
      .where(sql`instr(${historyEvents.summary}, ${user.email}) > 0`)
      .run();
    tx.update(users).set({ email: placeholder, name: null, image: null, emailVerified: null, deletedAt: ctx.now }).where(eq(users.id, me)).run();

    const summary = "Un compte a été supprimé à la demande de son ou sa titulaire : ses rôles ont pris fin ; ce qu'il ou elle a écrit reste, sous « compte supprimé ».";
    for (const workspaceId of workspaceIds) recordHistory(tx, { workspaceId, actorId: me, action: "account.deleted", summary, createdAt: ctx.now });
    for (const federationId of federationIds) recordHistory(tx, { federationId, actorId: me, action: "account.deleted", summary, createdAt: ctx.now });
    return { workspaces: workspaceIds.length, federations: federationIds.length };
  });
}
