import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { asc, eq } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import type { BaseContext } from "../context";
import { checklistItems, communes, federationRequests, federations, meetings, nextSteps, professionals, responsibilities, workspaceMembers, workspaces } from "../schema";
import type { Actor as ActorCode, MeetingStatus } from "@/lib/domain/enums";
import { checklistFacts, checklistStates } from "./facts";
import { checklists } from "./index";
import { statementsOf } from "../next-steps/test-fixture";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const ctx: BaseContext = { db, now: new Date("2026-06-01T08:00:00Z") };
const day = (iso: string, hour = 10) => new Date(`${iso}T${String(hour).padStart(2, "0")}:00:00+02:00`);

const people = { maire: "", elise: "", arnaud: "", fanny: "" };
let codes: string[] = [];
let fecop = "";

before(() => {
  people.maire = addUser(db, "maire@exemple.fr", "Claire Maire").id;
  people.elise = addUser(db, "elise@exemple.fr", "Élise Élue").id;
  people.arnaud = addUser(db, "arnaud@exemple.fr", null).id;
  people.fanny = addUser(db, "fanny@fecop.fr", "Fanny Facilitatrice").id;
  codes = db.select({ code: communes.code }).from(communes).orderBy(asc(communes.code)).limit(60).all().map((c) => c.code);
  fecop = db.select({ name: federations.name }).from(federations).where(eq(federations.id, "fecop")).get()!.name;
});

let next = 0;
function workspace(mandateStart = "2026-03-22") {
  return db.insert(workspaces).values({ communeCode: codes[next++ % codes.length], mandateStart, createdBy: people.maire }).returning().get().id;
}
function request(workspaceId: number, federationId: string, status: "pending" | "accepted" | "declined", decidedAt: Date | null) {
  db.insert(federationRequests).values({ workspaceId, federationId, message: "Bonjour.", status, requestedBy: people.maire, requestedAt: day("2026-03-25"), decidedAt }).run();
}
function member(workspaceId: number, userId: string, role: "referent" | "facilitateur" | "maire", at: Date) {
  db.insert(workspaceMembers)
    .values({ workspaceId, userId, role, capacity: role === "referent" ? "elu" : null, federationId: role === "facilitateur" ? "fecop" : null, createdAt: at })
    .run();
}
function lines(workspaceId: number, ats: Date[]) {
  for (const createdAt of ats) {
    db.insert(professionals).values({ workspaceId, profession: "infirmier", practiceLocation: "commune", practiceForm: "isole", source: "commune", createdAt }).run();
  }
}
function meeting(workspaceId: number, title: string, status: MeetingStatus, startsAt: Date) {
  return db
    .insert(meetings)
    .values({ workspaceId, title, kind: "premiere", startsAt, durationMinutes: 90, place: "Mairie", status, icsUid: `${workspaceId}-${startsAt.getTime()}-${status}@test` })
    .returning()
    .get().id;
}
function step(workspaceId: number, createdAt: Date) {
  db.insert(nextSteps).values({ workspaceId, title: "Visiter le local", ownerKind: "acteur", ownerActor: "commune", ownerLabel: "La commune", dueOn: "2026-07-01", createdAt }).run();
}
function role(workspaceId: number, actor: ActorCode, text: string, updatedAt: Date) {
  db.insert(responsibilities).values({ workspaceId, actor, text, updatedAt }).run();
}

