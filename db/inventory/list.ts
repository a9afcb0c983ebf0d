/**
 * The inventory page's reads, whatever the commune's size: the indicators from one `GROUP BY` (never every line),
 * the list one page at a time in the page's order (profession, then name), filtered in SQL, the matching count
 * per profession, and the viewer's own lines. A fixed number of queries; the page's weight does not grow with
 * the number of lines.
 */
import { and, count, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { DataContext } from "../context";
import { professionals } from "../schema";
import type { AgeBracket, DepartureHorizon, InterestLevel, PracticeForm, Profession } from "@/lib/domain/enums";
import type { IndicatorGroup } from "@/lib/inventory/indicators";
import { PAGE_SIZE, type ListQuery } from "@/lib/inventory/list-query";
import { prepared } from "../prepared";
import { listOrderTerms } from "./list-order";
import { selectLinesWhere, type WorkspaceContext } from "./shared";
import { pendingInvitations, toView, type ProfessionalView } from "./views";

/**
 * The lines counted by every field the indicators read (one query). Age and departure are grouped only for the
 * team: for anyone else they are not even read.
 */
export function inventoryGroups(ctx: WorkspaceContext, input: { team: boolean }): IndicatorGroup[] {
  const p = professionals;
  const workspace = { workspace: ctx.workspace.id };
  // Rows as arrays (`values()`), named here: a large commune has nearly one group per line, and drizzle's mapping of
  // each row into an object cost as much as the query. The columns need no decoding (text, and an integer count).
  if (!input.team) {
    const rows = prepared(ctx.db, "inventory.groups", (db) =>
      db
        .select({ profession: p.profession, professionOther: p.professionOther, practiceForm: p.practiceForm, interest: p.interest, lines: count() })
        .from(p)
        .where(eq(p.workspaceId, sql.placeholder("workspace")))
        .groupBy(p.profession, p.professionOther, p.practiceForm, p.interest)
        .prepare(),
    ).values(workspace) as [Profession, string | null, PracticeForm, InterestLevel, number][];
    return rows.map(([profession, professionOther, practiceForm, interest, lines]) => ({ profession, professionOther, practiceForm, interest, ageBracket: null, departure: null, lines }));
  }
  const rows = prepared(ctx.db, "inventory.groups.team", (db) =>
    db
      .select({ profession: p.profession, professionOther: p.professionOther, practiceForm: p.practiceForm, interest: p.interest, ageBracket: p.ageBracket, departure: p.departure, lines: count() })
      .from(p)
      .where(eq(p.workspaceId, sql.placeholder("workspace")))
      .groupBy(p.profession, p.professionOther, p.practiceForm, p.interest, p.ageBracket, p.departure)
      .prepare(),
  ).values(workspace) as [Profession, string | null, PracticeForm, InterestLevel, AgeBracket, DepartureHorizon, number][];
  return rows.map(([profession, professionOther, practiceForm, interest, ageBracket, departure, lines]) => ({ profession, professionOther, practiceForm, interest, ageBracket, departure, lines }));
}

/** The list's order, read from `professional_order_idx` as far as it goes (see `listOrderTerms`). */
const LIST_ORDER = listOrderTerms((column) => `"professional"."${column}"`).map((term) => sql.raw(term));

/** `%text%` for LIKE, its wildcards escaped. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterOf(ctx: WorkspaceContext, q: ListQuery, team: boolean): SQL {
  const p = professionals;
  const conditions: (SQL | undefined)[] = [eq(p.workspaceId, ctx.workspace.id)];
  if (q.profession) conditions.push(eq(p.profession, q.profession));
  if (q.interest) conditions.push(eq(p.interest, q.interest));
  if (team && q.departure) conditions.push(q.departure === "2" ? eq(p.departure, "moins_2_ans") : inArray(p.departure, ["moins_2_ans", "2_5_ans"]));
  if (q.q) {
    const pattern = contains(q.q);
    const escaped = (column: SQLiteColumn) => sql`${column} like ${pattern} escape '\\'`;
    // Contacts are searched only by who may see them: a match would reveal them otherwise.
    conditions.push(team ? or(escaped(p.name), escaped(p.professionOther), escaped(p.email), escaped(p.phone)) : or(escaped(p.name), escaped(p.professionOther)));
  }
  return and(...conditions)!;
}

export type ProfessionMatch = { profession: Profession; professionOther: string | null; lines: number };

export type ProfessionalsPage = {
  lines: ProfessionalView[];
  /** Lines matching the filter, in all. */
  matching: number;
  /** The matching lines of each profession (not only this page's). */
  byProfession: ProfessionMatch[];
  page: number;
  pageCount: number;
  pageSize: number;
};

/** Lines of the workspace by id, the ids as a JSON array (one query text whatever their number: prepared once). */
const linesById = (db: DataContext["db"]) =>
  prepared(db, "inventory.linesById", (db) =>
    selectLinesWhere(db, and(eq(professionals.workspaceId, sql.placeholder("workspace")), inArray(professionals.id, sql`(select value from json_each(${sql.placeholder("ids")}))`))!).prepare(),
  );

/** One page of the list, filtered (four queries: counts, the page's ids, their lines, their pending invitations). */
export function professionalsPage(ctx: DataContext, input: { team: boolean; query: ListQuery }): ProfessionalsPage {
  const p = professionals;
  const where = filterOf(ctx, input.query, input.team);
  const byProfession = ctx.db
    .select({ profession: p.profession, professionOther: p.professionOther, lines: count() })
    .from(p)
    .where(where)
    .groupBy(p.profession, p.professionOther)
    .all();
  const matching = byProfession.reduce((n, g) => n + g.lines, 0);
  const pageCount = Math.max(1, Math.ceil(matching / PAGE_SIZE));
  const page = Math.min(input.query.page, pageCount);
  // The page's ids first (from professional_order_idx, in order up to the name when unfiltered: only the first
  // professions' names are sorted, up to the page), then only their rows and joins.
  const ids = ctx.db
    .select({ id: p.id })
    .from(p)
    .where(where)
    .orderBy(...LIST_ORDER)
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all()
    .map((r) => r.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const rows = ids.length ? linesById(ctx.db).all({ workspace: ctx.workspace.id, ids: JSON.stringify(ids) }).sort((a, b) => position.get(a.line.id)! - position.get(b.line.id)!) : [];
  const viewer = { userId: ctx.actor.id, team: input.team };
  const invitations = input.team && rows.length ? pendingInvitations(ctx, rows.map((r) => r.line.id)) : new Map();
  return { lines: rows.map((r) => toView(r, viewer, invitations.get(r.line.id) ?? null)), matching, byProfession, page, pageCount, pageSize: PAGE_SIZE };
}

/** The viewer's own lines (a professional who accepted the invitation to confirm theirs), one query. */
export function ownLines(ctx: DataContext): ProfessionalView[] {
  return prepared(ctx.db, "inventory.ownLines", (db) =>
    selectLinesWhere(db, and(eq(professionals.workspaceId, sql.placeholder("workspace")), eq(professionals.userId, sql.placeholder("user")))!).prepare(),
  )
    .all({ workspace: ctx.workspace.id, user: ctx.actor.id })
    .map((r) => toView(r, { userId: ctx.actor.id, team: false }, null));
}
