import { test } from "node:test";
import assert from "node:assert/strict";
import { openDatabase } from "../client";

/**
 * The schema stays readable by the usual tools: the `sqlite3` of Debian 12 (3.40) fails to parse an expression
 * nested about 25 deep (« parser stack overflow »), and then cannot open the file at all. better-sqlite3 accepts
 * deeper ones, so only this test would notice (the French sort key, sixty nested `replace()`, is kept to queries).
 */
test("no table, index or trigger nests its SQL deeper than 15 parentheses", () => {
  const { sqlite } = openDatabase(":memory:");
  const rows = sqlite.prepare("select type, name, sql from sqlite_master where sql is not null").all() as { type: string; name: string; sql: string }[];
  assert.ok(rows.length > 30);
  for (const row of rows) {
    let depth = 0;
    let deepest = 0;
    for (const c of row.sql.replace(/'(?:[^']|'')*'/g, "''")) {
      if (c === "(") deepest = Math.max(deepest, ++depth);
      else if (c === ")") depth--;
    }
    assert.ok(deepest <= 15, `${row.type} ${row.name}: ${deepest} levels`);
  }
  sqlite.close();
});