describe("checklistFacts", () => {
  test("each workspace's facts, none leaking into another's", () => {
    const full = workspace();
    request(full, "femasaura", "declined", day("2026-03-27"));
    request(full, "fecop", "accepted", day("2026-04-07"));
    member(full, people.maire, "maire", day("2026-03-24"));
    member(full, people.elise, "referent", day("2026-04-02"));
    member(full, people.arnaud, "referent", day("2026-04-03"));
    member(full, people.fanny, "facilitateur", day("2026-04-07"));
    lines(full, [day("2026-04-01"), day("2026-04-03"), day("2026-04-09"), day("2026-04-20")]);
    meeting(full, "Annulée", "annulee", day("2026-04-28"));
    const held = meeting(full, "Première rencontre", "tenue", day("2026-05-05"));
    meeting(full, "Deuxième rencontre", "tenue", day("2026-05-19"));
    meeting(full, "À venir", "invitations_envoyees", day("2026-06-10"));
    step(full, day("2026-05-12"));
    step(full, day("2026-05-06"));
    role(full, "commune", "Met une salle à disposition", day("2026-05-20"));
    role(full, "professionnels", "Portent le projet de santé", day("2026-05-21"));
    role(full, "federation", "Accompagne", day("2026-05-22"));
    role(full, "ars", "   ", day("2026-05-30"));
    db.update(workspaces).set({ meetingPlace: "Salle du conseil", meetingPlaceSetAt: day("2026-05-06") }).where(eq(workspaces.id, full)).run();

    const pending = workspace("2026-03-15");
    request(pending, "fecop", "pending", null);
    member(pending, people.maire, "maire", day("2026-03-24"));
    lines(pending, [day("2026-04-01"), day("2026-04-02")]);
    meeting(pending, "Brouillon", "brouillon", day("2026-06-20"));
    role(pending, "commune", "La salle", day("2026-05-20"));

    const empty = workspace("2026-04-01");

    const facts = checklistFacts(ctx, { workspaceIds: [full, pending, empty, 999_999, full] });
    assert.deepEqual([...facts.keys()], [full, pending, empty]);
    assert.deepEqual(facts.get(full), {
      mandateStart: "2026-03-22",
      federationAccepted: { federationName: fecop, at: day("2026-04-07") },
      referents: { names: ["Élise Élue", "un·e utilisateur·rice"], firstAt: day("2026-04-02") },
      inventory: { professionals: 4, thirdLineAt: day("2026-04-09") },
      firstMeetingHeld: { meetingId: held, title: "Première rencontre", at: day("2026-05-05") },
      meetingPlace: { place: "Salle du conseil", at: day("2026-05-06") },
      nextSteps: { count: 2, firstAt: day("2026-05-06") },
      responsibilities: { actors: ["commune", "federation", "professionnels"], latestAt: day("2026-05-22") },
    });
    assert.deepEqual(facts.get(pending), {
      mandateStart: "2026-03-15",
      federationAccepted: null,
      referents: null,
      inventory: { professionals: 2, thirdLineAt: null },
      firstMeetingHeld: null,
      meetingPlace: null,
      nextSteps: { count: 0, firstAt: null },
      responsibilities: { actors: ["commune"], latestAt: day("2026-05-20") },
    });
    assert.deepEqual(facts.get(empty), {
      mandateStart: "2026-04-01",
      federationAccepted: null,
      referents: null,
      inventory: { professionals: 0, thirdLineAt: null },
      firstMeetingHeld: null,
      meetingPlace: null,
      nextSteps: { count: 0, firstAt: null },
      responsibilities: { actors: [], latestAt: null },
    });

    // Read through the rules: the accompanied commune ticked all seven automatic items, the others none.
    const lists = checklists(ctx, { workspaceIds: [full, pending, empty] });
    const ticked = (id: number) => lists.get(id)!.filter((e) => e.proof).map((e) => e.code);
    assert.deepEqual(ticked(full), ["contacter_federation", "designer_referent_sante", "etat_des_lieux", "premiere_rencontre", "lieu_de_rencontre", "premieres_etapes", "roles_de_chacun"]);
    assert.deepEqual(ticked(pending), []);
    assert.deepEqual(ticked(empty), []);
  });

  test("hand-set states stay in their workspace", () => {
    const a = workspace();
    const b = workspace();
    db.insert(checklistItems).values({ workspaceId: a, code: "valoriser_existant", status: "en_cours", ownerId: people.elise, note: "Bulletin", updatedBy: people.maire }).run();
    const states = checklistStates(ctx, { workspaceIds: [a, b] });
    assert.deepEqual(
      states.get(a)!.map((s) => [s.code, s.status, s.ownerName, s.note, s.updatedByName]),
      [["valoriser_existant", "en_cours", "Élise Élue", "Bulletin", "Claire Maire"]],
    );
    assert.deepEqual(states.get(b), []);
  });

  test("no workspace asked: no query", () => {
    assert.equal(statementsOf(sqlite, () => assert.equal(checklistFacts(ctx, { workspaceIds: [] }).size, 0)), 0);
  });

  test("a fixed number of queries for 1, 5 and 50 workspaces (no N+1)", () => {
    const ids = Array.from({ length: 50 }, (_, i) => {
      const ws = workspace();
      request(ws, "fecop", i % 3 ? "accepted" : "pending", i % 3 ? day("2026-04-07") : null);
      member(ws, people.elise, "referent", day("2026-04-03"));
      lines(ws, Array.from({ length: 1 + (i % 4) }, (_, k) => day(`2026-04-1${k}`)));
      meeting(ws, `Rencontre ${i}`, i % 2 ? "tenue" : "brouillon", day("2026-05-05"));
      if (i % 5 === 0) step(ws, day("2026-05-06"));
      if (i % 7 === 0) role(ws, "commune", "La salle", day("2026-05-20"));
      db.insert(checklistItems).values({ workspaceId: ws, code: "communiquer_habitants", status: "en_cours", updatedBy: people.maire }).run();
      return ws;
    });
    const facts = [1, 5, 50].map((n) => statementsOf(sqlite, () => assert.equal(checklistFacts(ctx, { workspaceIds: ids.slice(0, n) }).size, n)));
    assert.deepEqual(facts, [7, 7, 7]);
    const whole = [1, 5, 50].map((n) => statementsOf(sqlite, () => assert.equal(checklists(ctx, { workspaceIds: ids.slice(0, n) }).size, n)));
    assert.deepEqual(whole, [8, 8, 8]);
    const all = checklistFacts(ctx, { workspaceIds: ids });
    assert.equal([...all.values()].filter((f) => f.federationAccepted).length, ids.filter((_, i) => i % 3 !== 0).length);
    assert.equal([...all.values()].filter((f) => f.inventory.thirdLineAt).length, ids.filter((_, i) => 1 + (i % 4) >= 3).length);
    assert.equal([...all.values()].filter((f) => f.firstMeetingHeld).length, 25);
  });
});
