import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { professionals } from "../schema";
import { workspaceHistory } from "../history";
import { acceptFederationRequest, declineFederationRequest, requestFederation } from "../federations";
import { inventoryLinesForSummary, workspaceOverview } from "./overview";
import { designateReferent } from "./referent";
import { LYON, MONTPELLIER, NOW, contexts, openWorkspace, setUpPeople, type People } from "./test-fixtures";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
const as = contexts(db);
const later = (minutes: number) => contexts(db, new Date(NOW.getTime() + minutes * 60_000));
let p: People;
before(() => {
  p = setUpPeople(db);
});

describe("workspaceOverview", () => {
  test("the commune, its people by role, its latest request first, the open invitations, the region's federation", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const first = requestFederation(as.commune(ws, p.maire), { federationId: "femasaura", message: "Bonjour." });
    declineFederationRequest(as.federation("femasaura", p.femasauraFacilitator), { requestId: first.request.id, reason: "Hors région." });
    const second = requestFederation(later(10).commune(ws, p.maire), { federationId: "fecop", message: "Bonjour." });
    acceptFederationRequest(later(20).federation("fecop", p.fecopAdmin), { requestId: second.request.id, facilitatorIds: [p.fecopFacilitator.id], mandateChecked: true });
    designateReferent(as.commune(ws, p.maire), { kind: "elu", people: [{ capacity: "elu", name: "Élise Élue", email: "elise@montpellier.fr" }], version: ws.version });

    const o = workspaceOverview(as.commune(ws, p.maire));
    assert.ok(o);
    assert.equal(o.commune.name, "Montpellier");
    assert.equal(o.commune.departementName, "Hérault");
    assert.equal(o.commune.regionName, "Occitanie");
    assert.deepEqual(
      o.maires.map((m) => m.name),
      ["Michaël Delafosse"],
    );
    assert.deepEqual(
      o.facilitators.map((m) => [m.name, m.federationId]),
      [["Fanny Facilitatrice", "fecop"]],
    );
    assert.deepEqual(o.referents, []);
    assert.deepEqual(
      o.requests.map((r) => [r.federation.id, r.request.status]),
      [
        ["fecop", "accepted"],
        ["femasaura", "declined"],
      ],
    );
    assert.equal(o.currentRequest?.federation.id, "fecop");
    assert.deepEqual(
      o.openInvitations.map((i) => i.email),
      ["elise@montpellier.fr"],
    );
    assert.equal(o.regionalFederation?.id, "fecop");
  });

  test("another workspace's people, requests and lines are not in it", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    requestFederation(as.commune(lyon, p.maireLyon), { federationId: "femasaura", message: "Bonjour." });
    db.insert(professionals).values({ workspaceId: lyon.id, profession: "infirmier", practiceLocation: "commune", practiceForm: "isole", source: "commune" }).run();
    const o = workspaceOverview(as.commune(ws, p.maire))!;
    assert.deepEqual(
      o.members.map((m) => m.userId),
      [p.maire.id],
    );
    assert.equal(o.currentRequest, null);
    assert.deepEqual(inventoryLinesForSummary(as.commune(ws, p.maire)), []);
    assert.deepEqual(inventoryLinesForSummary(as.commune(lyon, p.maireLyon)), [
      { profession: "infirmier", professionOther: null, practiceForm: "isole", interest: "non_sollicite", ageBracket: null, departure: null },
    ]);
  });
});

describe("workspaceHistory", () => {
  test("the workspace's events only, newest first, with their author; at most `limit`", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    openWorkspace(db, LYON, p.maireLyon);
    requestFederation(later(5).commune(ws, p.maire), { federationId: "fecop", message: "Bonjour." });
    const events = workspaceHistory(as.commune(ws, p.maire));
    assert.deepEqual(
      events.map((e) => [e.action, e.actorName, e.createdAt.getTime() - NOW.getTime()]),
      [
        ["federation.requested", "Michaël Delafosse", 5 * 60_000],
        ["workspace.created", "Michaël Delafosse", 0],
      ],
    );
    assert.deepEqual(
      workspaceHistory(as.commune(ws, p.maire), { limit: 1 }).map((e) => e.action),
      ["federation.requested"],
    );
  });
});
