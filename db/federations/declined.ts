/** The federation's declined requests, beside its pipeline (`pipeline-sql.ts`): the same « latest request » rule. */
import { sql } from "drizzle-orm";
import type { BaseContext, Queryable } from "../context";
import { prepared } from "../prepared";
import { LATEST } from "./pipeline-sql";

export type DeclinedRequest = { requestId: number; communeName: string; departementName: string; decidedAt: Date | null; declineReason: string | null };

/** The communes whose latest request the federation declined: the latest `limit` decisions, and how many there are. */
export function declinedRequests(ctx: BaseContext, input: { federationId: string; limit: number }): { total: number; latest: DeclinedRequest[] } {
  const rows = prepared(ctx.db, declinedQuery).all({ federationId: input.federationId, limit: input.limit }) as {
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

// The federation's home runs it at every visit: prepared once (`db/prepared.ts`).
const declinedQuery = (db: Queryable) =>
  db
    .select(Object.fromEntries(["request_id", "commune_name", "departement_name", "decided_at", "decline_reason", "total"].map((c) => [c, sql.raw(c)])))
    .from(
      sql`(select l.id as request_id, c.name as commune_name, coalesce(d.name, c.departement_code) as departement_name, l.decided_at, l.decline_reason,
      count(*) over () as total
    from federation_request l
    join workspace w on w.id = l.workspace_id
    join commune c on c.code = w.commune_code
    left join departement d on d.code = c.departement_code
    where l.federation_id = ${sql.placeholder("federationId")} and l.status = 'declined' and ${LATEST}
    order by coalesce(l.decided_at, 0) desc, l.id desc
    limit ${sql.placeholder("limit")})`,
    )
    .prepare();
