import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  dueItems,
  NO_FACILITATOR,
  PIPELINE_STAGES,
  pipelineEntry,
  pipelinePage,
  pipelineStage,
  quietDays,
  type PipelineEntry,
  type PipelineFilters,
  type StageFacts,
} from "./pipeline";

const at = (iso: string) => new Date(`${iso}T10:00:00+01:00`);
const now = at("2026-12-02");
const accepted: StageFacts = {
  requestStatus: "accepted",
  professionals: 0,
  openMeetings: 0,
  firstMeetingHeldAt: null,
  firstSynthesisPublishedAt: null,
  followUpMeetings: 0,
  lastMeetingCreatedAt: null,
  lastNextStepAt: null,
};
const published = { ...accepted, professionals: 12, firstMeetingHeldAt: at("2026-10-20"), firstSynthesisPublishedAt: at("2026-10-25"), lastMeetingCreatedAt: at("2026-10-01") };

describe("pipelineStage", () => {
  test("a pending request is a request to answer, whatever the commune did", () => {
    assert.equal(pipelineStage({ ...published, requestStatus: "pending" }), "demande");
  });
  test("accepted, nothing more", () => assert.equal(pipelineStage(accepted), "acceptee"));
  test("two lines are not an inventory yet; three are", () => {
    assert.equal(pipelineStage({ ...accepted, professionals: 2 }), "acceptee");
    assert.equal(pipelineStage({ ...accepted, professionals: 3 }), "etat_des_lieux");
  });
  test("a meeting drafted or with invitations sent: first meeting prepared (even with no inventory)", () => {
    assert.equal(pipelineStage({ ...accepted, openMeetings: 1 }), "rencontre_preparee");
    assert.equal(pipelineStage({ ...accepted, professionals: 8, openMeetings: 2 }), "rencontre_preparee");
  });
  test("a meeting held, no synthesis published: meeting held", () => {
    assert.equal(pipelineStage({ ...accepted, professionals: 8, firstMeetingHeldAt: at("2026-10-20"), openMeetings: 1 }), "rencontre_tenue");
  });
  test("a synthesis published, nothing planned since: synthesis published", () => {
    assert.equal(pipelineStage(published), "synthese_publiee");
    // A next step written before the synthesis is not a follow-up of it.
    assert.equal(pipelineStage({ ...published, lastNextStepAt: at("2026-10-10") }), "synthese_publiee");
  });
  test("after the synthesis, a next step, a new meeting or a follow-up meeting: follow-up", () => {
    assert.equal(pipelineStage({ ...published, lastNextStepAt: at("2026-10-26") }), "suivi");
    assert.equal(pipelineStage({ ...published, lastMeetingCreatedAt: at("2026-11-02") }), "suivi");
    assert.equal(pipelineStage({ ...published, followUpMeetings: 1 }), "suivi");
  });
  test("every stage is reachable", () => {
    const reached = new Set(
      [
        { ...accepted, requestStatus: "pending" as const },
        accepted,
        { ...accepted, professionals: 3 },
        { ...accepted, openMeetings: 1 },
        { ...accepted, firstMeetingHeldAt: now },
        published,
        { ...published, followUpMeetings: 1 },
      ].map(pipelineStage),
    );
    assert.deepEqual([...reached], [...PIPELINE_STAGES]);
  });
});

describe("quietDays", () => {
  test("quiet after 21 days without an event, counted in Paris days", () => {
    assert.equal(quietDays({ requestStatus: "accepted", lastActivityAt: at("2026-11-11"), decidedAt: null }, now), null); // 21 days
    assert.equal(quietDays({ requestStatus: "accepted", lastActivityAt: at("2026-11-10"), decidedAt: null }, now), 22);
  });
  test("with no event, since the federation accepted", () => {
    assert.equal(quietDays({ requestStatus: "accepted", lastActivityAt: null, decidedAt: at("2026-10-01") }, now), 62);
  });
  test("a request waiting is not a quiet commune (its age is shown instead)", () => {
    assert.equal(quietDays({ requestStatus: "pending", lastActivityAt: at("2026-09-01"), decidedAt: null }, now), null);
  });
});

let seq = 0;
function entry(over: Partial<Parameters<typeof pipelineEntry>[0]> & { facts?: Partial<StageFacts & { heldWithoutSynthesis: number }> } = {}): PipelineEntry {
  const { facts, ...base } = over;
  const status = base.requestStatus ?? "accepted";
  seq++;
  return pipelineEntry(
    {
      workspaceId: seq,
      requestId: 100 + seq,
      communeCode: String(48000 + seq),
      communeName: `Commune ${String(seq).padStart(3, "0")}`,
      departementCode: "48",
      departementName: "Lozère",
      mandateStart: "2026-10-01",
      requestStatus: status,
      requestedAt: at("2026-10-05"),
      decidedAt: status === "accepted" ? at("2026-10-10") : null,
      facilitators: [],
      lastActivityAt: at("2026-11-30"),
      ...base,
    },
    { ...accepted, requestStatus: status, heldWithoutSynthesis: 0, ...facts },
    now,
  );
}

