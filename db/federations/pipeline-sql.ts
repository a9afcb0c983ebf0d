/**
 * The pipeline in SQL. Each commune that asked the federation is one row of `federation_pipeline` (kept by triggers:
 * drizzle/0014_federation_pipeline.sql): its latest request, its commune's name, sort key and department, and its
 * stage and dues already computed from its facts by the rules of `pipelineStage` and the to-do of
 * `lib/federation/pipeline.ts` (a test compares them commune by commune). What depends on the clock (quiet since
 * before `quietBefore`) and on the viewer (whether they accompany it) is compared here. One statement reads it for
 * the page: its counts, the page of the list and the first of each to-do list (`pipelineView`).
 */
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import type { BaseContext, Queryable } from "../context";
import {
  DUE_KINDS,
  DUE_SHOWN,
  NO_FACILITATOR,
  PIPELINE_PAGE_SIZE,
  PIPELINE_STAGES,
  type DueKind,
  type PipelineFilters,
  type PipelineStage,
} from "@/lib/federation/pipeline";

/**
 * What is due, over `federation_pipeline`: a request to answer; accepted with no meeting drafted, sent or held, and
 * a held meeting without its published synthesis (both kept in the table); accepted and quiet since before
 * `quietBefore` (`quietCutoff`: more than 21 Paris days), counting from the latest event or, with none, from the
 * acceptance (`quiet_since`, null unless accepted).
 */
const dueOf = (quietBefore: Placeholder): Record<DueKind, SQL> => ({
  demandes: sql`status = 'pending'`,
  rencontres: sql`due_rencontres`,
  syntheses: sql`due_syntheses`,
  calmes: sql`quiet_since < ${quietBefore}`,
});

/** Most urgent first, over `pipeline`'s columns: the oldest request, the longest accompanied, the quietest. */
const DUE_ORDER: Record<DueKind, SQL> = {
  demandes: sql`requested_at, request_id`,
  rencontres: sql`coalesce(decided_at, requested_at), request_id`,
  syntheses: sql`coalesce(decided_at, requested_at), request_id`,
  calmes: sql`quiet_since, request_id`,
};

export type PipelineInput = { federationId: string; viewerId: string; filters: PipelineFilters; quietBefore: Date };

/**
 * What the statement's text depends on: which filters are set (their values are bound), the due list and stage
 * filtered on, and the page (its offset is written into the text, see `int`). The values are placeholders.
 */
type Shape = { departement: boolean; facilitator: "" | typeof NO_FACILITATOR | "user"; due: DueKind | ""; stage: PipelineStage | ""; page: number };

const P = {
  federationId: sql.placeholder("federationId"),
  viewerId: sql.placeholder("viewerId"),
  quietBefore: sql.placeholder("quietBefore"),
  departement: sql.placeholder("departement"),
  facilitator: sql.placeholder("facilitator"),
};

/**
 * The federation's facilitators of `workspace_id` among `wm` (the filters' and `mine`'s lists, each built once for
 * the statement rather than looked up commune by commune). `+` keeps SQLite from the federation's index where the
 * person is known: their own memberships (one index range) are fewer than the federation's.
 */
const facilitatorOf = (federationId: Placeholder, userId?: Placeholder) =>
  userId
    ? sql`select wm.workspace_id from workspace_member wm where wm.user_id = ${userId} and wm.role = 'facilitateur' and +wm.federation_id = ${federationId}`
    : sql`select wm.workspace_id from workspace_member wm where wm.role = 'facilitateur' and wm.federation_id = ${federationId}`;

/** The communes whose latest request to the federation is pending or accepted. */
function pipeline(): SQL {
  const due = dueOf(P.quietBefore);
  return sql`pipeline as materialized (
    select request_id, workspace_id, requested_at, decided_at, commune_name, search_name, departement_code, quiet_since, stage,
      workspace_id in (${facilitatorOf(P.federationId, P.viewerId)}) as mine,
      ${sql.join(
        DUE_KINDS.map((k) => sql`(${due[k]}) as ${sql.raw(`due_${k}`)}`),
        sql`, `,
      )}
    from federation_pipeline
    where federation_id = ${P.federationId} and status in ('pending', 'accepted')
  )`;
}

/** The list's filters but the stage, over `pipeline`'s columns ("aucun": no facilitator of the federation). */
function listed(shape: Shape): SQL {
  const { departement, facilitator, due } = shape;
  const conditions = [
    departement ? sql`departement_code = ${P.departement}` : null,
    facilitator === NO_FACILITATOR
      ? sql`workspace_id not in (${facilitatorOf(P.federationId)})`
      : facilitator
        ? sql`workspace_id in (${facilitatorOf(P.federationId, P.facilitator)})`
        : null,
    due ? sql.raw(`due_${due}`) : null,
  ].filter((c): c is SQL => c !== null);
  return conditions.length ? sql.join(conditions, sql` and `) : sql`1`;
}

