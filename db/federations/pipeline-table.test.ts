/**
 * `federation_pipeline` is kept by triggers (drizzle/0014_federation_pipeline.sql). After a random sequence of
 * writes — requests sent, decided, withdrawn, sent again, deleted; workspaces deleted; meetings, syntheses, lines,
 * next steps, history; facilitators; a commune renamed — the table equals what the statement of the page computed
 * from the source rows before the table existed (the oracle below: that statement, kept as it was), and
 * `pipelineView` and `declinedRequests` return what it returned, over many filters, pages, viewers and dates.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { federationRequests, historyEvents, meetingSyntheses, meetings, nextSteps, professionals, workspaceMembers, workspaces } from "../schema";
import type { BaseContext } from "../context";
import { MEETING_KINDS, MEETING_STATUSES } from "@/lib/domain/enums";
import { emptySynthesis } from "@/lib/synthesis/content";
import {
  DUE_KINDS,
  DUE_SHOWN,
  INVENTORY_STARTED_LINES,
  NO_FACILITATOR,
  PIPELINE_PAGE_SIZE,
  PIPELINE_STAGES,
  type DueKind,
  type PipelineFilters,
  type PipelineStage,
} from "@/lib/federation/pipeline";
import { pipelineView, readView } from "./pipeline-sql";
import { declinedRequests } from "./declined";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());

// ——— The oracle: pipeline-sql.ts and declined.ts before 0014, computing each commune's row from the source rows. ———

const rank = (s: PipelineStage) => sql.raw(String(PIPELINE_STAGES.indexOf(s)));
const STAGE = sql`case
  when l.status = 'pending' then ${rank("demande")}
  when f.first_synthesis_published_at is not null then case
    when f.follow_up_meetings > 0 or f.last_meeting_created_at >= f.first_synthesis_published_at or f.last_next_step_at >= f.first_synthesis_published_at
    then ${rank("suivi")} else ${rank("synthese_publiee")} end
  when f.first_meeting_held_at is not null then ${rank("rencontre_tenue")}
  when f.open_meetings > 0 then ${rank("rencontre_preparee")}
  when f.professionals >= ${sql.raw(String(INVENTORY_STARTED_LINES))} then ${rank("etat_des_lieux")}
  else ${rank("acceptee")} end`;
const P = {
  federationId: sql.placeholder("federationId"),
  viewerId: sql.placeholder("viewerId"),
  quietBefore: sql.placeholder("quietBefore"),
  departement: sql.placeholder("departement"),
  facilitator: sql.placeholder("facilitator"),
};
const DUE: Record<DueKind, SQL> = {
  demandes: sql`l.status = 'pending'`,
  rencontres: sql`l.status = 'accepted' and f.open_meetings = 0 and f.first_meeting_held_at is null`,
  syntheses: sql`l.status = 'accepted' and f.held_without_synthesis > 0`,
  calmes: sql`l.status = 'accepted' and coalesce(f.last_activity_at, l.decided_at) < ${P.quietBefore}`,
};
const DUE_ORDER: Record<DueKind, SQL> = {
  demandes: sql`requested_at, request_id`,
  rencontres: sql`coalesce(decided_at, requested_at), request_id`,
  syntheses: sql`coalesce(decided_at, requested_at), request_id`,
  calmes: sql`coalesce(last_activity_at, decided_at), request_id`,
};
const LATEST = sql`not exists (
  select 1 from federation_request n where n.workspace_id = l.workspace_id and n.federation_id = l.federation_id and n.status <> 'withdrawn'
    and (n.requested_at > l.requested_at or (n.requested_at = l.requested_at and n.id > l.id)))`;

/** Every pair's row as the table should hold it, computed from scratch. */
const OLD_TABLE = sql`select l.federation_id, l.workspace_id, l.id as request_id, l.status, l.requested_at, l.decided_at, l.decline_reason,
    c.name as commune_name, c.search_name, c.departement_code,
    case when l.status = 'declined' then null else ${STAGE} end as stage,
    (${DUE.rencontres}) as due_rencontres, (${DUE.syntheses}) as due_syntheses,
    case when l.status = 'accepted' then coalesce(f.last_activity_at, l.decided_at) end as quiet_since
  from federation_request l
  join workspace w on w.id = l.workspace_id
  join commune c on c.code = w.commune_code
  join workspace_pipeline_facts f on f.workspace_id = l.workspace_id
  where l.status <> 'withdrawn' and ${LATEST}
  order by l.federation_id, l.workspace_id`;