describe("pipelineEntry", () => {
  test("the day of the 100, the request's age, the meeting to prepare", () => {
    const pending = entry({ requestStatus: "pending", requestedAt: at("2026-11-19") });
    assert.deepEqual(pending.mandate, { day: 62, phase: "60_100_jours" });
    assert.equal(pending.waitingDays, 13);
    assert.equal(pending.meetingToPrepare, false);
    const fresh = entry();
    assert.equal(fresh.waitingDays, null);
    assert.equal(fresh.meetingToPrepare, true);
    assert.equal(entry({ facts: { openMeetings: 1 } }).meetingToPrepare, false);
    assert.equal(entry({ facts: { firstMeetingHeldAt: at("2026-11-01"), heldWithoutSynthesis: 1 } }).synthesesToWrite, 1);
  });
});

describe("dueItems", () => {
  test("requests oldest first, meetings to prepare, syntheses to write, quietest first", () => {
    const young = entry({ requestStatus: "pending", requestedAt: at("2026-11-28") });
    const old = entry({ requestStatus: "pending", requestedAt: at("2026-11-01") });
    const toPrepare = entry({ facts: { professionals: 4 } });
    const toWrite = entry({ facts: { firstMeetingHeldAt: at("2026-11-10"), heldWithoutSynthesis: 1 } });
    const quiet = entry({ lastActivityAt: at("2026-10-20"), facts: { openMeetings: 1 } });
    const quieter = entry({ lastActivityAt: at("2026-09-20"), facts: { openMeetings: 1 } });
    const done = entry({ facts: { ...published, followUpMeetings: 1 } });
    const due = dueItems([young, old, toPrepare, toWrite, quiet, quieter, done]);
    assert.deepEqual(due.demandes, [old, young]);
    assert.deepEqual(due.rencontres, [toPrepare]);
    assert.deepEqual(due.syntheses, [toWrite]);
    assert.deepEqual(due.calmes, [quieter, quiet]);
    assert.deepEqual([quiet.quietDays, quieter.quietDays], [43, 73]);
  });
});

describe("pipelinePage", () => {
  const ines = { userId: "ines", name: "Inès Benali" };
  const marc = { userId: "marc", name: "Marc Delmas" };
  const none: PipelineFilters = { departement: "", stage: "", facilitator: "", due: "" };

  test("the viewer's communes first, then by stage, then by name", () => {
    const a = entry({ communeName: "Albi", facilitators: [marc], facts: { professionals: 5 } });
    const b = entry({ communeName: "Bozouls", requestStatus: "pending" });
    const c = entry({ communeName: "Chanac", facilitators: [ines] });
    const d = entry({ communeName: "Aumont", facilitators: [ines, marc], facts: { openMeetings: 1 } });
    const page = pipelinePage([a, b, c, d], { filters: none, viewerId: "ines", page: 1 });
    assert.deepEqual(
      page.rows.map((r) => [r.communeName, r.mine]),
      [
        ["Chanac", true],
        ["Aumont", true],
        ["Bozouls", false],
        ["Albi", false],
      ],
    );
    assert.equal(page.mineTotal, 2);
  });

  test("filters by department, stage, facilitator (or none) and what is due; stage counts ignore the stage filter", () => {
    const lozere = entry({ facilitators: [ines], facts: { professionals: 3 } });
    const aveyron = entry({ departementCode: "12", departementName: "Aveyron", requestStatus: "pending" });
    const alone = entry({ facts: { professionals: 4 } });
    const all = [lozere, aveyron, alone];
    const ids = (f: Partial<PipelineFilters>) => pipelinePage(all, { filters: { ...none, ...f }, viewerId: "x", page: 1 }).rows.map((r) => r.workspaceId);
    assert.deepEqual(ids({ departement: "12" }), [aveyron.workspaceId]);
    assert.deepEqual(ids({ stage: "etat_des_lieux" }).sort(), [lozere.workspaceId, alone.workspaceId].sort());
    assert.deepEqual(ids({ facilitator: "ines" }), [lozere.workspaceId]);
    assert.deepEqual(ids({ facilitator: NO_FACILITATOR }).sort(), [aveyron.workspaceId, alone.workspaceId].sort());
    assert.deepEqual(ids({ due: "demandes" }), [aveyron.workspaceId]);
    assert.deepEqual(ids({ departement: "48", stage: "demande" }), []);
    const counts = pipelinePage(all, { filters: { ...none, departement: "48", stage: "demande" }, viewerId: "x", page: 1 }).stageCounts;
    assert.deepEqual(counts, { demande: 0, acceptee: 0, etat_des_lieux: 2, rencontre_preparee: 0, rencontre_tenue: 0, synthese_publiee: 0, suivi: 0 });
  });

  test("20 a page; a page beyond the last shows the last", () => {
    const many = Array.from({ length: 45 }, () => entry());
    const first = pipelinePage(many, { filters: none, viewerId: "x", page: 1 });
    assert.deepEqual([first.rows.length, first.total, first.pages], [20, 45, 3]);
    const last = pipelinePage(many, { filters: none, viewerId: "x", page: 99 });
    assert.deepEqual([last.page, last.rows.length], [3, 5]);
    const ids = new Set([1, 2, 3].flatMap((p) => pipelinePage(many, { filters: none, viewerId: "x", page: p }).rows.map((r) => r.workspaceId)));
    assert.equal(ids.size, 45);
  });
});
