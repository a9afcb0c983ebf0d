/**
 * The limits of lib/trust/limits.ts, counted by rate-limiter-flexible's RateLimiterSQLite in the `rate_limit`
 * table (created by the migrations). The counters live in the database file, so they hold across restarts
 * and processes. A refused attempt sends nothing and writes nothing else.
 */
import { RateLimiterRes, RateLimiterSQLite } from "rate-limiter-flexible";
import type Database from "better-sqlite3";
import type { BaseContext, DataContext, ActorContext } from "../context";
import { FieldError, FormError } from "@/lib/domain/errors";
import { LIMITS, LIMIT_MESSAGES, type LimitName, type MailAllowance } from "@/lib/trust/limits";

const limiters = new WeakMap<Database.Database, Map<LimitName, RateLimiterSQLite>>();

function limiter(ctx: BaseContext, name: LimitName): RateLimiterSQLite {
  // drizzle's better-sqlite3 database carries its client; the limits run outside any transaction.
  const client = (ctx.db as unknown as { $client?: Database.Database }).$client;
  if (!client) throw new Error("Les limites s'appliquent hors transaction, sur la base elle-même.");
  let byName = limiters.get(client);
  if (!byName) limiters.set(client, (byName = new Map()));
  let l = byName.get(name);
  if (!l) {
    const { points, duration, keyPrefix } = LIMITS[name];
    l = new RateLimiterSQLite({ storeClient: client, storeType: "better-sqlite3", tableName: "rate_limit", tableCreated: true, points, duration, keyPrefix });
    byName.set(name, l);
  }
  return l;
}

const retryAtOf = (ctx: BaseContext, res: RateLimiterRes) => new Date(ctx.now.getTime() + Math.max(res.msBeforeNext, 0));

/** How many points are left, and when the window ends, without consuming any. */
async function left(ctx: BaseContext, name: LimitName, key: string): Promise<{ remaining: number; retryAt: Date }> {
  const res = await limiter(ctx, name).get(key);
  if (!res) return { remaining: LIMITS[name].points, retryAt: new Date(ctx.now.getTime() + LIMITS[name].duration * 1000) };
  return { remaining: Math.max(LIMITS[name].points - res.consumedPoints, 0), retryAt: retryAtOf(ctx, res) };
}

/** Spends `points` (a refusal when over): the sign-in links, which are counted as they are asked for. */
async function consume(ctx: BaseContext, name: LimitName, key: string, points = 1): Promise<{ retryAt: Date } | null> {
  try {
    await limiter(ctx, name).consume(key, points);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return { retryAt: retryAtOf(ctx, e) };
    throw e;
  }
}

const addressKey = (email: string) => email.trim().toLowerCase();

/**
 * A sign-in link may be sent: 3 per address per 15 minutes, 20 per client address per hour (when it is known,
 * see `clientIp`). Throws a FieldError on `email` with the time to retry; the IP is checked first, so that a
 * refused IP spends nothing of the address's allowance.
 */
export async function allowSignInLink(ctx: BaseContext, input: { email: string; ip: string | null }) {
  if (input.ip) {
    const refused = await consume(ctx, "signInIp", input.ip);
    if (refused) throw new FieldError("email", LIMIT_MESSAGES.signInIp(refused.retryAt, ctx.now));
  }
  const refused = await consume(ctx, "signInAddress", addressKey(input.email));
  if (refused) throw new FieldError("email", LIMIT_MESSAGES.signInAddress(refused.retryAt, ctx.now));
}

/**
 * A link that was used gives its point back: the limit is there against mail-bombing an address with links
 * its owner did not ask for, not against the owner signing in on several devices.
 */
export async function signInLinkUsed(ctx: BaseContext, input: { email: string }) {
  await limiter(ctx, "signInAddress").reward(addressKey(input.email), 1);
}

/** Before opening a workspace: 3 per account per day (counted once opened, see `workspaceCreated`). */
export async function allowWorkspaceCreation(ctx: ActorContext) {
  const { remaining, retryAt } = await left(ctx, "workspaceCreation", ctx.actor.id);
  if (remaining <= 0) throw new FieldError("communeCode", LIMIT_MESSAGES.workspaceCreation(retryAt, ctx.now));
}

export async function workspaceCreated(ctx: ActorContext) {
  await limiter(ctx, "workspaceCreation").penalty(ctx.actor.id, 1);
}

/** The invitations this workspace may still send today (50 a day): handed to the data function that issues them. */
export async function invitationAllowance(ctx: DataContext): Promise<MailAllowance> {
  return left(ctx, "invitations", String(ctx.workspace.id));
}

/** Counts the invitations just issued (professionals, meeting invitees, reminders: one per e-mail). */
export async function invitationsSent(ctx: DataContext, count: number) {
  if (count > 0) await limiter(ctx, "invitations").penalty(String(ctx.workspace.id), count);
}

/** The rule the data functions apply inside their transaction: refused (nothing written) when over. */
export function assertWithinAllowance(ctx: BaseContext, allowance: MailAllowance | undefined, count: number) {
  if (!allowance || count === 0) return;
  if (count > allowance.remaining) throw new FormError(LIMIT_MESSAGES.invitations(allowance.retryAt, ctx.now, allowance.remaining));
}
