/**
 * The one check of the data functions that issue e-mails to people outside the team, inside their
 * transaction (a refusal writes nothing): the workspace is verified, and the day's invitations allow `count`.
 */
import type { BaseContext, Queryable } from "../context";
import type { MailAllowance } from "@/lib/trust/limits";
import type { CappedMail } from "@/lib/trust/verification";
import { assertWorkspaceMayMail } from "./verification";
import { assertWithinAllowance } from "./limits";

export function checkOutgoing(tx: Queryable, ctx: BaseContext & { workspace: { id: number } }, input: { what: CappedMail; count: number; allowance?: MailAllowance }) {
  if (input.count === 0) return;
  assertWorkspaceMayMail(tx, ctx.workspace.id, input.what);
  assertWithinAllowance(ctx, input.allowance, input.count);
}
