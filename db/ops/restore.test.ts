import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { backupDatabase } from "./backup";
import { restoreDatabase, RestoreError } from "./restore";
import { runFixture } from "./fixtures/spawn";
import { dump, reminderKeys, sizeOf, tempFolder, writeReminders } from "./test-files";

const NOW = new Date("2026-12-02T03:00:00Z");
const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

/** A database with `n` rows and its backup, then a server process on it (started now: they start together). */
function serverOnBackedUpDatabase(name: string, n: number, serverRows: number) {
  const t = tempFolder(name);
  writeReminders(t.file, keys("avant", n));
  const backup = backupDatabase({ source: t.file, dir: path.join(t.dir, "backups"), keep: 14, now: NOW });
  return { t, backup, server: runFixture("server.ts", [t.file, String(serverRows)]) };
}
const crashed = serverOnBackedUpDatabase("restore-wal", 5, 40);
const running = serverOnBackedUpDatabase("restore-lock", 3, 20);

test("a restore gives exactly the backup, and keeps the replaced database aside", () => {
  const t = tempFolder("restore");
  try {
    writeReminders(t.file, keys("avant", 10));
    const backup = backupDatabase({ source: t.file, dir: path.join(t.dir, "backups"), keep: 14, now: NOW });
    writeReminders(t.file, keys("apres", 5), (sqlite) => sqlite.exec("DELETE FROM reminder WHERE key = 'avant-0'"));

    const r = restoreDatabase({ backup: backup.file, target: t.file, now: new Date("2026-12-02T09:00:00Z") });

    assert.deepEqual(dump(t.file), dump(backup.file));
    assert.deepEqual(reminderKeys(t.file), keys("avant", 10).sort());
    assert.equal(fs.statSync(t.file).mode & 0o777, 0o600);
    assert.equal(r.aside, `${t.file}.avant-restauration-2026-12-02T09-00-00.000Z`);
    assert.deepEqual(reminderKeys(r.aside!), [...keys("avant", 10).slice(1), ...keys("apres", 5)].sort());
    assert.deepEqual(
      fs.readdirSync(t.dir).filter((f) => f.includes("restauration-") && !f.includes("avant-restauration")),
      [],
      "no staged copy left behind",
    );
  } finally {
    t.remove();
  }
});

test("a restore over a crashed server's leftover WAL puts the backup in place, not a mix of both", async () => {
  const { t, backup, server } = crashed;
  try {
    // The server writes (its writes stay in the WAL), then is killed: its -wal is left beside the file.
    await server.waitFor((l) => l === "pret");
    server.process.kill("SIGKILL");
    await server.exited;
    assert.ok(sizeOf(`${t.file}-wal`) > 0, "a leftover WAL");

    const r = restoreDatabase({ backup: backup.file, target: t.file, now: NOW });

    assert.equal(sizeOf(`${t.file}-wal`), 0);
    assert.equal(fs.existsSync(`${t.file}-shm`), false);
    const restored = new Database(t.file);
    assert.equal(restored.pragma("integrity_check", { simple: true }), "ok");
    restored.close();
    assert.deepEqual(dump(t.file), dump(backup.file));
    // The writes made after the backup are not lost: the replaced database, its WAL folded in, holds them.
    assert.deepEqual(reminderKeys(r.aside!), [...keys("avant", 5), ...keys("serveur", 40)].sort());
    assert.equal(sizeOf(`${r.aside}-wal`), 0);
  } finally {
    server.process.kill("SIGKILL");
    t.remove();
  }
});

test("the restore refuses while the server runs; stopped by SIGTERM, the server empties its WAL; then the restore runs", async () => {
  const { t, backup, server } = running;
  try {
    await server.waitFor((l) => l === "pret");
    const before = fs.readFileSync(t.file);

    assert.throws(() => restoreDatabase({ backup: backup.file, target: t.file, now: NOW }), (e) => e instanceof RestoreError && /est utilisée/.test(e.message));
    assert.ok(fs.readFileSync(t.file).equals(before), "the database is untouched");
    assert.deepEqual(fs.readdirSync(t.dir).filter((f) => f.includes("restauration")), []);

    server.process.kill("SIGTERM");
    assert.deepEqual(await server.exited, { code: 143, signal: null });
    assert.equal(sizeOf(`${t.file}-wal`), 0, "the shutdown checkpoint emptied the WAL");
    assert.deepEqual(reminderKeys(t.file), [...keys("avant", 3), ...keys("serveur", 20)].sort(), "its writes are in the file itself");

    const r = restoreDatabase({ backup: backup.file, target: t.file, now: NOW });
    assert.deepEqual(reminderKeys(t.file), keys("avant", 3));
    assert.ok(r.aside);
  } finally {
    server.process.kill("SIGKILL");
    t.remove();
  }
});

test("the restore refuses a damaged file, a file from another version, and a copy taken beside its WAL", () => {
  const t = tempFolder("restore-bad");
  try {
    writeReminders(t.file, keys("ici", 2));
    const before = dump(t.file);
    const other = path.join(t.dir, "autre.sqlite");
    writeReminders(other, keys("autre", 300));

    const damaged = path.join(t.dir, "abimee.sqlite");
    const bytes = fs.readFileSync(other);
    bytes.fill(0x41, 4096 * 3, 4096 * 6); // three pages of the reminders overwritten
    fs.writeFileSync(damaged, bytes);
    assert.throws(() => restoreDatabase({ backup: damaged, target: t.file, now: NOW }), /ne passe pas la vérification/);

    const newer = path.join(t.dir, "plus-recente.sqlite");
    fs.copyFileSync(other, newer);
    const s = new Database(newer);
    s.exec(`INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES ('inconnue', 99999999999999)`);
    s.close();
    assert.throws(() => restoreDatabase({ backup: newer, target: t.file, now: NOW }), /autre version de Boussole/);

    fs.writeFileSync(`${other}-wal`, "des pages non reportées");
    assert.throws(() => restoreDatabase({ backup: other, target: t.file, now: NOW }), /journal autre\.sqlite-wal non vide/);

    assert.deepEqual(dump(t.file), before);
    assert.deepEqual(fs.readdirSync(t.dir).filter((f) => f.includes("restauration")), []);
  } finally {
    t.remove();
  }
});