export type PipelineCount = {
  stage: number;
  departementCode: string;
  departementName: string;
  communes: number;
  /** Of them, those the list's filters (but the stage) keep, and those the viewer accompanies. */
  listed: number;
  listedMine: number;
} & Record<DueKind, number>;

export type PipelineRow = {
  /** "page" for the list's page, or the to-do list it heads. */
  list: "page" | DueKind;
  requestId: number;
  workspaceId: number;
  status: "pending" | "accepted";
  requestedAt: Date;
  decidedAt: Date | null;
  communeCode: string;
  communeName: string;
  departementCode: string;
  departementName: string;
  mandateStart: string;
  professionals: number;
  openMeetings: number;
  firstMeetingHeldAt: Date | null;
  firstSynthesisPublishedAt: Date | null;
  heldWithoutSynthesis: number;
  followUpMeetings: number;
  lastMeetingCreatedAt: Date | null;
  lastNextStepAt: Date | null;
  lastActivityAt: Date | null;
  stage: number;
  mine: boolean;
};

/**
 * A limit or an offset written into the statement: SQLite sorts a bound `limit ?` twice as slowly as a literal
 * one here (measured on the national copy), and these are integers of ours.
 */
const int = (n: number) => sql.raw(String(Math.max(0, Math.trunc(n))));

/** The columns of the view's rows, in the order every branch of its union selects them (the first branch names them). */
const COLUMNS = [
  "request_id",
  "workspace_id",
  "status",
  "requested_at",
  "decided_at",
  "commune_code",
  "commune_name",
  "departement_code",
  "departement_name",
  "mandate_start",
  "professionals",
  "open_meetings",
  "first_meeting_held_at",
  "first_synthesis_published_at",
  "held_without_synthesis",
  "follow_up_meetings",
  "last_meeting_created_at",
  "last_next_step_at",
  "last_activity_at",
  "stage",
  "mine",
];

/**
 * The columns of a commune shown, in COLUMNS' order: read for the rows shown only (at most 40), `pipeline` keeping
 * only what the counts, the filters and the orders need (a narrower materialized table is cheaper to write and read).
 */
const DETAILS = sql.raw(`l.id, l.workspace_id, l.status, l.requested_at, l.decided_at, c.code, c.name, c.departement_code,
  coalesce(d.name, c.departement_code), w.mandate_start, f.professionals, f.open_meetings, f.first_meeting_held_at, f.first_synthesis_published_at,
  f.held_without_synthesis, f.follow_up_meetings, f.last_meeting_created_at, f.last_next_step_at, f.last_activity_at, s.stage, s.mine`);

/**
 * The statement of one shape: one row of counts, then the page and the first of each to-do list (`n`: the row's
 * place in its list), `pipeline` built once.
 */
function viewSql(shape: Shape): SQL {
  const where = listed(shape);
  const order = sql`mine desc, stage, search_name, commune_name, workspace_id`;
  const page = sql`select 'page' as list, request_id, stage, mine, row_number() over (order by ${order}) as n from (
    select * from pipeline where ${where} ${shape.stage ? sql`and stage = ${int(PIPELINE_STAGES.indexOf(shape.stage))}` : sql``}
    order by ${order}
    limit ${int(PIPELINE_PAGE_SIZE)} offset ${int((shape.page - 1) * PIPELINE_PAGE_SIZE)})`;
  const firsts = DUE_KINDS.map(
    (k) =>
      sql`select ${sql.raw(`'${k}'`)} as list, request_id, stage, mine, row_number() over (order by ${DUE_ORDER[k]}) as n from (select * from pipeline where ${sql.raw(`due_${k}`)} order by ${DUE_ORDER[k]} limit ${int(DUE_SHOWN)})`,
  );
  const counts = sql`select 'counts' as list, ${sql.raw(COLUMNS.map((c) => `null as ${c}`).join(", "))}, null as n, (
    select json_group_array(json_array(stage, departement_code, coalesce(d.name, departement_code), communes, listed, listed_mine, ${sql.raw(DUE_KINDS.map((k) => `due_${k}`).join(", "))}))
    from (
      select stage, departement_code, count(*) as communes, sum(${where}) as listed, sum((${where}) and mine) as listed_mine,
        ${sql.raw(DUE_KINDS.map((k) => `sum(due_${k}) as due_${k}`).join(", "))}
      from pipeline group by stage, departement_code
    ) g left join departement d on d.code = g.departement_code) as counts`;
  return sql`with ${pipeline()}, shown as (${sql.join([page, ...firsts], sql` union all `)})
    ${counts}
    union all
    select s.list, ${DETAILS}, s.n, null from shown s
      join federation_request l on l.id = s.request_id
      join workspace w on w.id = l.workspace_id
      join commune c on c.code = w.commune_code
      left join departement d on d.code = c.departement_code
      join workspace_pipeline_facts f on f.workspace_id = l.workspace_id`;
}

