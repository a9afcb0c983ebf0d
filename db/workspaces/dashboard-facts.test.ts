import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase, statementsOf } from "../test-support";
import { federationRequests, meetingInvitees, meetings, nextSteps, professionals } from "../schema";
import { PROFESSIONS, type DepartureHorizon, type InterestLevel, type MeetingKind, type MeetingStatus, type NextStepStatus, type Profession } from "@/lib/domain/enums";
import { inventorySummary } from "@/lib/dashboard/inventory-summary";
import { indicatorsFromGroups } from "@/lib/inventory/indicators";
import { inventoryGroups } from "../inventory";
import { LYON, MONTPELLIER, contexts, openWorkspace, setUpPeople, type People } from "./test-fixtures";
import { dashboardFacts } from "./dashboard-facts";
import { workspaceOverview } from "./overview";
import { workspaceChecklist } from "../checklist";
import { memberMeetings, publishedSyntheses } from "../syntheses";
import type { Workspace } from "./create";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
// 1 April 2026, 10:00 in Paris.
const NOW = new Date("2026-04-01T08:00:00Z");
const DAY = 86_400_000;
let people: People;
before(() => {
  people = setUpPeople(db);
});

function lines(ws: Workspace, profession: Profession, interest: InterestLevel, departure: DepartureHorizon, n = 1) {
  for (let i = 0; i < n; i++) {
    db.insert(professionals).values({ workspaceId: ws.id, profession, interest, departure, practiceLocation: "commune", practiceForm: "isole", source: "commune" }).run();
  }
}
function step(ws: Workspace, title: string, dueOn: string, status: NextStepStatus = "a_faire", details = "") {
  db.insert(nextSteps).values({ workspaceId: ws.id, title, details, ownerKind: "acteur", ownerActor: "commune", ownerLabel: "La commune", dueOn, status }).run();
}
function meeting(ws: Workspace, title: string, startsAt: Date, status: MeetingStatus = "invitations_envoyees", kind: MeetingKind = "premiere") {
  return db
    .insert(meetings)
    .values({ workspaceId: ws.id, title, kind, startsAt, durationMinutes: 90, place: "Mairie", status, icsUid: `${ws.id}-${title}-${startsAt.getTime()}@test` })
    .returning()
    .get().id;
}
let invited = 0;
function invitee(meetingId: number, profession: string, answer: "oui" | "non" | "peut_etre" | null = null) {
  invited++;
  db.insert(meetingInvitees).values({ meetingId, name: `Invité ${invited}`, profession, email: `invite${invited}@exemple.fr`, answer }).run();
}

