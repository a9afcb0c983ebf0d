/**
 * Two processes on one file (a rolling deploy, or a command writing while the server runs): both open a new
 * file at the same moment (both apply the migrations), then write at the same time through the data layer.
 * Every write must be acknowledged (no SQLITE_BUSY) and every acknowledged write must be in the file.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { hashToken } from "@/lib/tokens";
import { runFixture } from "./fixtures/spawn";
import { codeMigrations, appliedMigrations } from "./check";

const PER_PROCESS = 240;

test("two processes writing to one file at once: no error, every acknowledged write stored, migrations applied once", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "boussole-writers-"));
  const file = path.join(dir, "boussole.sqlite");
  const go = path.join(dir, "go");
  try {
    const writers = ["a", "b"].map((label) => runFixture("writer.ts", [file, String(PER_PROCESS), label, go]));
    await Promise.all(writers.map((w) => w.waitFor((l) => l === "pret")));
    fs.writeFileSync(go, "");
    const exits = await Promise.all(writers.map((w) => w.exited));

    const lines = writers.flatMap((w) => w.lines);
    assert.deepEqual(
      lines.filter((l) => l.startsWith("erreur")),
      [],
    );
    assert.deepEqual(exits, [
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    const acks = lines.filter((l) => l.startsWith("ok "));
    assert.equal(acks.length, 2 * PER_PROCESS);

    const sqlite = new Database(file, { readonly: true });
    try {
      const stored = {
        reminder: new Set(sqlite.prepare("SELECT key FROM reminder").pluck().all()),
        user: new Set(sqlite.prepare("SELECT email FROM user").pluck().all()),
        session: new Set(sqlite.prepare('SELECT "sessionToken" FROM session').pluck().all()),
      };
      const missing = acks.map((l) => l.split(" ")).filter(([, table, key]) => !stored[table as keyof typeof stored].has(table === "session" ? hashToken(key) : key)) // sessions are stored by their token's hash;
      assert.deepEqual(missing, []);
      assert.equal(stored.reminder.size + stored.user.size + stored.session.size, acks.length, "nothing stored twice or unacknowledged");
      assert.deepEqual(appliedMigrations(sqlite), codeMigrations(), "each migration applied once");
      assert.equal(sqlite.pragma("integrity_check", { simple: true }), "ok");
    } finally {
      sqlite.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
