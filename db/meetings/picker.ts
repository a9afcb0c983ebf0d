/**
 * The inventory picker of a meeting: the workspace's professionals with an e-mail who are not invited yet,
 * found by a search (name, profession, address), at most `PICKER_SIZE` of them, and how many match in all.
 * Two queries, whatever the size of the inventory or of the meeting: the page never lists every line.
 */
import { INVENTORY_ORDER } from "@/db/inventory-order";
import { and, count, eq, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { meetingInvitees, professionals } from "../schema";
import { inviteeProfession, professionLabel, professionsMatching } from "@/lib/meetings/invitees";
import type { Queryable } from "../context";
import { literalLimit, prepared } from "../prepared";
import type { WorkspaceReader } from "./queries";

export const PICKER_SIZE = 20;
/** A search longer than this is cut: no name or address is that long. */
export const PICKER_SEARCH_MAX = 100;

export type InvitableProfessional = { id: number; label: string; profession: string; email: string };
export type InvitablePage = { matches: InvitableProfessional[]; total: number };

/** `%text%` for LIKE, its wildcards escaped. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function searchCondition(search: string): SQL | undefined {
  const text = search.trim().slice(0, PICKER_SEARCH_MAX);
  if (!text) return undefined;
  const p = professionals;
  const pattern = contains(text);
  const like = (column: SQLiteColumn) => sql`${column} like ${pattern} escape '\\'`;
  // The profession is stored as a code: the search is compared with its label, accents and case aside.
  const codes = professionsMatching(text);
  return or(like(p.name), like(p.professionOther), like(p.email), codes.length ? inArray(p.profession, codes) : undefined);
}

/**
 * The professionals of the inventory with an e-mail, not yet invited to this meeting (by address, as the
 * invitees are merged), matching `search`: the first `PICKER_SIZE` in the inventory's order, and the count.
 * Their personal fields are not read.
 */
export function invitableProfessionals(ctx: WorkspaceReader, input: { meetingId: number; search?: string }): InvitablePage {
  const search = searchCondition(input.search ?? "");
  const values = { workspaceId: ctx.workspace.id, meetingId: input.meetingId };
  // Without a search (the page as it opens), both queries are prepared once per connection (`db/prepared.ts`).
  const total = (search ? countOf(ctx.db, search).all(values) : prepared(ctx.db, countQuery).all(values))[0]?.n ?? 0;
  if (total === 0) return { matches: [], total };
  const rows = search ? firstOf(ctx.db, search).all(values) : prepared(ctx.db, firstQuery).all(values);
  return {
    matches: rows.map((r) => ({
      id: r.id,
      email: r.email!.trim().toLowerCase(),
      label: r.name?.trim() || professionLabel(inviteeProfession(r)),
      profession: professionLabel(inviteeProfession(r)),
    })),
    total,
  };
}

function invitable(search: SQL | undefined): SQL {
  const p = professionals;
  const i = meetingInvitees;
  return and(
    eq(p.workspaceId, sql.placeholder("workspaceId")),
    isNotNull(p.email),
    sql`trim(${p.email}) <> ''`,
    sql`not exists (select 1 from ${i} where ${i.meetingId} = ${sql.placeholder("meetingId")} and ${i.email} = lower(trim(${p.email})))`,
    search,
  )!;
}

const countOf = (db: Queryable, search?: SQL) => db.select({ n: count() }).from(professionals).where(invitable(search)).prepare();
const countQuery = (db: Queryable) => countOf(db);

// The inventory's order, read from its index (db/inventory-order.ts); the limit is written in (`literalLimit`).
const firstOf = (db: Queryable, search?: SQL) => {
  const p = professionals;
  return db
    .select({ id: p.id, name: p.name, profession: p.profession, professionOther: p.professionOther, email: p.email })
    .from(p)
    .where(invitable(search))
    .orderBy(...INVENTORY_ORDER)
    .limit(literalLimit(PICKER_SIZE))
    .prepare();
};
const firstQuery = (db: Queryable) => firstOf(db);