const KEPT = sql`select federation_id, workspace_id, request_id, status, requested_at, decided_at, decline_reason, commune_name, search_name, departement_code,
    stage, due_rencontres, due_syntheses, quiet_since
  from federation_pipeline order by federation_id, workspace_id`;

type Shape = { departement: boolean; facilitator: "" | typeof NO_FACILITATOR | "user"; due: DueKind | ""; stage: PipelineStage | ""; page: number };

function oldPipeline(): SQL {
  return sql`pipeline as materialized (
    select l.id as request_id, l.workspace_id, l.requested_at, l.decided_at, c.name as commune_name, c.search_name, c.departement_code, f.last_activity_at,
      ${STAGE} as stage,
      exists (select 1 from workspace_member wm where wm.workspace_id = l.workspace_id and wm.user_id = ${P.viewerId} and wm.role = 'facilitateur' and wm.federation_id = ${P.federationId}) as mine,
      ${sql.join(
        DUE_KINDS.map((k) => sql`(${DUE[k]}) as ${sql.raw(`due_${k}`)}`),
        sql`, `,
      )}
    from federation_request l
    join workspace w on w.id = l.workspace_id
    join commune c on c.code = w.commune_code
    join workspace_pipeline_facts f on f.workspace_id = l.workspace_id
    where l.federation_id = ${P.federationId} and l.status in ('pending', 'accepted') and ${LATEST}
  )`;
}

function oldListed(shape: Shape): SQL {
  const { departement, facilitator, due } = shape;
  const member = sql`select 1 from workspace_member wm where wm.workspace_id = pipeline.workspace_id and wm.role = 'facilitateur' and wm.federation_id = ${P.federationId}`;
  const conditions = [
    departement ? sql`departement_code = ${P.departement}` : null,
    facilitator === NO_FACILITATOR ? sql`not exists (${member})` : facilitator ? sql`exists (${member} and wm.user_id = ${P.facilitator})` : null,
    due ? sql.raw(`due_${due}`) : null,
  ].filter((c): c is SQL => c !== null);
  return conditions.length ? sql.join(conditions, sql` and `) : sql`1`;
}

const int = (n: number) => sql.raw(String(Math.max(0, Math.trunc(n))));
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
const DETAILS = sql.raw(`l.id, l.workspace_id, l.status, l.requested_at, l.decided_at, c.code, c.name, c.departement_code,
  coalesce(d.name, c.departement_code), w.mandate_start, f.professionals, f.open_meetings, f.first_meeting_held_at, f.first_synthesis_published_at,
  f.held_without_synthesis, f.follow_up_meetings, f.last_meeting_created_at, f.last_next_step_at, f.last_activity_at, s.stage, s.mine`);

function oldViewSql(shape: Shape): SQL {
  const where = oldListed(shape);
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
  return sql`with ${oldPipeline()}, shown as (${sql.join([page, ...firsts], sql` union all `)})
    ${counts}
    union all
    select s.list, ${DETAILS}, s.n, null from shown s
      join federation_request l on l.id = s.request_id
      join workspace w on w.id = l.workspace_id
      join commune c on c.code = w.commune_code
      left join departement d on d.code = c.departement_code
      join workspace_pipeline_facts f on f.workspace_id = l.workspace_id`;
}

const oldStatements = new Map<string, { all(values: Record<string, unknown>): Record<string, unknown>[] }>();
function oldView(input: { federationId: string; viewerId: string; filters: PipelineFilters; quietBefore: Date; page: number }) {
  const { filters } = input;
  const shape: Shape = {
    departement: Boolean(filters.departement),
    facilitator: filters.facilitator === NO_FACILITATOR ? NO_FACILITATOR : filters.facilitator ? "user" : "",
    due: filters.due,
    stage: filters.stage,
    page: input.page,
  };
  const key = JSON.stringify(shape);
  let statement = oldStatements.get(key);
  if (!statement) {
    const fields = Object.fromEntries(["list", ...COLUMNS, "n", "counts"].map((c) => [c, sql.raw(c)]));
    statement = db.select(fields).from(sql`(${oldViewSql(shape)})`).prepare() as { all(values: Record<string, unknown>): Record<string, unknown>[] };
    oldStatements.set(key, statement);
  }
  const rows = statement.all({
    federationId: input.federationId,
    viewerId: input.viewerId,
    quietBefore: input.quietBefore.getTime(),
    departement: filters.departement,
    facilitator: filters.facilitator,
  });
  return readView(rows);
}

