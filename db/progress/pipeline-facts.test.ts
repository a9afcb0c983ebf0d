/**
 * `workspace_pipeline_facts` is kept by triggers (drizzle/0011_workspace_pipeline_facts.sql): after any write to
 * the tables it summarises, each row equals what `workspaceProgress` and `workspaceFollowUp` compute from the
 * source rows; the migration's backfill gives the same; a deleted workspace takes its row with it.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { communes, historyEvents, meetingSyntheses, meetings, nextSteps, professionals, workspacePipelineFacts, workspaces } from "../schema";
import { emptySynthesis } from "@/lib/synthesis/content";
import type { MeetingKind, MeetingStatus } from "@/lib/domain/enums";
import { workspaceFollowUp, workspaceProgress } from ".";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const ctx = { db, now: new Date("2026-12-02T09:00:00Z") };
const day = (iso: string) => new Date(`${iso}T10:00:00+01:00`);
let maire = "";
let codes: string[] = [];
before(() => {
  maire = addUser(db, "maire@exemple.fr", "Claire Maire").id;
  codes = db.select({ code: communes.code }).from(communes).orderBy(asc(communes.code)).limit(10).all().map((c) => c.code);
});
let next = 0;
const workspace = () => db.insert(workspaces).values({ communeCode: codes[next++], mandateStart: "2026-03-22", createdBy: maire }).returning().get().id;
const line = (workspaceId: number) =>
  db.insert(professionals).values({ workspaceId, profession: "infirmier", interest: "oui", practiceLocation: "commune", practiceForm: "isole", source: "commune" }).returning().get().id;
const meeting = (workspaceId: number, status: MeetingStatus, kind: MeetingKind, startsAt: Date, createdAt = startsAt) =>
  db
    .insert(meetings)
    .values({ workspaceId, title: "Rencontre", kind, startsAt, durationMinutes: 90, place: "Mairie", status, icsUid: `${workspaceId}-${startsAt.getTime()}-${kind}@test`, createdAt })
    .returning()
    .get().id;

/** What the triggers keep, beside what the batched reads compute from the source rows. */
function compare(ids: number[]) {
  const progress = workspaceProgress(ctx, { workspaceIds: ids, inventory: "count" });
  const followUp = workspaceFollowUp(ctx, { workspaceIds: ids });
  for (const id of ids) {
    const p = progress.get(id)!;
    const f = followUp.get(id)!;
    const kept = db.select().from(workspacePipelineFacts).where(eq(workspacePipelineFacts.workspaceId, id)).get();
    assert.deepEqual(kept, {
      workspaceId: id,
      professionals: p.inventory.professionals,
      openMeetings: p.openMeetings,
      firstMeetingHeldAt: p.firstMeetingHeldAt,
      firstSynthesisPublishedAt: f.firstSynthesisPublishedAt,
      heldWithoutSynthesis: f.heldWithoutSynthesis,
      followUpMeetings: f.followUpMeetings,
      lastMeetingCreatedAt: f.lastMeetingCreatedAt,
      lastNextStepAt: f.nextSteps.lastCreatedAt,
      lastActivityAt: p.lastActivityAt,
    });
  }
}

