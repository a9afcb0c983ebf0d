import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { addUser, isolateEachTest, testDatabase, statementsOf } from "../test-support";
import { federationRequests, historyEvents, meetingSyntheses, meetings, nextSteps, professionals, workspaceMembers, workspaces } from "../schema";
import type { BaseContext } from "../context";
import type { MeetingKind, MeetingStatus } from "@/lib/domain/enums";
import { emptySynthesis } from "@/lib/synthesis/content";
import { federationDueItems, federationPipeline, federationRequestDetail } from "./board";

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

describe("federationPipeline", () => {
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

    const { entries, declined: declinedList } = federationPipeline(ctx, { federationId: "fecop" });
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
    assert.deepEqual(
      declinedList.map((d) => [d.communeName, d.declineReason]),
      [["Peyre en Aubrac", "Hors de notre région."]],
    );

    const byId = new Map(entries.map((e) => [e.workspaceId, e]));
    const p = byId.get(pending)!;
    assert.deepEqual([p.communeName, p.departementCode, p.departementName, p.waitingDays, p.mandate.day], ["Saint-Chély-d'Apcher", "48", "Lozère", 13, 255]);
    assert.deepEqual(byId.get(following)!.facilitators, [{ userId: people.ines, name: "Inès Benali" }]);
    assert.equal(byId.get(quiet)!.quietDays, 43);
    assert.equal(byId.get(withInventory)!.quietDays, null);
    assert.equal(byId.get(toWrite)!.synthesesToWrite, 1);

    // Only counts, booleans and dates cross into the list: no professional's age or departure.
    assert.doesNotMatch(JSON.stringify(entries), /62_plus|moins_2_ans|ageBracket|departure/);
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
      "quietDays",
      "requestId",
      "requestStatus",
      "requestedAt",
      "stage",
      "synthesesToWrite",
      "waitingDays",
      "workspaceId",
    ]);

    const due = federationDueItems(ctx, { federationId: "fecop" });
    assert.deepEqual(
      Object.fromEntries(Object.entries(due).map(([k, list]) => [k, list.map((e) => e.communeName)])),
      {
        demandes: ["Saint-Chély-d'Apcher"],
        rencontres: ["Bourgs sur Colagne", "La Canourgue", "Langogne"],
        syntheses: ["Millau"],
        calmes: ["La Canourgue"],
      },
    );

    // Another federation sees none of them; FemasAURA&Co sees its own.
    assert.deepEqual(
      federationPipeline(ctx, { federationId: "femasaura" }).entries.map((e) => e.communeName),
      ["Aurillac"],
    );
  });

  test("a request's detail only through its own federation", () => {
    const ws = workspace("48140");
    const id = request(ws, "fecop", "pending", day("2026-11-19"));
    const actor = { id: people.marc, email: "marc@fecop.fr", name: "Marc Delmas" };
    assert.equal(federationRequestDetail({ db, now, actor, federationId: "fecop" }, { requestId: id })?.communeName, "Saint-Chély-d'Apcher");
    assert.equal(federationRequestDetail({ db, now, actor, federationId: "femasaura" }, { requestId: id }), null);
  });

  test("no commune asked: one query", () => {
    assert.equal(statementsOf(sqlite, () => assert.deepEqual(federationPipeline(ctx, { federationId: "fecop" }), { entries: [], declined: [] })), 1);
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
      counts.push(statementsOf(sqlite, () => assert.equal(federationPipeline(ctx, { federationId: "fecop" }).entries.length, n)));
    }
    assert.deepEqual(counts, [9, 9, 9]);
    const stages = new Set(federationPipeline(ctx, { federationId: "fecop" }).entries.map((e) => e.stage));
    assert.deepEqual([...stages].sort(), ["demande", "rencontre_preparee", "rencontre_tenue", "suivi", "synthese_publiee"]);
  });
});
