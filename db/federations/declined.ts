/**
 * The federation's declined requests, beside its pipeline (`pipeline-sql.ts`): read from the same table,
 * `federation_pipeline`, whose row of a commune is its latest request not withdrawn.
 */
import { sql } from "drizzle-orm";
import type { BaseContext, Queryable } from "../context";
import { literalLimit, preparedBy } from "../prepared";

export type DeclinedRequest = { requestId: number; communeName: string; departementName: string; decidedAt: Date | null; declineReason: string | null };

/** The communes whose latest request the federation declined: the latest `limit` decisions, and how many there are. */
export function declinedRequests(ctx: BaseContext, input: { federationId: string; limit: number }): { total: number; latest: DeclinedRequest[] } {
  const rows = preparedBy(ctx.db, declinedQuery, input.limit).all({ federationId: input.federationId }) as {
    request_id: number;
    commune_name: string;
    departement_name: string;
    decided_at: number | null;
    decline_reason: string | null;
    total: number;
  }[];
  return {
    total: rows[0]?.total ?? 0,
    latest: rows.map((r) => ({
      requestId: r.request_id,
      communeName: r.commune_name,
      departementName: r.departement_name,
      decidedAt: r.decided_at === null ? null : new Date(r.decided_at),
      declineReason: r.decline_reason,
    })),
  };
}

// The federation's home runs it at every visit: prepared once per limit (`db/prepared.ts`), the limit written in
// (`literalLimit`: SQLite sorts for a bound limit as for none). The department's name is read for the rows shown
// only; the total counts the index range.
const declinedQuery = (db: Queryable, limit: number) =>
  db
    .select(Object.fromEntries(["request_id", "commune_name", "departement_name", "decided_at", "decline_reason", "total"].map((c) => [c, sql.raw(c)])))
    .from(
      sql`(select p.request_id, p.commune_name, coalesce(d.name, p.departement_code) as departement_name, p.decided_at, p.decline_reason,
      (select count(*) from federation_pipeline t where t.federation_id = p.federation_id and t.status = 'declined') as total
    from (
      select * from federation_pipeline where federation_id = ${sql.placeholder("federationId")} and status = 'declined'
      order by coalesce(decided_at, 0) desc, request_id desc
      limit ${literalLimit(limit)}
    ) p
    left join departement d on d.code = p.departement_code
    order by coalesce(p.decided_at, 0) desc, p.request_id desc)`,
    )
    .prepare();
