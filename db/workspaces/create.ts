/**
 * Opening a commune's workspace: one per commune, and whoever opens it becomes its maire. The workspace is
 * "à vérifier" until a federation or the operator vouches for the mandate; an account holds one such at a time.
 */
import { eq, inArray } from "drizzle-orm";
import { write, type ActorContext, type BaseContext } from "../context";
import { communes, workspaceMembers, workspaces } from "../schema";
import { recordHistory } from "../history";
import { displayName } from "../users";
import { unverifiedWorkspaceOf } from "../trust/verification";
import { FieldError } from "@/lib/domain/errors";
import { formatDate } from "@/lib/dates";
import { secondUnverifiedRefusal } from "@/lib/trust/verification";

export type Workspace = typeof workspaces.$inferSelect;

export function createWorkspace(ctx: ActorContext, input: { communeCode: string; mandateStart: string }) {
  const { actor, now } = ctx;
  return write(ctx, (tx) => {
    const commune = tx.select().from(communes).where(eq(communes.code, input.communeCode)).get();
    if (!commune) throw new FieldError("communeCode", "Cette commune n'existe pas dans la liste officielle : choisissez-la dans la liste.");
    const existing = tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.communeCode, commune.code)).get();
    if (existing) {
      // Says nothing of who holds it; its mayor claims it from the list (« Je suis le/la maire de cette commune »).
      throw new FieldError("communeCode", `Un espace existe déjà pour ${commune.name}. Vous en êtes le/la maire ? Choisissez « Je suis le/la maire de cette commune ».`);
    }
    const unverified = unverifiedWorkspaceOf(tx, actor.id);
    if (unverified) throw new FieldError("communeCode", secondUnverifiedRefusal(unverified.communeName));
    const ws = tx
      .insert(workspaces)
      .values({ communeCode: commune.code, mandateStart: input.mandateStart, createdBy: actor.id, createdAt: now })
      .returning()
      .get();
    tx.insert(workspaceMembers).values({ workspaceId: ws.id, userId: actor.id, role: "maire", createdAt: now }).run();
    recordHistory(tx, {
      workspaceId: ws.id,
      actorId: actor.id,
      action: "workspace.created",
      summary: `${displayName(actor)} a ouvert l'espace de ${commune.name} (mandat commencé le ${formatDate(input.mandateStart)}) et en est le maire.`,
      createdAt: now,
    });
    return { workspace: ws, commune };
  });
}

/** Which of these communes already have a workspace (one query): the search shows them as taken. */
export function communesWithWorkspace(ctx: BaseContext, input: { codes: string[] }): Set<string> {
  if (input.codes.length === 0) return new Set();
  const rows = ctx.db.select({ code: workspaces.communeCode }).from(workspaces).where(inArray(workspaces.communeCode, input.codes)).all();
  return new Set(rows.map((r) => r.code));
}
