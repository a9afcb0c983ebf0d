/**
 * The verified mandate in the database: who vouched, how, and the check of the data functions that send
 * an e-mail outside the team (see lib/trust/verification.ts for the rule and its words).
 */
import { and, eq, isNull } from "drizzle-orm";
import { write, type BaseContext, type Queryable } from "../context";
import { communes, workspaceMembers, workspaces } from "../schema";
import { recordHistory } from "../history";
import { FormError } from "@/lib/domain/errors";
import type { WorkspaceVerificationMethod } from "@/lib/domain/enums";
import { assertMayMail, verificationSummary, type CappedMail } from "@/lib/trust/verification";

/** Refuses (inside the caller's transaction, so nothing is written) when the workspace is not verified. */
export function assertWorkspaceMayMail(tx: Queryable, workspaceId: number, what: CappedMail) {
  const ws = tx.select({ verifiedAt: workspaces.verifiedAt }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
  if (!ws) throw new FormError("Cet espace n'existe plus.");
  assertMayMail(ws, what);
}

/** The unverified workspace this account opened and is still maire of, if any (one at a time). */
export function unverifiedWorkspaceOf(tx: Queryable, userId: string): { communeName: string } | null {
  return (
    tx
      .select({ communeName: communes.name })
      .from(workspaces)
      .innerJoin(communes, eq(communes.code, workspaces.communeCode))
      .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, userId), eq(workspaceMembers.role, "maire")))
      .where(and(eq(workspaces.createdBy, userId), isNull(workspaces.verifiedAt)))
      .get() ?? null
  );
}

/**
 * Marks the workspace verified and writes `workspace.verified` (inside the caller's transaction). Returns
 * false when it already was (nothing written).
 */
export function markVerified(
  tx: Queryable,
  input: { workspaceId: number; communeName: string; via: WorkspaceVerificationMethod; by: { id: string; name: string } | null; how?: string | null; now: Date },
): boolean {
  const done = tx
    .update(workspaces)
    .set({ verifiedAt: input.now, verifiedBy: input.by?.id ?? null, verifiedVia: input.via })
    .where(and(eq(workspaces.id, input.workspaceId), isNull(workspaces.verifiedAt)))
    .run();
  if (done.changes !== 1) return false;
  recordHistory(tx, {
    workspaceId: input.workspaceId,
    actorId: input.by?.id ?? null,
    action: "workspace.verified",
    summary: verificationSummary({ communeName: input.communeName, by: input.by?.name ?? null, via: input.via, how: input.how }),
    createdAt: input.now,
  });
  return true;
}

/**
 * `npm run workspace:verify -- CODE`: the operator vouches for the commune's maire. Null for an unknown
 * commune or a commune without workspace; `already` when it was verified before.
 */
export function verifyWorkspaceByOperator(ctx: BaseContext, input: { code: string; how?: string | null }) {
  return write(ctx, (tx) => {
    const commune = tx.select({ code: communes.code, name: communes.name }).from(communes).where(eq(communes.code, input.code)).get();
    if (!commune) return { outcome: "unknown-commune" as const };
    const ws = tx.select({ id: workspaces.id, verifiedAt: workspaces.verifiedAt }).from(workspaces).where(eq(workspaces.communeCode, commune.code)).get();
    if (!ws) return { outcome: "no-workspace" as const, commune };
    if (ws.verifiedAt) return { outcome: "already" as const, commune, verifiedAt: ws.verifiedAt };
    markVerified(tx, { workspaceId: ws.id, communeName: commune.name, via: "operateur", by: null, how: input.how, now: ctx.now });
    return { outcome: "verified" as const, commune, verifiedAt: ctx.now };
  });
}
