import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { professionals } from "../schema";
import { isolateEachTest, statementsOf, testDatabase } from "../test-support";
import { createProfessional } from "./lines";
import { inventoryGroups, ownLines, professionalsPage } from "./list";
import { inventoryView } from "./views";
import { countLines, indicatorsFromGroups, inventoryIndicators } from "@/lib/inventory/indicators";
import { parseListQuery, PAGE_SIZE, type ListQuery } from "@/lib/inventory/list-query";
import { PROFESSIONS } from "@/lib/domain/enums";
import { contextFor, joinedProfessional, line, setUpCommunes, type Setting } from "./test-fixtures";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
let s: Setting;
let as: ReturnType<typeof contextFor>;
before(() => {
  s = setUpCommunes(db);
  as = contextFor(db, s);
});
after(() => sqlite.close());

const ALL: ListQuery = { profession: null, interest: null, departure: null, q: "", page: 1 };

/** `n` lines straight into Marvejols (the data functions' writes are tested elsewhere), every kind coming round. */
function many(n: number, workspaceId = s.ws.id) {
  const horizons = ["moins_2_ans", "2_5_ans", "aucun", "inconnu"] as const;
  const interests = ["oui", "peut_etre", "non", "non_sollicite"] as const;
  db.insert(professionals)
    .values(
      Array.from({ length: n }, (_, i) => ({
        workspaceId,
        profession: PROFESSIONS[i % PROFESSIONS.length],
        professionOther: PROFESSIONS[i % PROFESSIONS.length] === "autre" ? "Ostéopathe" : null,
        name: `Pro ${String(i).padStart(4, "0")}`,
        practiceLocation: "commune" as const,
        practiceForm: "isole" as const,
        departure: horizons[i % 4],
        interest: interests[(i >> 2) % 4],
        email: `pro${i}@test.fr`,
        source: "commune" as const,
      })),
    )
    .run();
}

/** Counts the statements the database runs during `fn`. */
function statements<T>(fn: () => T): { result: T; count: number } {
  let result: T | undefined;
  const count = statementsOf(sqlite, () => {
    result = fn();
  });
  return { result: result as T, count };
}

describe("indicators from one GROUP BY", () => {
  test("the same indicators as from every line, for the team and for a professional", () => {
    many(230);
    const { line: mine, pro } = joinedProfessional(db, s);
    assert.ok(mine);
    const lines = inventoryView(as(s.maire), { team: true }).lines;
    const groups = inventoryGroups(as(s.maire), { team: true });
    // The database counts as countLines does, one row per profession and label (a few rows for 231 lines).
    const byKey = <G extends { profession: string; professionOther?: string | null }>(gs: G[]) => [...gs].sort((a, b) => `${a.profession}|${a.professionOther ?? ""}`.localeCompare(`${b.profession}|${b.professionOther ?? ""}`));
    assert.deepEqual(byKey(groups), byKey(countLines(lines)));
    assert.ok(groups.length < 25, `${groups.length} groups`);
    assert.deepEqual(indicatorsFromGroups(groups, { personal: true }), inventoryIndicators(lines, { personal: true }));
    const proGroups = inventoryGroups(as(pro), { team: false });
    assert.ok(proGroups.every((g) => g.personal === null), "ages and departures are not even read for a professional");
    assert.equal(indicatorsFromGroups(proGroups, { personal: false }).departures, null);
    assert.equal(indicatorsFromGroups(proGroups, { personal: false }).total, 231);
  });

  test("scoped by workspace", () => {
    many(10, s.otherWs.id);
    assert.deepEqual(inventoryGroups(as(s.maire), { team: true }), []);
    assert.equal(indicatorsFromGroups(inventoryGroups(as(s.other, s.otherWs), { team: true }), { personal: true }).total, 10);
  });

  test("the statements do not grow with the lines", () => {
    many(20);
    const small = statements(() => {
      inventoryGroups(as(s.maire), { team: true });
      professionalsPage(as(s.maire), { team: true, query: ALL });
    }).count;
    many(600);
    const large = statements(() => {
      inventoryGroups(as(s.maire), { team: true });
      professionalsPage(as(s.maire), { team: true, query: ALL });
    }).count;
    assert.equal(large, small);
    assert.ok(large <= 5, `${large} statements`);
  });
});