const oldDeclinedQuery = db
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

function oldDeclined(federationId: string, limit: number) {
  const rows = oldDeclinedQuery.all({ federationId, limit }) as Record<string, unknown>[];
  return {
    total: Number(rows[0]?.total ?? 0),
    latest: rows.map((r) => ({
      requestId: Number(r.request_id),
      communeName: String(r.commune_name),
      departementName: String(r.departement_name),
      decidedAt: r.decided_at === null ? null : new Date(Number(r.decided_at)),
      declineReason: r.decline_reason as string | null,
    })),
  };
}

// ——— Random writes. ———

/** A small seeded generator (mulberry32): a failure replays with the same seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}

const FEDERATIONS = ["fecop", "femasaura", "femage"] as const;
const DEPARTEMENTS = ["48", "12", "34", "30"];
const people: Record<"maire" | "ines" | "marc" | "lea" | "nobody", string> = { maire: "", ines: "", marc: "", lea: "", nobody: "" };
let codes: string[] = [];
before(() => {
  people.maire = addUser(db, "maire@exemple.fr", "Claire Maire").id;
  people.ines = addUser(db, "ines@fecop.fr", "Inès Benali").id;
  people.marc = addUser(db, "marc@fecop.fr", "Marc Delmas").id;
  people.lea = addUser(db, "lea@femasaura.fr", "Léa Rhône").id;
  people.nobody = addUser(db, "personne@exemple.fr", "Personne").id;
  codes = DEPARTEMENTS.flatMap((d) => (sqlite.prepare("select code from commune where departement_code = ? order by code limit 20").all(d) as { code: string }[]).map((c) => c.code));
});
const FACILITATORS = () => [people.ines, people.marc, people.lea];

function assertTableKept(step: string) {
  assert.deepEqual(db.all(KEPT), db.all(OLD_TABLE), step);
}

/** Runs `steps` random writes from `seed`, checking the table against the oracle every `every` steps. */
function randomWrites(seed: number, steps: number, every: number) {
  const r = random(seed);
  const DAY = 86_400_000;
  let clock = new Date("2026-04-01T08:00:00Z").getTime();
  let uid = 0;
  const tick = () => (clock += r.pick([0, 0, 1, 60_000, 3_600_000, DAY, 3 * DAY, 9 * DAY]));
  const live = () => (sqlite.prepare("select id from workspace order by id").all() as { id: number }[]).map((w) => w.id);
  const some = <T>(query: string, ...args: unknown[]) => {
    const rows = sqlite.prepare(query).all(...args) as T[];
    return rows.length ? r.pick(rows) : undefined;
  };
  const writes: [number, string, () => void][] = [
    [
      3,
      "workspace opened",
      () => {
        const free = codes.filter((c) => !sqlite.prepare("select 1 from workspace where commune_code = ?").get(c));
        if (free.length) db.insert(workspaces).values({ communeCode: r.pick(free), mandateStart: "2026-03-22", createdBy: people.maire, createdAt: new Date(clock) }).run();
      },
    ],
    [
      1,
      "workspace deleted",
      () => {
        const ids = live();
        if (ids.length > 8) db.delete(workspaces).where(eq(workspaces.id, r.pick(ids))).run();
      },
    ],
    [
      8,
      "request sent (again, or to another federation)",
      () => {
        const ids = live();
        if (!ids.length) return;
        const status = r.next() < 0.8 ? "pending" : r.pick(["accepted", "declined", "withdrawn"] as const);
        // Now and then a request at the very millisecond of another: the id breaks the tie.
        db.insert(federationRequests)
          .values({ workspaceId: r.pick(ids), federationId: r.pick(FEDERATIONS), message: "Bonjour.", status, requestedBy: people.maire, requestedAt: new Date(r.next() < 0.2 ? clock : tick()), decidedAt: status === "pending" ? null : new Date(clock) })
          .run();
      },
    ],
    [
      8,
      "request decided or withdrawn",
      () => {
        const req = some<{ id: number }>("select id from federation_request where status in ('pending', 'accepted')");
        if (!req) return;
        const status = r.pick(["accepted", "accepted", "declined", "withdrawn"] as const);
        db.update(federationRequests)
          .set({ status, decidedAt: r.next() < 0.9 ? new Date(tick()) : null, declineReason: status === "declined" ? r.pick(["Hors de notre région.", "Trop tôt.", null]) : null })
          .where(eq(federationRequests.id, req.id))
          .run();
      },
    ],
    [
      1,
      "request changed otherwise (reason, date, workspace, federation) or deleted",
      () => {
        const req = some<{ id: number }>("select id from federation_request");
        if (!req) return;
        const ids = live();
        const what = r.int(5);
        if (what === 4) db.update(federationRequests).set({ declineReason: `Motif ${++uid}` }).where(eq(federationRequests.id, req.id)).run();
        else if (what === 0) db.update(federationRequests).set({ requestedAt: new Date(clock - r.int(30) * DAY) }).where(eq(federationRequests.id, req.id)).run();
        else if (what === 1 && ids.length) db.update(federationRequests).set({ workspaceId: r.pick(ids) }).where(eq(federationRequests.id, req.id)).run();
        else if (what === 2) db.update(federationRequests).set({ federationId: r.pick(FEDERATIONS) }).where(eq(federationRequests.id, req.id)).run();
        else db.delete(federationRequests).where(eq(federationRequests.id, req.id)).run();
      },
    ],
    [
      5,
      "meeting created",
      () => {
        const ids = live();
        if (!ids.length) return;
        db.insert(meetings)
          .values({
            workspaceId: r.pick(ids),
            title: "Rencontre",
            kind: r.pick(MEETING_KINDS),
            startsAt: new Date(clock + (r.int(40) - 20) * DAY),
            durationMinutes: 90,
            place: "Mairie",
            status: r.pick(["brouillon", "brouillon", "invitations_envoyees"] as const),
            icsUid: `m${++uid}@test`,
            createdAt: new Date(tick()),
          })
          .run();
      },
    ],
    [
      5,
      "meeting held, cancelled or deleted",
      () => {
        const m = some<{ id: number }>("select id from meeting");
        if (!m) return;
        if (r.next() < 0.15) db.delete(meetings).where(eq(meetings.id, m.id)).run();
        else db.update(meetings).set({ status: r.pick(MEETING_STATUSES) }).where(eq(meetings.id, m.id)).run();
      },
    ],
    [
      4,
      "synthesis drafted, published or deleted",
      () => {
        const m = some<{ id: number; workspace_id: number; has: number }>("select m.id, m.workspace_id, s.meeting_id is not null as has from meeting m left join meeting_synthesis s on s.meeting_id = m.id");
        if (!m) return;
        const at = new Date(tick());
        if (!m.has) {
          const published = r.next() < 0.6;
          db.insert(meetingSyntheses)
            .values({ meetingId: m.id, workspaceId: m.workspace_id, draft: emptySynthesis([]), published: published ? emptySynthesis([]) : null, firstPublishedAt: published ? at : null, publishedAt: published ? at : null })
            .run();
        } else if (r.next() < 0.2) db.delete(meetingSyntheses).where(eq(meetingSyntheses.meetingId, m.id)).run();
        else db.update(meetingSyntheses).set({ published: emptySynthesis([]), firstPublishedAt: at, publishedAt: at }).where(eq(meetingSyntheses.meetingId, m.id)).run();
      },
    ],
    [
      6,
      "professionals added or one removed",
      () => {
        const ids = live();
        if (!ids.length) return;
        const line = some<{ id: number }>("select id from professional");
        if (line && r.next() < 0.3) db.delete(professionals).where(eq(professionals.id, line.id)).run();
        else {
          const workspaceId = r.pick(ids);
          for (let n = 1 + r.int(3); n > 0; n--)
            db.insert(professionals)
              .values({ workspaceId, profession: "infirmier", interest: "oui", practiceLocation: "commune", practiceForm: "isole", source: "commune", createdAt: new Date(clock) })
              .run();
        }
      },
    ],
    [
      3,
      "next step added or removed",
      () => {
        const ids = live();
        if (!ids.length) return;
        const step = some<{ id: number }>("select id from next_step");
        if (step && r.next() < 0.25) db.delete(nextSteps).where(eq(nextSteps.id, step.id)).run();
        else
          db.insert(nextSteps)
            .values({ workspaceId: r.pick(ids), title: "Étape", ownerKind: "acteur", ownerActor: "ars", ownerLabel: "ARS", dueOn: "2026-12-20", createdAt: new Date(tick()) })
            .run();
      },
    ],
    [
      6,
      "history event",
      () => {
        const ids = live();
        if (ids.length) db.insert(historyEvents).values({ workspaceId: r.pick(ids), actorId: people.maire, action: "workspace.created", summary: "…", createdAt: new Date(tick()) }).run();
      },
    ],
    [
      3,
      "facilitator assigned or removed",
      () => {
        const ids = live();
        if (!ids.length) return;
        const member = some<{ id: number }>("select id from workspace_member where role = 'facilitateur'");
        if (member && r.next() < 0.3) db.delete(workspaceMembers).where(eq(workspaceMembers.id, member.id)).run();
        else
          db.insert(workspaceMembers)
            .values({ workspaceId: r.pick(ids), userId: r.pick(FACILITATORS()), role: "facilitateur", federationId: r.pick(FEDERATIONS) })
            .onConflictDoNothing()
            .run();
      },
    ],
    [
      1,
      "commune renamed (the reference data loaded again)",
      () => {
        const code = some<{ commune_code: string }>("select commune_code from workspace")?.commune_code;
        if (code) sqlite.prepare("update commune set name = name || 'e', search_name = search_name || 'e' where code = ?").run(code);
      },
    ],
  ];
  const weighted = writes.flatMap(([weight, name, write]) => Array.from({ length: weight }, () => [name, write] as const));
  const done = new Map<string, number>();
  const seen = new Set<string>();
  for (let i = 1; i <= steps; i++) {
    const [name, write] = r.pick(weighted);
    write();
    done.set(name, (done.get(name) ?? 0) + 1);
    if (i % every === 0) {
      assertTableKept(`seed ${seed}, step ${i} (${name})`);
      for (const k of sqlite.prepare("select distinct status, stage, due_rencontres, due_syntheses from federation_pipeline").all() as Record<string, unknown>[])
        seen.add([k.status, k.stage, k.due_rencontres ? "rencontres" : "", k.due_syntheses ? "syntheses" : ""].join(" "));
    }
  }
  return { done, clock, seen };
}

