import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { asc } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase, statementsOf } from "../test-support";
import { communes, federationRequests, historyEvents, meetings, professionals, workspaceMembers, workspaces } from "../schema";
import type { BaseContext } from "../context";
import type { InterestLevel, MeetingStatus, Profession } from "@/lib/domain/enums";
import { workspaceProgress } from "./snapshot";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const ctx: BaseContext = { db, now: new Date("2026-06-01T08:00:00Z") };
const day = (iso: string) => new Date(`${iso}T10:00:00+02:00`);

const people = { maire: "", fanny: "", elise: "", arnaud: "", felix: "" };
let codes: string[] = [];

before(() => {
  people.maire = addUser(db, "maire@exemple.fr", "Claire Maire").id;
  people.fanny = addUser(db, "fanny@fecop.fr", "Fanny Facilitatrice").id;
  people.felix = addUser(db, "felix@fecop.fr", null).id;
  people.elise = addUser(db, "elise@exemple.fr", "Élise Élue").id;
  people.arnaud = addUser(db, "arnaud@exemple.fr", "Arnaud Agent").id;
  codes = db.select({ code: communes.code }).from(communes).orderBy(asc(communes.code)).limit(60).all().map((c) => c.code);
});

let next = 0;
function workspace() {
  return db.insert(workspaces).values({ communeCode: codes[next++ % codes.length], mandateStart: "2026-03-22", createdBy: people.maire }).returning().get().id;
}
function request(workspaceId: number, federationId: string, status: "pending" | "accepted" | "declined" | "withdrawn", requestedAt: Date, decidedAt: Date | null = null) {
  db.insert(federationRequests).values({ workspaceId, federationId, message: "Bonjour.", status, requestedBy: people.maire, requestedAt, decidedAt }).run();
}
function member(workspaceId: number, userId: string, role: "referent" | "facilitateur" | "maire", at: Date) {
  db.insert(workspaceMembers)
    .values({ workspaceId, userId, role, capacity: role === "referent" ? "elu" : null, federationId: role === "facilitateur" ? "fecop" : null, createdAt: at })
    .run();
}
function lines(workspaceId: number, profession: Profession, interest: InterestLevel, n = 1) {
  for (let i = 0; i < n; i++) {
    db.insert(professionals).values({ workspaceId, profession, interest, practiceLocation: "commune", practiceForm: i % 2 ? "isole" : "cabinet_groupe", source: "commune" }).run();
  }
}
function meeting(workspaceId: number, status: MeetingStatus, startsAt: Date) {
  db.insert(meetings)
    .values({ workspaceId, title: "Rencontre", kind: "premiere", startsAt, durationMinutes: 90, place: "Mairie", status, icsUid: `${workspaceId}-${startsAt.getTime()}-${status}@test` })
    .run();
}
function event(workspaceId: number, at: Date) {
  db.insert(historyEvents).values({ workspaceId, actorId: people.maire, action: "workspace.created", summary: "…", createdAt: at }).run();
}