describe("one page of the list", () => {
  test("PAGE_SIZE lines a page, in the order of professions then names, every line once", () => {
    many(120);
    const seen: string[] = [];
    const first = professionalsPage(as(s.maire), { team: true, query: ALL });
    assert.deepEqual([first.matching, first.pageCount, first.lines.length], [120, Math.ceil(120 / PAGE_SIZE), PAGE_SIZE]);
    for (let page = 1; page <= first.pageCount; page++) seen.push(...professionalsPage(as(s.maire), { team: true, query: { ...ALL, page } }).lines.map((l) => l.name!));
    assert.equal(new Set(seen).size, 120);
    const all = inventoryView(as(s.maire), { team: true }).lines.map((l) => l.name);
    assert.deepEqual(seen, all);
    assert.equal(professionalsPage(as(s.maire), { team: true, query: { ...ALL, page: 99 } }).page, first.pageCount, "a page past the end shows the last");
  });

  test("names in a profession sort as in a French index: accents and case ignored, the same order as the whole list", () => {
    const names = ["Zoé Vidal", "Élodie Roux", "emma Petit", "Éric Durand", "Eddy Blanc", "Anaïs Brun"];
    db.insert(professionals)
      .values(names.map((name) => ({ workspaceId: s.ws.id, profession: "infirmier" as const, name, practiceLocation: "commune" as const, practiceForm: "isole" as const, source: "commune" as const })))
      .run();
    const listed = professionalsPage(as(s.maire), { team: true, query: { ...ALL, profession: "infirmier" } }).lines.map((l) => l.name);
    assert.deepEqual(listed, ["Anaïs Brun", "Eddy Blanc", "Élodie Roux", "emma Petit", "Éric Durand", "Zoé Vidal"]);
    assert.deepEqual(
      inventoryView(as(s.maire), { team: true }).lines.filter((l) => l.profession === "infirmier").map((l) => l.name),
      listed,
    );
  });

  test("a page is read in order from professional_order_idx, only the names sorted (the index and the query's order are written alike)", () => {
    many(300);
    const logged: { sql: string; params: unknown[] }[] = [];
    const prepare = sqlite.prepare.bind(sqlite);
    sqlite.prepare = ((source: string) => {
      const stmt = prepare(source);
      if (source.startsWith('select "id" from "professional"')) logged.push({ sql: source, params: [] });
      return stmt;
    }) as typeof sqlite.prepare;
    try {
      // In a transaction: its queries are prepared anew (`db/prepared.ts`), so their text is seen here.
      db.transaction((tx) => professionalsPage({ ...as(s.maire), db: tx }, { team: true, query: { ...ALL, page: 3 } }));
    } finally {
      sqlite.prepare = prepare;
    }
    assert.equal(logged.length, 1);
    // The page's limit and offset are written in (a bound limit makes SQLite sort more than it returns).
    assert.match(logged[0].sql, new RegExp(` limit ${PAGE_SIZE} offset ${2 * PAGE_SIZE}$`));
    const plan = (sqlite.prepare(`explain query plan ${logged[0].sql}`).all(s.ws.id) as { detail: string }[]).map((r) => r.detail);
    // Read in order from the index; only the French key of the name is sorted, within the professions reached.
    assert.deepEqual(plan, ["SEARCH professional USING COVERING INDEX professional_order_idx (workspace_id=?)", "USE TEMP B-TREE FOR LAST 3 TERMS OF ORDER BY"]);
  });

  test("filters: profession, interest, departures within 2 and within 5 years (2 included), search; counts per profession", () => {
    many(170);
    const page = (q: Partial<ListQuery>) => professionalsPage(as(s.maire), { team: true, query: { ...ALL, ...q } });
    const nurses = page({ profession: "infirmier" });
    assert.equal(nurses.matching, 10);
    assert.ok(nurses.lines.every((l) => l.profession === "infirmier"));
    assert.deepEqual(nurses.byProfession, [{ profession: "infirmier", professionOther: null, lines: 10 }]);
    const within2 = page({ departure: "2" });
    const within5 = page({ departure: "5" });
    assert.ok(within2.lines.every((l) => l.departure === "moins_2_ans"));
    // Line i leaves within 2 years when i % 4 = 0 (43 of 170), within 2 to 5 years when i % 4 = 1 (43 more).
    assert.deepEqual([within2.matching, within5.matching], [43, 86]);
    assert.ok(within5.lines.every((l) => l.departure === "moins_2_ans" || l.departure === "2_5_ans"));
    assert.deepEqual(page({ interest: "oui" }).lines.map((l) => l.interest).filter((i) => i !== "oui"), []);
    assert.deepEqual(page({ q: "pro42@" }).lines.map((l) => l.name), ["Pro 0042"], "the team searches e-mails too");
    assert.deepEqual(page({ q: "Pro 0042" }).lines.map((l) => l.name), ["Pro 0042"]);
    assert.equal(page({ q: "100%" }).matching, 0, "LIKE wildcards are searched as text");
    assert.equal(page({ q: "ostéo" }).matching, 10);
  });

  test("a professional's search never looks into contacts, and departures are not a filter for them", () => {
    many(30);
    const { pro } = joinedProfessional(db, s);
    assert.equal(professionalsPage(as(pro), { team: false, query: { ...ALL, q: "pro7@test.fr" } }).matching, 0);
    assert.equal(professionalsPage(as(s.maire), { team: true, query: { ...ALL, q: "pro7@test.fr" } }).matching, 1);
    assert.equal(parseListQuery({ depart: "2" }, { team: false }).departure, null);
    const view = professionalsPage(as(pro), { team: false, query: ALL });
    assert.ok(view.lines.filter((l) => !l.isOwn).every((l) => l.departure === null && l.ageBracket === null && l.email === null));
  });

  test("own lines: the viewer's, with their private fields", () => {
    many(5);
    const { line: mine, pro } = joinedProfessional(db, s);
    assert.deepEqual(ownLines(as(pro)).map((l) => [l.id, l.isOwn, l.ageBracket]), [[mine.id, true, "moins_40"]]);
    assert.deepEqual(ownLines(as(s.maire)), []);
  });

  test("the page's lines carry their pending invitation only (the team)", () => {
    const a = createProfessional(as(s.referent), { line: line({ name: "Ana Lopez" }), source: "commune" });
    assert.equal(professionalsPage(as(s.maire), { team: true, query: ALL }).lines.find((l) => l.id === a.id)!.invitation, null);
  });
});

describe("the list's address", () => {
  test("unknown values are ignored, pages are whole numbers from 1", () => {
    assert.deepEqual(parseListQuery({ profession: "sorcier", interet: "oui", depart: "9", q: "  Marie   Pagès ", page: "-3" }, { team: true }), {
      profession: null,
      interest: "oui",
      departure: null,
      q: "Marie Pagès",
      page: 1,
    });
    assert.equal(parseListQuery({ page: "2.5" }, { team: true }).page, 1);
    assert.equal(parseListQuery({ page: ["4", "5"] }, { team: true }).page, 4);
    assert.equal(parseListQuery({ q: "x".repeat(500) }, { team: true }).q.length, 80);
  });
});
