/**
 * "Mes communes" on /espace, a page at a time: a facilitator or a référent·e may hold a role in hundreds of
 * communes, and the page must cost the same for them as for a mayor of one. Two queries whatever the number:
 * the count, and one page grouped by workspace (its roles gathered by `group_concat`).
 */
import { and, asc, countDistinct, eq, sql } from "drizzle-orm";
import type { ActorContext } from "../context";
import { communes, workspaceMembers, workspaces } from "../schema";
import { escapeLike } from "../communes";
import { normalizeSearch } from "@/lib/text";
import { COMMUNE_ROLES, type CommuneRole } from "@/lib/domain/enums";
import { literalLimit } from "../prepared";

export const MY_SPACES_PAGE_SIZE = 20;

export type MySpacesPage = {
  rows: { code: string; name: string; departementCode: string; roles: CommuneRole[] }[];
  /** The communes matching the filter (all of them without one). */
  total: number;
  page: number;
  pages: number;
};

/** The actor's communes by name, `size` a page; `query` keeps those whose name contains it (accents and case aside). */
export function userWorkspacesPage(ctx: ActorContext, input: { page?: number; query?: string; size?: number } = {}): MySpacesPage {
  const size = input.size ?? MY_SPACES_PAGE_SIZE;
  const name = normalizeSearch(input.query ?? "");
  const where = and(eq(workspaceMembers.userId, ctx.actor.id), name ? sql`${communes.searchName} LIKE ${`%${escapeLike(name)}%`} ESCAPE '\\'` : undefined);
  const total =
    ctx.db
      .select({ n: countDistinct(workspaceMembers.workspaceId) })
      .from(workspaceMembers)
      .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
      .innerJoin(communes, eq(communes.code, workspaces.communeCode))
      .where(where)
      .get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / size));
  // A page beyond the last shows the last (an address kept after leaving communes still opens).
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1) || 1), pages);
  const rows = ctx.db
    .select({
      code: communes.code,
      name: communes.name,
      departementCode: communes.departementCode,
      roles: sql<string>`group_concat(${workspaceMembers.role})`,
    })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .innerJoin(communes, eq(communes.code, workspaces.communeCode))
    .where(where)
    .groupBy(workspaces.id)
    .orderBy(asc(communes.searchName), asc(communes.name), asc(communes.code))
    .limit(literalLimit(size))
    .offset(literalLimit((page - 1) * size))
    .all()
    .map((r) => ({ ...r, roles: COMMUNE_ROLES.filter((role) => r.roles.split(",").includes(role)) }));
  return { rows, total, page, pages };
}
