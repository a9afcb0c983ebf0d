/**
 * One writer at a time, safely: a transaction that begins DEFERRED and upgrades to a write lock fails at once
 * with SQLITE_BUSY(_SNAPSHOT) when another process wrote in between — `busy_timeout` does not cover it.
 * So every transaction of the application takes the write lock when it begins: `write(ctx, …)` (BEGIN
 * IMMEDIATE), drizzle's `transaction(…, { behavior: "immediate" })` or better-sqlite3's `.immediate()`.
 * Single statements outside a transaction (the Auth.js adapter's, the mail log's insert) are safe: SQLite
 * waits under `busy_timeout` for them (proved with two processes in `ops/writers.test.ts`).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

const ROOTS = ["app", "lib", "db", "instrumentation.ts"];

function sources(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (fs.statSync(p).isFile()) return /\.tsx?$/.test(p) && !/\.test\.tsx?$/.test(p) ? [p] : [];
  return fs.readdirSync(p).flatMap((f) => sources(path.join(p, f)));
}

/** The text of a call from its opening parenthesis to the matching one, and what follows it. */
function call(text: string, open: number): { inside: string; after: string } {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return { inside: text.slice(open, i + 1), after: text.slice(i + 1, i + 20) };
  }
  return { inside: text.slice(open), after: "" };
}

test("every transaction of the application takes the write lock when it begins", () => {
  const deferred: string[] = [];
  for (const file of ROOTS.flatMap(sources)) {
    // Comments blanked (line numbers kept): a comment may name `db.transaction(fn)`.
    const text = fs
      .readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, " "))
      .replace(/^\s*\/\/.*$/gm, "");
    for (const m of text.matchAll(/\.transaction\(/g)) {
      const { inside, after } = call(text, m.index + m[0].length - 1);
      const immediate = /behavior:\s*"(immediate|exclusive)"/.test(inside) || /^\s*\.(immediate|exclusive)\(/.test(after);
      if (!immediate) deferred.push(`${file}:${text.slice(0, m.index).split("\n").length}`);
    }
    // A hand-written BEGIN is deferred unless it says otherwise (ops/lock.ts's read lock is on its own file).
    for (const m of text.matchAll(/["'`]BEGIN(\s+DEFERRED)?\s*;?["'`]/g)) {
      if (file !== path.join("db", "ops", "lock.ts")) deferred.push(`${file}:${text.slice(0, m.index).split("\n").length} (${m[0]})`);
    }
  }
  assert.deepEqual(deferred, []);
});
