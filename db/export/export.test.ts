import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { strFromU8, unzipSync } from "fflate";
import { isolateEachTest, testDatabase } from "../test-support";
import { nextStepFixture, type NextStepFixture } from "../next-steps/test-fixture";
import { historyEvents, meetingSyntheses, nextSteps, partnerContacts, responsibilities } from "../schema";
import { emptySynthesis } from "@/lib/synthesis/content";
import { exportFileName, exportZip } from "@/lib/export/zip";
import { exportWorkspace } from "./index";
import { eq } from "drizzle-orm";

const { db, sqlite } = testDatabase();
let f: NextStepFixture;
before(() => {
  f = nextStepFixture(db, sqlite);
  const synthesis = (meetingId: number, workspaceId: number, marker: string) => {
    const content = { ...emptySynthesis([]), needs: marker, leads: [`Piste ${marker}`] };
    db.insert(meetingSyntheses).values({ meetingId, workspaceId, draft: content, published: { ...content, needs: `${marker} publié` }, publishedAt: new Date("2026-11-21T10:00:00Z") }).run();
  };
  synthesis(f.meeting.id, f.ws.id, "Besoin de Montpellier");
  synthesis(f.lyonMeeting.id, f.wsLyon.id, "Besoin de Lyon");
  db.insert(responsibilities)
    .values([
      { workspaceId: f.ws.id, actor: "commune", text: "Prêter la salle du conseil" },
      { workspaceId: f.wsLyon.id, actor: "commune", text: "Responsabilité lyonnaise" },
    ])
    .run();
  db.insert(partnerContacts)
    .values([
      { workspaceId: f.ws.id, actor: "ccas", organisation: "=HYPERLINK(\"http://evil.test\";\"CCAS\")", personName: "Paule Partenaire" },
      { workspaceId: f.wsLyon.id, actor: "ars", organisation: "Délégation du Rhône", personName: "Contact lyonnais" },
    ])
    .run();
  db.insert(nextSteps).values({ workspaceId: f.ws.id, title: "Étape de Montpellier", ownerKind: "acteur", ownerActor: "ars", ownerLabel: "L'ARS", dueOn: "2026-12-15" }).run();
  db.insert(historyEvents).values({ workspaceId: f.wsLyon.id, actorId: f.maireLyon.id, action: "workspace.created", summary: "Événement lyonnais", createdAt: new Date() }).run();
});
after(() => sqlite.close());
isolateEachTest(sqlite);

const LYON_MARKERS = ["Yves Lyonnais", "Paul Rhône", "Étape de Lyon", "Besoin de Lyon", "Responsabilité lyonnaise", "Délégation du Rhône", "Contact lyonnais", "Événement lyonnais"];

const EXPECTED_FILES = [
  "README.txt",
  ...["professionnels", "notes-etat-des-lieux", "reunions", "invites-et-reponses", "syntheses", "prochaines-etapes", "check-list", "responsabilites", "contacts-partenaires", "historique"].flatMap((n) => [`${n}.csv`, `${n}.json`]),
].sort();

describe("the commune's data export", () => {
  test("holds the workspace's records and never another commune's", () => {
    const data = exportWorkspace(f.as(f.maire));
    const dump = JSON.stringify(data);
    for (const marker of LYON_MARKERS) assert.ok(!dump.includes(marker), `${marker} must not be exported`);
    assert.ok(data.professionals.some((p) => p.name === "Marie Pagès"));
    assert.deepEqual(data.meetings.map((m) => m.id), [f.meeting.id]);
    assert.ok(data.invitees.length >= 2 && data.invitees.every((i) => i.meetingId === f.meeting.id));
    assert.equal(data.syntheses[0].published?.needs, "Besoin de Montpellier publié");
    assert.equal(data.syntheses[0].draft.needs, "Besoin de Montpellier");
    assert.equal(data.checklist.length, 11);
    assert.ok(data.history.length > 0 && !dump.includes("tokenHash"), "no personal link's hash");
  });

  test("records the download in the history, after the snapshot", () => {
    const data = exportWorkspace(f.as(f.maire));
    assert.ok(!data.history.some((e) => e.action === "workspace.exported"));
    const recorded = db.select().from(historyEvents).where(eq(historyEvents.action, "workspace.exported")).all();
    assert.equal(recorded.length, 1);
    assert.equal(recorded[0].workspaceId, f.ws.id);
    assert.match(recorded[0].summary, /^Michaël Delafosse a téléchargé les données de la commune/);
  });

  test("the zip lists the expected files: CSV for spreadsheets (BOM, ;, formulas neutralised), JSON, a README", () => {
    const now = new Date("2026-12-02T10:00:00Z");
    const zip = exportZip(exportWorkspace(f.as(f.maire, now)), { communeName: "Montpellier", communeCode: "34172", exportedBy: "Michaël Delafosse", now });
    assert.equal(exportFileName("34172", "2026-12-02"), "boussole-34172-2026-12-02.zip");
    const files = unzipSync(zip);
    assert.deepEqual(Object.keys(files).sort(), EXPECTED_FILES);
    const text = (name: string) => strFromU8(files[name]);
    const leaks = Object.keys(files).flatMap((name) => LYON_MARKERS.filter((m) => text(name).includes(m)).map((m) => `${m} in ${name}`));
    assert.deepEqual(leaks, []);

    const partners = text("contacts-partenaires.csv");
    for (const name of Object.keys(files).filter((n) => n.endsWith(".csv"))) assert.deepEqual([...files[name].slice(0, 3)], [0xef, 0xbb, 0xbf], `${name} starts with a BOM`);
    assert.ok(partners.startsWith("Identifiant;Acteur;Organisme;"), partners.slice(0, 40));
    assert.match(partners, /;"'=HYPERLINK\(""http:\/\/evil.test"";""CCAS""\)";Paule Partenaire;/);
    assert.match(text("check-list.csv"), /Désigner un référent santé .*;Fait;Oui;Référent·e désigné·e : Rose Référente/);
    assert.match(text("syntheses.csv"), /;Publiée;.*Besoin de Montpellier publié/);
    assert.match(text("syntheses.csv"), /;Brouillon;/);
    assert.deepEqual(JSON.parse(text("prochaines-etapes.json")).map((s: { title: string }) => s.title), ["Étape de Montpellier"]);
    const readme = text("README.txt");
    assert.match(readme, /Données de la commune de Montpellier \(34172\)/);
    assert.match(readme, /check-list\.csv \/ check-list\.json \(11 lignes\)/);
    assert.match(readme, /séparateur « ; »/);
  });
});
