import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { PIPELINE_STAGES, pipelineEntry, pipelineStage, quietCutoff, quietDays, type PipelineEntry, type StageFacts } from "./pipeline";

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
  test("quietCutoff: quiet exactly when the latest activity is before it — midnight in Paris, 21 days before today", () => {
    for (const today of [now, new Date("2026-07-15T21:30:00Z"), new Date("2026-03-29T00:30:00Z"), new Date("2026-10-25T23:30:00Z")]) {
      const cutoff = quietCutoff(today);
      const quiet = (at: Date) => quietDays({ requestStatus: "accepted", lastActivityAt: at, decidedAt: null }, today) !== null;
      assert.equal(quiet(new Date(cutoff.getTime() - 1)), true, `${today.toISOString()}: just before ${cutoff.toISOString()}`);
      assert.equal(quiet(cutoff), false, `${today.toISOString()}: at ${cutoff.toISOString()}`);
    }
    assert.equal(quietCutoff(now).toISOString(), "2026-11-10T23:00:00.000Z"); // midnight in Paris (UTC+1) on 11 November
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
