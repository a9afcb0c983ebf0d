import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { addUser, isolateEachTest, testDatabase, statementsOf } from "../test-support";
import { federationRequests, historyEvents, meetingSyntheses, meetings, nextSteps, professionals, workspaceMembers, workspaces } from "../schema";
import type { BaseContext } from "../context";
import type { MeetingKind, MeetingStatus } from "@/lib/domain/enums";
import { emptySynthesis } from "@/lib/synthesis/content";
import { federationBoard, federationRequestDetail } from "./board";
import { NO_FACILITATOR, PIPELINE_STAGES, pipelineStage, type PipelineEntry, type PipelineFilters } from "@/lib/federation/pipeline";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const now = new Date("2026-12-02T09:00:00Z");
const ctx: BaseContext = { db, now };
const day = (iso: string) => new Date(`${iso}T10:00:00+01:00`);

const people = { maire: "", ines: "", marc: "", other: "" };
before(() => {
  people.maire = addUser(db, "maire@exemple.fr", "Claire Maire").id;
  people.ines = addUser(db, "ines@fecop.fr", "Inès Benali").id;
  people.marc = addUser(db, "marc@fecop.fr", "Marc Delmas").id;
  people.other = addUser(db, "lea@femasaura.fr", "Léa Rhône").id;
});

// Lozère (48) and Aveyron (12) communes, then as many Hérault (34) ones as the scale test needs.
const LOZERE = ["48080", "48061", "48034", "48095", "48009", "48099"];
let next = 0;
function workspace(code = LOZERE[next++ % LOZERE.length], mandateStart = "2026-03-22") {
  return db.insert(workspaces).values({ communeCode: code, mandateStart, createdBy: people.maire }).returning().get().id;
}
function request(workspaceId: number, federationId: string, status: "pending" | "accepted" | "declined" | "withdrawn", requestedAt: Date, extra: { decidedAt?: Date; reason?: string } = {}) {
  return db
    .insert(federationRequests)
    .values({ workspaceId, federationId, message: "Bonjour.", status, requestedBy: people.maire, requestedAt, decidedAt: extra.decidedAt ?? null, declineReason: extra.reason ?? null })
    .returning()
    .get().id;
}
const none: PipelineFilters = { departement: "", stage: "", facilitator: "", due: "" };
/** The board as the given person sees it, with these filters. */
function board(filters: Partial<PipelineFilters> = {}, input: { federationId?: string; viewerId?: string; page?: number } = {}) {
  return federationBoard(ctx, { federationId: input.federationId ?? "fecop", viewerId: input.viewerId ?? people.other, filters: { ...none, ...filters }, page: input.page ?? 1 });
}
/** Every commune of the list under these filters, page after page. */
function everyRow(filters: Partial<PipelineFilters> = {}, viewerId?: string) {
  const first = board(filters, { viewerId });
  const rows = [...first.list.rows];
  for (let page = 2; page <= first.list.pages; page++) rows.push(...board(filters, { viewerId, page }).list.rows);
  return rows;
}
function facilitator(workspaceId: number, userId: string, federationId = "fecop") {
  db.insert(workspaceMembers).values({ workspaceId, userId, role: "facilitateur", federationId }).run();
}
function lines(workspaceId: number, n: number) {
  for (let i = 0; i < n; i++) {
    db.insert(professionals)
      .values({ workspaceId, profession: "infirmier", interest: "oui", practiceLocation: "commune", practiceForm: "isole", source: "commune", ageBracket: "62_plus", departure: "moins_2_ans" })
      .run();
  }
}
function meeting(workspaceId: number, status: MeetingStatus, startsAt: Date, kind: MeetingKind = "premiere", createdAt = startsAt) {
  return db
    .insert(meetings)
    .values({ workspaceId, title: "Rencontre", kind, startsAt, durationMinutes: 90, place: "Mairie", status, icsUid: `${workspaceId}-${startsAt.getTime()}-${status}-${kind}@test`, createdAt })
    .returning()
    .get().id;
}
function synthesis(workspaceId: number, meetingId: number, publishedAt: Date | null) {
  db.insert(meetingSyntheses)
    .values({ meetingId, workspaceId, draft: emptySynthesis([]), published: publishedAt ? emptySynthesis([]) : null, firstPublishedAt: publishedAt, publishedAt })
    .run();
}
function step(workspaceId: number, createdAt: Date) {
  db.insert(nextSteps).values({ workspaceId, title: "Étape", ownerKind: "acteur", ownerActor: "ars", ownerLabel: "ARS", dueOn: "2026-12-20", createdAt }).run();
}
function event(workspaceId: number, at: Date) {
  db.insert(historyEvents).values({ workspaceId, actorId: people.maire, action: "workspace.created", summary: "…", createdAt: at }).run();
}