/** pipelineView and the oracle over `n` random shapes: filters, pages, viewers, dates. */
function compareViews(seed: number, n: number, clock: number) {
  const r = random(seed);
  const ctx: BaseContext = { db, now: new Date(clock) };
  for (let i = 0; i < n; i++) {
    const filters: PipelineFilters = {
      departement: r.pick(["", "", ...DEPARTEMENTS, "2A"]),
      stage: r.next() < 0.5 ? "" : r.pick(PIPELINE_STAGES),
      facilitator: r.pick(["", "", NO_FACILITATOR, ...FACILITATORS(), people.nobody]),
      due: r.next() < 0.5 ? "" : r.pick(DUE_KINDS),
    };
    const input = {
      federationId: r.pick(FEDERATIONS),
      viewerId: r.pick([...FACILITATORS(), people.nobody]),
      filters,
      quietBefore: new Date(clock - r.pick([0, 5, 21, 60]) * 86_400_000),
      page: r.pick([1, 1, 2, 3]),
    };
    const byList = (v: ReturnType<typeof readView>) => ({ counts: v.counts, rows: [...v.rows].sort((a, b) => a.list.localeCompare(b.list)) });
    assert.deepEqual(byList(pipelineView(ctx, input)), byList(oldView(input)), JSON.stringify(input));
  }
  for (const federationId of FEDERATIONS) for (const limit of [1, 3, 10]) assert.deepEqual(declinedRequests(ctx, { federationId, limit }), oldDeclined(federationId, limit), `${federationId} ${limit}`);
}