describe("dashboardFacts", () => {
  test("an empty workspace: nothing counted, no meeting, no federation", () => {
    const ws = openWorkspace(db, MONTPELLIER, people.maire);
    const facts = dashboardFacts(contexts(db, NOW).commune(ws, people.maire), { personal: true });
    assert.deepEqual(facts.inventory, { total: 0, interestedGPs: 0, interestedParamedical: 0, departures: { within2: 0, within2to5: 0, unknown: 0, interestedGPsWithin2: 0 } });
    assert.deepEqual(facts.federation, { accepted: false, latest: null });
    assert.deepEqual(facts.nextSteps, { open: 0, overdue: 0, urgent: [], realEstateCandidates: [] });
    assert.equal(facts.nextMeeting, null);
    assert.equal(facts.firstMeeting, null);
  });

  test("the workspace's facts, none of another commune's", () => {
    const ws = openWorkspace(db, MONTPELLIER, people.maire);
    const other = openWorkspace(db, LYON, people.maireLyon);
    lines(ws, "medecin_generaliste", "oui", "moins_2_ans", 2);
    lines(ws, "infirmier", "oui", "2_5_ans");
    lines(ws, "masseur_kinesitherapeute", "non", "moins_2_ans");
    lines(ws, "pharmacien", "peut_etre", "inconnu");
    lines(other, "medecin_generaliste", "oui", "moins_2_ans", 5);
    db.insert(federationRequests).values({ workspaceId: ws.id, federationId: "fecop", message: "Bonjour.", status: "accepted", requestedBy: people.maire.id, requestedAt: new Date(NOW.getTime() - 9 * DAY), decidedAt: new Date(NOW.getTime() - 8 * DAY) }).run();
    db.insert(federationRequests).values({ workspaceId: other.id, federationId: "femasaura", message: "Bonjour.", status: "pending", requestedBy: people.maireLyon.id, requestedAt: NOW }).run();
    step(ws, "Recenser les locaux communaux", "2026-03-28", "a_faire", "Surface et loyer.");
    step(ws, "Inviter les infirmières", "2026-04-10", "en_cours");
    step(ws, "Présenter la MSP", "2026-04-01");
    step(ws, "Visiter le bâtiment", "2026-05-01", "fait");
    step(ws, "Associer les partenaires locaux", "2026-06-01");
    step(other, "Acheter un terrain", "2026-01-01");
    const held = meeting(ws, "Rencontre de lancement", new Date(NOW.getTime() - 20 * DAY), "tenue");
    const next = meeting(ws, "Réunion de suivi", new Date(NOW.getTime() + 7 * DAY), "invitations_envoyees", "suivi");
    meeting(ws, "Réunion annulée", new Date(NOW.getTime() + 2 * DAY), "annulee");
    invitee(held, "medecin_generaliste", "oui");
    invitee(held, "medecin_generaliste", "non");
    invitee(next, "infirmier", "oui");
    invitee(next, "pharmacien", "peut_etre");
    invitee(next, "");
    meeting(other, "Ailleurs", new Date(NOW.getTime() + DAY));

    const facts = dashboardFacts(contexts(db, NOW).commune(ws, people.maire), { personal: true });
    const summary = inventorySummary(facts.inventory, { personal: true });
    assert.equal(summary.total, 5);
    assert.equal(summary.coreTeam.inSight, true);
    assert.deepEqual(summary.departures, { within2: 3, within5: 4, unknown: 1 });
    assert.deepEqual(facts.inventory, {
      total: 5,
      interestedGPs: 2,
      interestedParamedical: 1,
      departures: { within2: 3, within2to5: 1, unknown: 1, interestedGPsWithin2: 2 },
    });
    assert.equal(summary.coreTeam.interestedGPsLeavingSoon, 2);
    assert.deepEqual(facts.federation, { accepted: true, latest: { status: "accepted", federationName: "Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires" } });
    assert.equal(facts.nextSteps.open, 4);
    assert.equal(facts.nextSteps.overdue, 1);
    assert.deepEqual(
      facts.nextSteps.urgent.map((s) => [s.title, s.dueOn, s.overdue]),
      [
        ["Recenser les locaux communaux", "2026-03-28", true],
        ["Présenter la MSP", "2026-04-01", false],
        ["Inviter les infirmières", "2026-04-10", false],
      ],
    );
    // Pre-selected by the hints ("local"), the closed step left out; the rule decides afterwards.
    assert.deepEqual(
      facts.nextSteps.realEstateCandidates.map((s) => s.title),
      ["Recenser les locaux communaux", "Associer les partenaires locaux"],
    );
    assert.equal(facts.nextMeeting?.title, "Réunion de suivi");
    assert.equal(facts.nextMeeting?.upcoming, true);
    assert.deepEqual(facts.nextMeeting?.answers, { oui: 1, non: 0, peut_etre: 1, sans_reponse: 1, total: 3 });
    assert.equal(facts.firstMeeting?.title, "Rencontre de lancement");
    assert.deepEqual(facts.firstMeeting?.professions, [{ profession: "medecin_generaliste", count: 2 }]);
  });

  test("the one-row totals give the core team and departures the indicators give from every line", () => {
    const ws = openWorkspace(db, MONTPELLIER, people.maire);
    const interests: InterestLevel[] = ["oui", "peut_etre", "non", "non_sollicite"];
    const horizons: DepartureHorizon[] = ["moins_2_ans", "2_5_ans", "aucun", "inconnu"];
    PROFESSIONS.forEach((profession, i) => {
      for (let k = 0; k < 6; k++) lines(ws, profession, interests[(i + k) % 4], horizons[(i * 3 + k) % 4], 1 + ((i + k) % 3));
    });
    const ctx = contexts(db, NOW).commune(ws, people.maire);
    for (const personal of [true, false]) {
      const summary = inventorySummary(dashboardFacts(ctx, { personal }).inventory, { personal });
      const indicators = indicatorsFromGroups(inventoryGroups(ctx, { team: personal }), { personal });
      assert.equal(summary.total, indicators.total);
      assert.deepEqual(summary.coreTeam, indicators.coreTeam);
      if (personal) {
        const d = indicators.departures!;
        assert.deepEqual(summary.departures, { within2: d.leavingWithin2, within5: d.leavingWithin5, unknown: d.unknown });
      } else assert.equal(summary.departures, null);
    }
  });

  test("without the right to see departures, they are not read: the summary has none", () => {
    const ws = openWorkspace(db, MONTPELLIER, people.maire);
    lines(ws, "medecin_generaliste", "oui", "moins_2_ans", 2);
    lines(ws, "medecin_generaliste", "oui", "aucun");
    const facts = dashboardFacts(contexts(db, NOW).commune(ws, people.maire), { personal: false });
    assert.deepEqual(facts.inventory, { total: 3, interestedGPs: 3, interestedParamedical: 0, departures: null });
    const summary = inventorySummary(facts.inventory, { personal: false });
    assert.equal(summary.departures, null);
    assert.equal(summary.coreTeam.interestedGPsLeavingSoon, null);
  });

  test("the next meeting is the soonest to come; when none is to come, the latest", () => {
    const ws = openWorkspace(db, MONTPELLIER, people.maire);
    meeting(ws, "Il y a un mois", new Date(NOW.getTime() - 30 * DAY), "tenue");
    meeting(ws, "Hier", new Date(NOW.getTime() - DAY), "invitations_envoyees");
    const ctx = contexts(db, NOW).commune(ws, people.maire);
    assert.equal(dashboardFacts(ctx, { personal: true }).nextMeeting?.title, "Hier");
    assert.equal(dashboardFacts(ctx, { personal: true }).nextMeeting?.upcoming, false);
    meeting(ws, "Dans un mois", new Date(NOW.getTime() + 30 * DAY), "brouillon");
    meeting(ws, "Dans une semaine", new Date(NOW.getTime() + 7 * DAY), "brouillon", "suivi");
    const facts = dashboardFacts(ctx, { personal: true });
    assert.equal(facts.nextMeeting?.title, "Dans une semaine");
    // The first meeting: the "premiere" being prepared rather than the one held a month ago.
    assert.equal(facts.firstMeeting?.title, "Dans un mois");
  });

  test("a fixed number of queries, whatever the commune's size", () => {
    const ws = openWorkspace(db, MONTPELLIER, people.maire);
    const ctx = contexts(db, NOW).commune(ws, people.maire);
    const grow = (n: number) => {
      for (let i = 0; i < n; i++) {
        lines(ws, i % 2 ? "infirmier" : "medecin_generaliste", i % 3 ? "oui" : "non", i % 4 ? "aucun" : "moins_2_ans");
        step(ws, i % 5 ? `Étape ${i}` : `Travaux ${i}`, `2026-0${1 + (i % 9)}-15`);
        const m = meeting(ws, `Réunion ${i}`, new Date(NOW.getTime() + (i - n / 2) * DAY), i % 3 ? "invitations_envoyees" : "tenue");
        invitee(m, i % 2 ? "infirmier" : "medecin_generaliste", "oui");
      }
    };
    grow(2);
    const small = statementsOf(sqlite, () => dashboardFacts(ctx, { personal: true }));
    grow(200);
    let facts: ReturnType<typeof dashboardFacts> | undefined;
    const large = statementsOf(sqlite, () => {
      facts = dashboardFacts(ctx, { personal: true });
    });
    assert.equal(small, 8);
    assert.equal(large, 8);
    // Everything the dashboard page reads (the guard aside): the same count for 2 and 202 of everything.
    const page = () =>
      statementsOf(sqlite, () => {
        workspaceOverview(ctx);
        dashboardFacts(ctx, { personal: true });
        workspaceChecklist(ctx);
        memberMeetings(ctx);
        publishedSyntheses(ctx);
      });
    const before = page();
    grow(50);
    assert.equal(page(), before);
    assert.equal(before, 23);
    assert.equal(facts!.nextSteps.urgent.length, 3);
    assert.ok(facts!.nextSteps.realEstateCandidates.length <= 20);
    assert.ok(facts!.inventory.total > 50, "every line counted, in one row");
  });
});