describe("workspace_pipeline_facts", () => {
  test("follows every write to the lines, meetings, syntheses, next steps and history, one workspace never touching another", () => {
    const a = workspace();
    const b = workspace();
    const ids = [a, b];
    compare(ids);
    const lines = [line(a), line(a), line(a), line(b)];
    compare(ids);
    db.delete(professionals).where(eq(professionals.id, lines[1])).run();
    compare(ids);

    const first = meeting(a, "brouillon", "premiere", day("2026-10-10"), day("2026-09-01"));
    compare(ids);
    db.update(meetings).set({ status: "invitations_envoyees" }).where(eq(meetings.id, first)).run();
    compare(ids);
    db.update(meetings).set({ status: "tenue" }).where(eq(meetings.id, first)).run();
    compare(ids);
    db.insert(meetingSyntheses).values({ meetingId: first, workspaceId: a, draft: emptySynthesis([]) }).run();
    compare(ids);
    db.update(meetingSyntheses).set({ published: emptySynthesis([]), firstPublishedAt: day("2026-10-15"), publishedAt: day("2026-10-15") }).where(eq(meetingSyntheses.meetingId, first)).run();
    compare(ids);

    const followUp = meeting(a, "brouillon", "suivi", day("2026-12-10"), day("2026-10-20"));
    compare(ids);
    db.update(meetings).set({ status: "annulee" }).where(eq(meetings.id, followUp)).run();
    compare(ids);
    const stepId = db.insert(nextSteps).values({ workspaceId: a, title: "Étape", ownerKind: "acteur", ownerActor: "ars", ownerLabel: "ARS", dueOn: "2026-12-20", createdAt: day("2026-10-16") }).returning().get().id;
    compare(ids);
    db.delete(nextSteps).where(eq(nextSteps.id, stepId)).run();
    compare(ids);

    const eventId = db.insert(historyEvents).values({ workspaceId: a, actorId: maire, action: "workspace.created", summary: "…", createdAt: day("2026-11-01") }).returning().get().id;
    db.insert(historyEvents).values({ workspaceId: a, actorId: maire, action: "workspace.created", summary: "…", createdAt: day("2026-10-01") }).run();
    db.insert(historyEvents).values({ workspaceId: null, actorId: maire, action: "workspace.created", summary: "…", createdAt: day("2026-11-20") }).run();
    compare(ids);
    db.delete(historyEvents).where(eq(historyEvents.id, eventId)).run();
    compare(ids);

    // A held meeting deleted takes its synthesis along: neither is counted any more.
    db.delete(meetings).where(eq(meetings.id, first)).run();
    compare(ids);
    assert.equal(db.select().from(workspacePipelineFacts).where(eq(workspacePipelineFacts.workspaceId, a)).get()?.firstSynthesisPublishedAt, null);

    db.delete(workspaces).where(eq(workspaces.id, b)).run();
    assert.equal(db.select().from(workspacePipelineFacts).where(eq(workspacePipelineFacts.workspaceId, b)).get(), undefined);
    compare([a]);
  });

  test("the migration's backfill computes the same rows as the triggers", () => {
    const ws = [workspace(), workspace(), workspace()];
    for (const [i, id] of ws.entries()) {
      for (let k = 0; k <= i * 2; k++) line(id);
      const m = meeting(id, i ? "tenue" : "brouillon", i === 2 ? "suivi" : "premiere", day("2026-10-10"));
      if (i === 1) db.insert(meetingSyntheses).values({ meetingId: m, workspaceId: id, draft: emptySynthesis([]), firstPublishedAt: day("2026-10-12") }).run();
      db.insert(historyEvents).values({ workspaceId: id, actorId: maire, action: "workspace.created", summary: "…", createdAt: day(`2026-11-0${i + 1}`) }).run();
    }
    const kept = db.select().from(workspacePipelineFacts).orderBy(asc(workspacePipelineFacts.workspaceId)).all();
    const migration = fs.readFileSync(path.join(process.cwd(), "drizzle/0011_workspace_pipeline_facts.sql"), "utf8").split("--> statement-breakpoint");
    const backfill = migration.filter((s) => /^\s*(INSERT INTO|UPDATE) `workspace_pipeline_facts`/.test(s.replace(/^--.*$/gm, "")));
    assert.equal(backfill.length, 2);
    sqlite.exec("DELETE FROM workspace_pipeline_facts");
    for (const statement of backfill) sqlite.exec(statement);
    assert.deepEqual(db.select().from(workspacePipelineFacts).orderBy(asc(workspacePipelineFacts.workspaceId)).all(), kept);
    compare(ws);
  });
});