describe("federation_pipeline", () => {
  const seen = new Set<string>();
  const has = (pattern: RegExp) => [...seen].some((k) => pattern.test(k));
  for (const seed of [1, 2, 3]) {
    test(`after random writes (seed ${seed}), the table and the page equal the computation from the source rows`, () => {
      const run = randomWrites(seed, 700, 7);
      run.seen.forEach((k) => seen.add(k));
      assert.equal(run.done.size, 13, `every kind of write: ${[...run.done.keys()].join(", ")}`);
      compareViews(seed, 250, run.clock);
    });
  }

  test("the random writes took the rows through every status, stage and due", () => {
    for (const status of ["pending", "accepted", "declined"]) assert.ok(has(new RegExp(`^${status} `)), status);
    for (const stage of PIPELINE_STAGES.keys()) assert.ok(has(new RegExp(`^(pending|accepted) ${stage} `)), PIPELINE_STAGES[stage]);
    assert.ok(has(/rencontres/) && has(/syntheses/), [...seen].join("; "));
  });

  test("a page beyond the first: more than a page of communes in one federation", () => {
    const ids = codes.slice(0, 45).map((code, i) => {
      const id = db.insert(workspaces).values({ communeCode: code, mandateStart: "2026-03-22", createdBy: people.maire }).returning().get().id;
      db.insert(federationRequests)
        .values({ workspaceId: id, federationId: "fecop", message: "Bonjour.", status: i % 3 ? "accepted" : "pending", requestedBy: people.maire, requestedAt: new Date(Date.UTC(2026, 5, 1) + i * 1000), decidedAt: i % 3 ? new Date(Date.UTC(2026, 5, 2)) : null })
        .run();
      if (i % 4 === 0) db.insert(workspaceMembers).values({ workspaceId: id, userId: people.ines, role: "facilitateur", federationId: "fecop" }).run();
      return id;
    });
    assert.equal(ids.length, 45);
    assertTableKept("45 communes");
    compareViews(7, 150, Date.UTC(2026, 11, 2));
  });

  test("the migration's filling gives what the triggers kept", () => {
    randomWrites(4, 500, 500);
    const kept = db.all(KEPT);
    assert.ok(kept.length > 5, `${kept.length} rows`);
    const migration = fs.readFileSync(path.join(process.cwd(), "drizzle/0014_federation_pipeline.sql"), "utf8").split("--> statement-breakpoint");
    const fill = migration.filter((s) => /^\s*INSERT INTO `federation_pipeline`/.test(s.replace(/^--.*$/gm, "")));
    assert.equal(fill.length, 1);
    sqlite.exec("DELETE FROM federation_pipeline");
    sqlite.exec(fill[0]);
    assert.deepEqual(db.all(KEPT), kept);
  });

  test("a decision moves its row; a workspace deleted takes its rows and leaves the others", () => {
    const [a, b] = codes.slice(0, 2).map((code) => db.insert(workspaces).values({ communeCode: code, mandateStart: "2026-03-22", createdBy: people.maire }).returning().get().id);
    for (const ws of [a, b])
      for (const federationId of ["fecop", "femage"])
        db.insert(federationRequests).values({ workspaceId: ws, federationId, message: "Bonjour.", requestedBy: people.maire, requestedAt: new Date(Date.UTC(2026, 5, 1)) }).run();
    const rowsOf = (ws: number) => sqlite.prepare("select federation_id, status, stage from federation_pipeline where workspace_id = ? order by federation_id").all(ws);
    assert.deepEqual(rowsOf(a), [
      { federation_id: "fecop", status: "pending", stage: 0 },
      { federation_id: "femage", status: "pending", stage: 0 },
    ]);
    db.update(federationRequests).set({ status: "accepted", decidedAt: new Date(Date.UTC(2026, 5, 2)) }).where(and(eq(federationRequests.workspaceId, a), eq(federationRequests.federationId, "fecop"))).run();
    assert.deepEqual(rowsOf(a)[0], { federation_id: "fecop", status: "accepted", stage: PIPELINE_STAGES.indexOf("acceptee") });
    const before = rowsOf(b);
    db.delete(workspaces).where(eq(workspaces.id, a)).run();
    assert.deepEqual(rowsOf(a), []);
    assert.deepEqual(rowsOf(b), before);
    assertTableKept("after the deletion");
  });
});
