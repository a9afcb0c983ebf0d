/**
 * `workspace_inventory_totals` is kept by triggers (drizzle/0013_workspace_inventory_totals.sql): after any write to
 * the lines — added, changed, moved, removed, in bulk — each workspace's row equals the totals counted from its
 * lines by the rules of the inventory's indicators (lib/inventory); the migration's backfill gives the same; a
 * deleted workspace takes its row with it.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { asc, eq, inArray } from "drizzle-orm";
import { addUser, isolateEachTest, testDatabase } from "../test-support";
import { communes, professionals, workspaceInventoryTotals, workspaces } from "../schema";
import { DEPARTURE_HORIZONS, INTEREST_LEVELS, PROFESSIONS } from "@/lib/domain/enums";
import { isParamedical } from "@/lib/inventory/professions";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
after(() => sqlite.close());
let maire = "";
let codes: string[] = [];
before(() => {
  maire = addUser(db, "maire@exemple.fr", "Claire Maire").id;
  codes = db.select({ code: communes.code }).from(communes).orderBy(asc(communes.code)).limit(10).all().map((c) => c.code);
});
let next = 0;
const workspace = () => db.insert(workspaces).values({ communeCode: codes[next++], mandateStart: "2026-03-22", createdBy: maire }).returning().get().id;

/** A small deterministic generator: the same sequence of writes at every run. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s >>> 16) % n;
  };
}

/** The totals by the indicators' rules, from the lines themselves. */
function counted(workspaceId: number) {
  const lines = db.select().from(professionals).where(eq(professionals.workspaceId, workspaceId)).all();
  const gp = (l: (typeof lines)[number]) => l.interest === "oui" && l.profession === "medecin_generaliste";
  return {
    workspaceId,
    total: lines.length,
    interestedGPs: lines.filter(gp).length,
    interestedParamedical: lines.filter((l) => l.interest === "oui" && isParamedical(l.profession)).length,
    departuresWithin2: lines.filter((l) => l.departure === "moins_2_ans").length,
    departuresWithin2to5: lines.filter((l) => l.departure === "2_5_ans").length,
    departuresUnknown: lines.filter((l) => l.departure === "inconnu").length,
    interestedGPsWithin2: lines.filter((l) => gp(l) && l.departure === "moins_2_ans").length,
  };
}

function compare(ids: number[]) {
  for (const id of ids) assert.deepEqual(db.select().from(workspaceInventoryTotals).where(eq(workspaceInventoryTotals.workspaceId, id)).get(), counted(id));
}

describe("workspace_inventory_totals", () => {
  test("follows lines added, changed, moved and removed, one by one or in bulk, one workspace never touching another", () => {
    const ids = [workspace(), workspace(), workspace()];
    compare(ids);
    const pick = random(42);
    const line = () => ({
      workspaceId: ids[pick(ids.length)],
      profession: PROFESSIONS[pick(PROFESSIONS.length)],
      interest: INTEREST_LEVELS[pick(INTEREST_LEVELS.length)],
      departure: DEPARTURE_HORIZONS[pick(DEPARTURE_HORIZONS.length)],
      practiceLocation: "commune" as const,
      practiceForm: "isole" as const,
      source: "commune" as const,
    });
    const ops = [0, 0, 0, 0, 0, 0];
    for (let round = 0; round < 80; round++) {
      const existing = db.select({ id: professionals.id }).from(professionals).all().map((r) => r.id);
      const one = existing[pick(Math.max(existing.length, 1))];
      const op = existing.length < 5 ? 0 : pick(6);
      ops[op]++;
      switch (op) {
        case 0:
          db.insert(professionals).values(line()).run();
          break;
        case 1:
          db.insert(professionals).values([line(), line(), line(), line()]).run();
          break;
        case 2: {
          const { profession, interest, departure } = line();
          db.update(professionals).set({ profession, interest, departure }).where(eq(professionals.id, one)).run();
          break;
        }
        case 3:
          db.update(professionals).set({ workspaceId: ids[pick(ids.length)] }).where(eq(professionals.id, one)).run();
          break;
        case 4:
          db.delete(professionals).where(eq(professionals.id, one)).run();
          break;
        default:
          // A bulk change: every interested line of a workspace becomes « peut-être ».
          db.update(professionals).set({ interest: "peut_etre" }).where(eq(professionals.workspaceId, ids[pick(ids.length)])).run();
      }
      compare(ids);
    }
    // Every kind of write ran.
    assert.ok(ops.every((n) => n > 0), `writes by kind: ${ops.join(", ")}`);
  });

  test("each profession counts as the indicators say, paramedical or not", () => {
    const ws = workspace();
    for (const profession of PROFESSIONS) {
      db.insert(professionals).values({ workspaceId: ws, profession, interest: "oui", departure: "moins_2_ans", practiceLocation: "commune", practiceForm: "isole", source: "commune" }).run();
    }
    compare([ws]);
    const row = db.select().from(workspaceInventoryTotals).where(eq(workspaceInventoryTotals.workspaceId, ws)).get()!;
    assert.equal(row.interestedParamedical, PROFESSIONS.filter(isParamedical).length);
    assert.equal(row.interestedGPs, 1);
  });

  test("a deleted workspace takes its row with it", () => {
    const ws = workspace();
    db.insert(professionals).values({ workspaceId: ws, profession: "infirmier", interest: "oui", practiceLocation: "commune", practiceForm: "isole", source: "commune" }).run();
    db.delete(workspaces).where(eq(workspaces.id, ws)).run();
    assert.equal(db.select().from(workspaceInventoryTotals).where(inArray(workspaceInventoryTotals.workspaceId, [ws])).all().length, 0);
  });

  test("the migration's backfill computes the same rows as the triggers", () => {
    const ids = [workspace(), workspace()];
    const pick = random(7);
    for (let i = 0; i < 40; i++) {
      db.insert(professionals)
        .values({
          workspaceId: ids[i % 2],
          profession: PROFESSIONS[pick(PROFESSIONS.length)],
          interest: INTEREST_LEVELS[pick(INTEREST_LEVELS.length)],
          departure: DEPARTURE_HORIZONS[pick(DEPARTURE_HORIZONS.length)],
          practiceLocation: "commune",
          practiceForm: "isole",
          source: "commune",
        })
        .run();
    }
    const kept = db.select().from(workspaceInventoryTotals).orderBy(asc(workspaceInventoryTotals.workspaceId)).all();
    const migration = fs.readFileSync(path.join(process.cwd(), "drizzle/0013_workspace_inventory_totals.sql"), "utf8").split("--> statement-breakpoint");
    const backfill = migration.filter((s) => /^\s*INSERT INTO `workspace_inventory_totals`/.test(s.replace(/^--.*$/gm, "")));
    assert.equal(backfill.length, 1);
    sqlite.exec("DELETE FROM workspace_inventory_totals");
    sqlite.exec(backfill[0]);
    assert.deepEqual(db.select().from(workspaceInventoryTotals).orderBy(asc(workspaceInventoryTotals.workspaceId)).all(), kept);
    compare(ids);
  });
});