describe("workspaceProgress", () => {
  test("each workspace's facts, none leaking into another's", () => {
    const accompanied = workspace();
    request(accompanied, "femasaura", "declined", day("2026-03-25"), day("2026-03-27"));
    request(accompanied, "fecop", "accepted", day("2026-03-30"), day("2026-04-07"));
    member(accompanied, people.fanny, "facilitateur", day("2026-04-07"));
    member(accompanied, people.felix, "facilitateur", day("2026-04-08"));
    member(accompanied, people.elise, "referent", day("2026-04-02"));
    member(accompanied, people.arnaud, "referent", day("2026-04-03"));
    member(accompanied, people.maire, "maire", day("2026-03-24"));
    lines(accompanied, "medecin_generaliste", "oui", 2);
    lines(accompanied, "infirmier", "oui");
    lines(accompanied, "pharmacien", "non");
    meeting(accompanied, "tenue", day("2026-05-12"));
    meeting(accompanied, "tenue", day("2026-05-05"));
    meeting(accompanied, "brouillon", day("2026-06-20"));
    meeting(accompanied, "invitations_envoyees", day("2026-06-10"));
    meeting(accompanied, "annulee", day("2026-05-01"));
    event(accompanied, day("2026-03-24"));
    event(accompanied, day("2026-05-12"));

    const pending = workspace();
    request(pending, "fecop", "pending", day("2026-04-15"));
    lines(pending, "medecin_generaliste", "oui");
    lines(pending, "infirmier", "oui");
    lines(pending, "medecin_generaliste", "peut_etre");
    event(pending, day("2026-04-15"));

    const empty = workspace();

    const progress = workspaceProgress(ctx, { workspaceIds: [accompanied, pending, empty, 999_999, accompanied] });
    assert.deepEqual([...progress.keys()], [accompanied, pending, empty, 999_999]);

    assert.deepEqual(progress.get(accompanied), {
      workspaceId: accompanied,
      federationRequest: { federationId: "fecop", status: "accepted", requestedAt: day("2026-03-30"), decidedAt: day("2026-04-07") },
      facilitators: ["Fanny Facilitatrice", "un·e utilisateur·rice"], // a nameless account: never its address
      referents: { count: 2, names: ["Élise Élue", "Arnaud Agent"] },
      inventory: { professionals: 4, coreTeamInSight: true },
      firstMeetingHeldAt: day("2026-05-05"),
      openMeetings: 2,
      lastActivityAt: day("2026-05-12"),
    });
    assert.deepEqual(progress.get(pending), {
      workspaceId: pending,
      federationRequest: { federationId: "fecop", status: "pending", requestedAt: day("2026-04-15"), decidedAt: null },
      facilitators: [],
      referents: { count: 0, names: [] },
      // One interested GP only: a "maybe" does not count toward the MSP minimum.
      inventory: { professionals: 3, coreTeamInSight: false },
      firstMeetingHeldAt: null,
      openMeetings: 0,
      lastActivityAt: day("2026-04-15"),
    });
    const nothing = {
      federationRequest: null,
      facilitators: [],
      referents: { count: 0, names: [] },
      inventory: { professionals: 0, coreTeamInSight: false },
      firstMeetingHeldAt: null,
      openMeetings: 0,
      lastActivityAt: null,
    };
    assert.deepEqual(progress.get(empty), { workspaceId: empty, ...nothing });
    assert.deepEqual(progress.get(999_999), { workspaceId: 999_999, ...nothing });
  });

  test("the latest request is the latest asked, whatever the order of the rows", () => {
    const ws = workspace();
    request(ws, "fecop", "pending", day("2026-05-02"));
    request(ws, "femasaura", "withdrawn", day("2026-04-01"), day("2026-04-20"));
    assert.equal(workspaceProgress(ctx, { workspaceIds: [ws] }).get(ws)?.federationRequest?.federationId, "fecop");
  });

  test("no workspace asked: no query", () => {
    assert.equal(statementsOf(sqlite, () => assert.equal(workspaceProgress(ctx, { workspaceIds: [] }).size, 0)), 0);
  });

  test("a fixed number of queries for 1, 5 and 50 workspaces (no N+1)", () => {
    const ids = Array.from({ length: 50 }, (_, i) => {
      const ws = workspace();
      request(ws, "fecop", i % 3 ? "accepted" : "pending", day("2026-04-01"));
      member(ws, people.fanny, "facilitateur", day("2026-04-02"));
      member(ws, people.elise, "referent", day("2026-04-03"));
      lines(ws, "medecin_generaliste", "oui", 1 + (i % 3));
      lines(ws, "infirmier", i % 2 ? "oui" : "non");
      meeting(ws, i % 4 ? "tenue" : "brouillon", day("2026-05-05"));
      event(ws, day("2026-05-05"));
      return ws;
    });
    const counts = [1, 5, 50].map((n) => statementsOf(sqlite, () => assert.equal(workspaceProgress(ctx, { workspaceIds: ids.slice(0, n) }).size, n)));
    assert.deepEqual(counts, [5, 5, 5]);
    const all = workspaceProgress(ctx, { workspaceIds: ids });
    assert.equal([...all.values()].filter((p) => p.inventory.coreTeamInSight).length, ids.filter((_, i) => i % 3 !== 0 && i % 2 === 1).length);
  });
});