type ViewStatement = { all(values: Record<string, unknown>): Record<string, unknown>[] };

// The statements of the shapes asked for, per connection: Drizzle builds a statement's text (5 kB here) in about
// as long as SQLite takes to run it, so each shape is built once (the `db/prepared.ts` idea, keyed by shape).
const statements = new WeakMap<Queryable, Map<string, ViewStatement>>();
const STATEMENTS_KEPT = 200;

function viewStatement(db: Queryable, shape: Shape): ViewStatement {
  let byShape = statements.get(db);
  if (!byShape) statements.set(db, (byShape = new Map()));
  const key = `${shape.departement}|${shape.facilitator}|${shape.due}|${shape.stage}|${shape.page}`;
  let statement = byShape.get(key);
  if (!statement) {
    if (byShape.size >= STATEMENTS_KEPT) byShape.delete(byShape.keys().next().value!);
    const fields = Object.fromEntries(["list", ...COLUMNS, "n", "counts"].map((c) => [c, sql.raw(c)]));
    statement = db.select(fields).from(sql`(${viewSql(shape)})`).prepare() as ViewStatement;
    byShape.set(key, statement);
  }
  return statement;
}

/**
 * The pipeline as the page shows it, in one statement (`pipeline` built once): the page of the list (the filters,
 * the viewer's communes first, then by stage — requests first — then by name, accents and case aside), the first
 * DUE_SHOWN of each to-do list, and one row of counts by stage and department (a JSON array, ≤ 7 entries a
 * department) from which every total of the page is read.
 */
export function pipelineView(ctx: BaseContext, input: PipelineInput & { page: number }): { counts: PipelineCount[]; rows: PipelineRow[] } {
  const { filters } = input;
  const shape: Shape = {
    departement: Boolean(filters.departement),
    facilitator: filters.facilitator === NO_FACILITATOR ? NO_FACILITATOR : filters.facilitator ? "user" : "",
    due: filters.due,
    stage: filters.stage,
    page: input.page,
  };
  const rows = viewStatement(ctx.db, shape).all({
    federationId: input.federationId,
    viewerId: input.viewerId,
    quietBefore: input.quietBefore.getTime(),
    departement: filters.departement,
    facilitator: filters.facilitator,
  });
  return readView(rows);
}

/** The view from the statement's rows: the row of counts (its JSON array) and the rows shown, each list in order. */
export function readView(rows: Record<string, unknown>[]): { counts: PipelineCount[]; rows: PipelineRow[] } {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(Number(v)));
  const head = rows.find((r) => r.list === "counts")!;
  const shown = rows.filter((r) => r !== head).sort((a, b) => Number(a.n) - Number(b.n));
  return {
    counts: (JSON.parse(String(head.counts)) as (number | string)[][]).map(([stage, departementCode, departementName, communes, listed, listedMine, ...due]) => ({
      stage: Number(stage),
      departementCode: String(departementCode),
      departementName: String(departementName),
      communes: Number(communes),
      listed: Number(listed),
      listedMine: Number(listedMine),
      ...(Object.fromEntries(DUE_KINDS.map((k, i) => [k, Number(due[i])])) as Record<DueKind, number>),
    })),
    rows: shown.map((r) => ({
      list: r.list as PipelineRow["list"],
      requestId: Number(r.request_id),
      workspaceId: Number(r.workspace_id),
      status: r.status as PipelineRow["status"],
      requestedAt: new Date(Number(r.requested_at)),
      decidedAt: date(r.decided_at),
      communeCode: String(r.commune_code),
      communeName: String(r.commune_name),
      departementCode: String(r.departement_code),
      departementName: String(r.departement_name),
      mandateStart: String(r.mandate_start),
      professionals: Number(r.professionals),
      openMeetings: Number(r.open_meetings),
      firstMeetingHeldAt: date(r.first_meeting_held_at),
      firstSynthesisPublishedAt: date(r.first_synthesis_published_at),
      heldWithoutSynthesis: Number(r.held_without_synthesis),
      followUpMeetings: Number(r.follow_up_meetings),
      lastMeetingCreatedAt: date(r.last_meeting_created_at),
      lastNextStepAt: date(r.last_next_step_at),
      lastActivityAt: date(r.last_activity_at),
      stage: Number(r.stage),
      mine: Number(r.mine) === 1,
    })),
  };
}