describe("federationBoard", () => {
  test("each commune that asked the federation at its stage; another federation's and withdrawn ones left out", () => {
    const pending = workspace("48140");
    request(pending, "fecop", "pending", day("2026-11-19"));
    lines(pending, 5);

    const withInventory = workspace("48080");
    request(withInventory, "fecop", "accepted", day("2026-10-01"), { decidedAt: day("2026-10-03") });
    facilitator(withInventory, people.ines);
    lines(withInventory, 4);
    event(withInventory, day("2026-11-25"));

    const prepared = workspace("48061");
    request(prepared, "fecop", "accepted", day("2026-09-01"), { decidedAt: day("2026-09-02") });
    facilitator(prepared, people.marc);
    meeting(prepared, "brouillon", day("2026-12-15"));
    meeting(prepared, "annulee", day("2026-11-15"));
    event(prepared, day("2026-11-30"));

    const quiet = workspace("48034");
    request(quiet, "fecop", "accepted", day("2026-09-20"), { decidedAt: day("2026-09-25") });
    facilitator(quiet, people.ines);
    event(quiet, day("2026-10-20"));

    const toWrite = workspace("12145");
    request(toWrite, "fecop", "accepted", day("2026-06-01"), { decidedAt: day("2026-06-02") });
    const held = meeting(toWrite, "tenue", day("2026-11-20"));
    synthesis(toWrite, held, null); // a draft is not a published synthesis
    event(toWrite, day("2026-11-21"));

    const following = workspace("12202");
    request(following, "fecop", "accepted", day("2026-05-01"), { decidedAt: day("2026-05-02") });
    facilitator(following, people.ines);
    facilitator(following, people.other, "femasaura"); // not a Fécop facilitator: not listed
    synthesis(following, meeting(following, "tenue", day("2026-10-10")), day("2026-10-15"));
    step(following, day("2026-10-16"));
    event(following, day("2026-11-28"));

    const published = workspace("12096");
    request(published, "fecop", "accepted", day("2026-05-01"), { decidedAt: day("2026-05-02") });
    synthesis(published, meeting(published, "tenue", day("2026-10-10")), day("2026-10-15"));
    event(published, day("2026-11-28"));

    const elsewhere = workspace("15014");
    request(elsewhere, "femasaura", "pending", day("2026-11-20"));

    const withdrawn = workspace("48095");
    request(withdrawn, "fecop", "withdrawn", day("2026-11-01"), { decidedAt: day("2026-11-02") });

    const declined = workspace("48009");
    request(declined, "fecop", "declined", day("2026-10-01"), { decidedAt: day("2026-10-05"), reason: "Hors de notre région." });

    // Declined, then asked again and accepted: the latest request counts.
    const again = workspace("48099");
    request(again, "fecop", "declined", day("2026-04-01"), { decidedAt: day("2026-04-02"), reason: "Trop tôt." });
    request(again, "fecop", "accepted", day("2026-06-01"), { decidedAt: day("2026-06-02") });
    event(again, day("2026-11-30"));
    lines(again, 3);

    const b = board();
    const entries = b.list.rows;
    assert.equal(b.communes, 8);
    const stageOf = Object.fromEntries(entries.map((e) => [e.workspaceId, e.stage]));
    assert.deepEqual(stageOf, {
      [pending]: "demande",
      [withInventory]: "etat_des_lieux",
      [prepared]: "rencontre_preparee",
      [quiet]: "acceptee",
      [toWrite]: "rencontre_tenue",
      [following]: "suivi",
      [published]: "synthese_publiee",
      [again]: "etat_des_lieux",
    });
    assert.deepEqual(b.list.stageCounts, { demande: 1, acceptee: 1, etat_des_lieux: 2, rencontre_preparee: 1, rencontre_tenue: 1, synthese_publiee: 1, suivi: 1 });
    assert.deepEqual(
      b.declined.latest.map((d) => [d.communeName, d.declineReason]),
      [["Peyre en Aubrac", "Hors de notre région."]],
    );
    assert.equal(b.declined.total, 1);
    assert.deepEqual(b.departements, [
      { code: "12", name: "Aveyron" },
      { code: "48", name: "Lozère" },
    ]);

    const byId = new Map(entries.map((e) => [e.workspaceId, e]));
    const p = byId.get(pending)!;
    assert.deepEqual([p.communeName, p.departementCode, p.departementName, p.waitingDays, p.mandate.day], ["Saint-Chély-d'Apcher", "48", "Lozère", 13, 255]);
    assert.deepEqual(byId.get(following)!.facilitators, [{ userId: people.ines, name: "Inès Benali" }]);
    assert.equal(byId.get(quiet)!.quietDays, 43);
    assert.equal(byId.get(withInventory)!.quietDays, null);
    assert.equal(byId.get(toWrite)!.synthesesToWrite, 1);

    // Only counts, booleans and dates cross into the list: no professional's age or departure.
    assert.doesNotMatch(JSON.stringify(b), /62_plus|moins_2_ans|ageBracket|departure/);
    assert.deepEqual(Object.keys(p).sort(), [
      "communeCode",
      "communeName",
      "decidedAt",
      "departementCode",
      "departementName",
      "facilitators",
      "lastActivityAt",
      "mandate",
      "mandateStart",
      "meetingToPrepare",
      "mine",
      "quietDays",
      "requestId",
      "requestStatus",
      "requestedAt",
      "stage",
      "synthesesToWrite",
      "waitingDays",
      "workspaceId",
    ]);

    assert.deepEqual(
      Object.fromEntries(Object.entries(b.due).map(([k, list]) => [k, [list.total, list.first.map((e) => e.communeName)]])),
      {
        demandes: [1, ["Saint-Chély-d'Apcher"]],
        rencontres: [3, ["Bourgs sur Colagne", "La Canourgue", "Langogne"]],
        syntheses: [1, ["Millau"]],
        calmes: [1, ["La Canourgue"]],
      },
    );

    // Another federation sees none of them; FemasAURA&Co sees its own.
    assert.deepEqual(
      board({}, { federationId: "femasaura" }).list.rows.map((e) => e.communeName),
      ["Aurillac"],
    );
  });

  test("the viewer's communes first, then by stage (requests first), then by name, accents and case aside", () => {
    const accepted = (code: string, ...who: string[]) => {
      const ws = workspace(code);
      request(ws, "fecop", "accepted", day("2026-10-01"), { decidedAt: day("2026-10-02") });
      for (const userId of who) facilitator(ws, userId);
      return ws;
    };
    accepted("48039", people.ines); // Chanac: accepted
    meeting(accepted("48003", people.ines, people.marc), "brouillon", day("2026-12-20")); // Allenc: a meeting prepared
    request(workspace("12033"), "fecop", "pending", day("2026-11-01")); // Bozouls
    // By name as French readers sort: the case and the accents aside (not by their code points).
    for (const code of ["48044", "48043", "48042", "48002", "48001"]) lines(accepted(code, people.marc), 5);
    const b = board({}, { viewerId: people.ines });
    assert.deepEqual(
      b.list.rows.map((r) => [r.communeName, r.mine]),
      [
        ["Chanac", true],
        ["Allenc", true],
        ["Bozouls", false],
        ["Albaret-le-Comtal", false],
        ["Albaret-Sainte-Marie", false],
        ["Chastel-Nouvel", false],
        ["Châteauneuf-de-Randon", false],
        ["Chauchailles", false],
      ],
    );
    assert.deepEqual([b.list.total, b.list.mineTotal], [8, 2]);
  });

  test("filters by department, stage, facilitator (or none) and what is due; stage counts ignore the stage filter", () => {
    const lozere = workspace("48080");
    request(lozere, "fecop", "accepted", day("2026-10-01"), { decidedAt: day("2026-10-02") });
    facilitator(lozere, people.ines);
    lines(lozere, 3);
    event(lozere, day("2026-11-30"));
    const aveyron = workspace("12145");
    request(aveyron, "fecop", "pending", day("2026-11-01"));
    const alone = workspace("48061");
    request(alone, "fecop", "accepted", day("2026-10-01"), { decidedAt: day("2026-10-02") });
    lines(alone, 4);
    event(alone, day("2026-10-01"));
    const ids = (f: Partial<PipelineFilters>) => board(f).list.rows.map((r) => r.workspaceId).sort();
    assert.deepEqual(ids({ departement: "12" }), [aveyron]);
    assert.deepEqual(ids({ stage: "etat_des_lieux" }), [lozere, alone].sort());
    assert.deepEqual(ids({ facilitator: people.ines }), [lozere]);
    assert.deepEqual(ids({ facilitator: NO_FACILITATOR }), [aveyron, alone].sort());
    assert.deepEqual(ids({ due: "demandes" }), [aveyron]);
    assert.deepEqual(ids({ due: "calmes" }), [alone]);
    assert.deepEqual(ids({ departement: "48", stage: "demande" }), []);
    const filtered = board({ departement: "48", stage: "demande" });
    assert.deepEqual(filtered.list.stageCounts, { demande: 0, acceptee: 0, etat_des_lieux: 2, rencontre_preparee: 0, rencontre_tenue: 0, synthese_publiee: 0, suivi: 0 });
    assert.deepEqual([filtered.list.total, filtered.list.pages, filtered.communes], [0, 1, 3]);
    // The department options and the to-do count every commune, whatever the filters.
    assert.deepEqual(filtered.departements.map((d) => d.code), ["12", "48"]);
    assert.deepEqual([filtered.due.demandes.total, filtered.due.calmes.total], [1, 1]);
  });

  test("20 a page; a page beyond the last shows the last; each to-do list shows its first 5 and counts them all", () => {
    const codes = sqlite.prepare("select code from commune where departement_code = '34' order by code limit 45").all() as { code: string }[];
    const ids = codes.map(({ code }, i) => {
      const ws = workspace(code);
      request(ws, "fecop", "pending", new Date(day("2026-10-01").getTime() + i * 3600_000));
      return ws;
    });
    const first = board();
    assert.deepEqual([first.list.rows.length, first.list.total, first.list.pages], [20, 45, 3]);
    const last = board({}, { page: 99 });
    assert.deepEqual([last.list.page, last.list.rows.length], [3, 5]);
    assert.equal(new Set(everyRow().map((r) => r.workspaceId)).size, 45);
    // The oldest requests first.
    assert.deepEqual(first.due.demandes.total, 45);
    assert.deepEqual(first.due.demandes.first.map((e) => e.workspaceId), ids.slice(0, 5));
  });

  test("the stage and the to-do in SQL follow the rules of lib/federation/pipeline, commune by commune", () => {
    const codes = sqlite.prepare("select code from commune where departement_code = '34' order by code limit 96").all() as { code: string }[];
    // Every combination that moves a rule: inventory size, meetings (drafted, held, cancelled, follow-up, created
    // before or after the synthesis), synthesis published or draft, next steps before or after it, activity on
    // either side of the quiet boundary (midnight in Paris, 21 days before today).
    const cutoff = new Date("2026-11-10T23:00:00Z");
    codes.forEach(({ code }, i) => {
      const ws = workspace(code);
      const status = i % 6 === 0 ? "pending" : "accepted";
      request(ws, "fecop", status, day("2026-08-01"), status === "accepted" ? { decidedAt: new Date(cutoff.getTime() + ((i % 3) - 1) * 1000) } : {});
      lines(ws, i % 5);
      if (i % 4 === 1) meeting(ws, "brouillon", day("2026-12-20"), "premiere", day("2026-09-01"));
      if (i % 4 === 2) meeting(ws, "annulee", day("2026-12-21"), "suivi", day("2026-11-20"));
      if (i % 3 === 1) {
        const m = meeting(ws, "tenue", day("2026-09-10"), "premiere", day("2026-08-20"));
        if (i % 2) synthesis(ws, m, day("2026-09-15"));
        else if (i % 8 === 4) synthesis(ws, m, null);
      }
      if (i % 7 === 3) meeting(ws, "invitations_envoyees", day("2026-12-22"), i % 2 ? "suivi" : "premiere", day(i % 5 ? "2026-09-20" : "2026-09-01"));
      if (i % 5 === 2) step(ws, day(i % 2 ? "2026-09-16" : "2026-09-14"));
      if (i % 9 !== 0) event(ws, new Date(cutoff.getTime() + ((i % 5) - 2) * 1000));
    });
    const all = everyRow();
    assert.equal(all.length, 96);
    const facts = new Map(
      (sqlite.prepare("select * from workspace_pipeline_facts").all() as Record<string, number | null>[]).map((f) => [f.workspace_id, f]),
    );
    const date = (v: number | null | undefined) => (v === null || v === undefined ? null : new Date(v));
    // The stage shown (computed in TypeScript from the facts) is the stage SQL filtered and counted by.
    for (const stage of PIPELINE_STAGES) {
      const rows = everyRow({ stage });
      assert.ok(rows.every((r) => r.stage === stage), stage);
      assert.equal(rows.length, all.filter((r) => r.stage === stage).length, stage);
      assert.equal(board().list.stageCounts[stage], rows.length, stage);
    }
    for (const r of all) {
      const f = facts.get(r.workspaceId)!;
      const stage = pipelineStage({
        requestStatus: r.requestStatus,
        professionals: f.professionals!,
        openMeetings: f.open_meetings!,
        firstMeetingHeldAt: date(f.first_meeting_held_at),
        firstSynthesisPublishedAt: date(f.first_synthesis_published_at),
        followUpMeetings: f.follow_up_meetings!,
        lastMeetingCreatedAt: date(f.last_meeting_created_at),
        lastNextStepAt: date(f.last_next_step_at),
      });
      assert.equal(r.stage, stage, `commune ${r.communeCode}`);
    }
    assert.ok(new Set(all.map((r) => r.stage)).size >= 6, [...new Set(all.map((r) => r.stage))].join());
    const rules: Record<string, (e: PipelineEntry) => boolean> = {
      demandes: (e) => e.requestStatus === "pending",
      rencontres: (e) => e.meetingToPrepare,
      syntheses: (e) => e.synthesesToWrite > 0,
      calmes: (e) => e.quietDays !== null,
    };
    const b = board();
    for (const [kind, rule] of Object.entries(rules) as [keyof typeof rules & PipelineFilters["due"] & string, (e: PipelineEntry) => boolean][]) {
      const expected = all.filter(rule).map((e) => e.workspaceId).sort();
      assert.ok(expected.length > 0 && expected.length < all.length, `${kind}: ${expected.length}`);
      assert.deepEqual(everyRow({ due: kind as PipelineFilters["due"] }).map((e) => e.workspaceId).sort(), expected, kind);
      assert.equal(b.due[kind as keyof typeof b.due].total, expected.length, kind);
    }
  });

  test("a request's detail only through its own federation", () => {
    const ws = workspace("48140");
    const id = request(ws, "fecop", "pending", day("2026-11-19"));
    const actor = { id: people.marc, email: "marc@fecop.fr", name: "Marc Delmas" };
    assert.equal(federationRequestDetail({ db, now, actor, federationId: "fecop" }, { requestId: id })?.communeName, "Saint-Chély-d'Apcher");
    assert.equal(federationRequestDetail({ db, now, actor, federationId: "femasaura" }, { requestId: id }), null);
  });

  test("no commune asked: two queries", () => {
    assert.equal(statementsOf(sqlite, () => assert.equal(board().communes, 0)), 2);
  });

  test("a fixed number of queries for 1, 5 and 50 communes (no N+1)", () => {
    const codes = sqlite.prepare("select code from commune where departement_code = '34' order by code limit 50").all() as { code: string }[];
    const counts: number[] = [];
    let made = 0;
    for (const n of [1, 5, 50]) {
      for (; made < n; made++) {
        const ws = workspace(codes[made].code);
        request(ws, "fecop", made % 3 ? "accepted" : "pending", day("2026-10-01"), { decidedAt: day("2026-10-02") });
        facilitator(ws, made % 2 ? people.ines : people.marc);
        lines(ws, made % 5);
        const m = meeting(ws, made % 4 ? "tenue" : "brouillon", day("2026-11-05"));
        if (made % 4 === 1) synthesis(ws, m, day("2026-11-08"));
        if (made % 8 === 1) step(ws, day("2026-11-09"));
        event(ws, day("2026-11-05"));
      }
      counts.push(statementsOf(sqlite, () => assert.equal(board({}, { viewerId: people.ines }).communes, n)));
    }
    assert.deepEqual(counts, [3, 3, 3]);
    const stages = new Set(everyRow().map((e) => e.stage));
    assert.deepEqual([...stages].sort(), ["demande", "rencontre_preparee", "rencontre_tenue", "suivi", "synthese_publiee"]);
  });
});
