import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "./test-support";
import { historyEvents } from "./schema";
import { historyCursorParam, parseHistoryCursor, workspaceHistory, workspaceHistoryPage, type HistoryCursor } from "./history";
import { LYON, MONTPELLIER, NOW, contexts, openWorkspace, setUpPeople, type People } from "./workspaces/test-fixtures";
import type { Workspace } from "./workspaces/create";

const { db, sqlite } = testDatabase();
after(() => sqlite.close());
isolateEachTest(sqlite);
const as = contexts(db);
let p: People;
before(() => {
  p = setUpPeople(db);
});

/** `n` events in the workspace, three to a minute so that instants tie and only the id orders them. */
function fill(ws: Workspace, n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({
    workspaceId: ws.id,
    actorId: p.maire.id,
    action: "inventory.professional_updated" as const,
    summary: `Événement ${i}`,
    createdAt: new Date(NOW.getTime() + 60_000 + Math.floor(i / 3) * 60_000),
  }));
  for (let i = 0; i < rows.length; i += 200) db.insert(historyEvents).values(rows.slice(i, i + 200)).run();
}

/** Every page from the newest, following the cursors. */
function walk(ws: Workspace, size: number) {
  const pages: string[][] = [];
  let before: HistoryCursor | null = null;
  do {
    const page = workspaceHistoryPage(as.commune(ws, p.maire), { before, size });
    pages.push(page.events.map((e) => e.summary));
    before = page.older;
  } while (before && pages.length < 1000);
  return pages;
}

describe("workspaceHistoryPage (keyset on the instant and the id)", () => {
  test("the pages, one after the other, are the whole history newest first: nothing repeated, nothing skipped, ties kept in order", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    openWorkspace(db, LYON, p.maireLyon);
    fill(ws, 123);
    const all = workspaceHistory(as.commune(ws, p.maire), { limit: 10_000 }).map((e) => e.summary);
    assert.equal(all.length, 124); // and the workspace's creation
    assert.deepEqual(all.slice(0, 4), ["Événement 122", "Événement 121", "Événement 120", "Événement 119"]);
    const pages = walk(ws, 50);
    assert.deepEqual(
      pages.map((x) => x.length),
      [50, 50, 24],
    );
    assert.deepEqual(pages.flat(), all);
  });

  test("exactly two full pages: the second says there is nothing older; an empty history is one empty page", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    fill(ws, 99); // 100 events with the creation
    const pages = walk(ws, 50);
    assert.deepEqual(
      pages.map((x) => x.length),
      [50, 50],
    );
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    const only = workspaceHistoryPage(as.commune(lyon, p.maireLyon), { size: 1 });
    assert.deepEqual([only.events.length, only.older], [1, null]);
  });

  test("an event written after the first page was read neither shifts nor repeats the older page", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    fill(ws, 60);
    const first = workspaceHistoryPage(as.commune(ws, p.maire), { size: 20 });
    const second = workspaceHistoryPage(as.commune(ws, p.maire), { size: 20, before: first.older });
    fill(ws, 5);
    const again = workspaceHistoryPage(as.commune(ws, p.maire), { size: 20, before: first.older });
    assert.deepEqual(
      again.events.map((e) => e.id),
      second.events.map((e) => e.id),
    );
  });

  test("another workspace's events never show, even with a cursor taken from them", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    const lyon = openWorkspace(db, LYON, p.maireLyon);
    fill(lyon, 30);
    const page = workspaceHistoryPage(as.commune(ws, p.maire), { before: { at: NOW.getTime() + 3_600_000, id: 1_000_000 } });
    assert.deepEqual(
      page.events.map((e) => e.action),
      ["workspace.created"],
    );
  });

  test("the query is a range on the index (workspace_id, created_at), with no sort of its own", () => {
    const ws = openWorkspace(db, MONTPELLIER, p.maire);
    fill(ws, 10);
    const plan = sqlite
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM history_event WHERE workspace_id = ? AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT 51`,
      )
      .all(ws.id, NOW.getTime(), 5) as { detail: string }[];
    const text = plan.map((r) => r.detail).join(" | ");
    assert.match(text, /USING (COVERING )?INDEX history_workspace_idx \(workspace_id=\? AND created_at<\?\)/);
    assert.doesNotMatch(text, /TEMP B-TREE/);
  });
});

describe("history cursor in the address", () => {
  test("round trip; anything malformed is no cursor (the newest page)", () => {
    const c = { at: 1764748800000, id: 1234 };
    assert.deepEqual(parseHistoryCursor(historyCursorParam(c)), c);
    for (const bad of [undefined, "", "abc", "12-", "-3", "1.5-2", "1-2-3", ["1-2"], "9".repeat(16) + "-1"]) assert.equal(parseHistoryCursor(bad), null);
  });
});
