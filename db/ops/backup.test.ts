import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { openDatabase } from "../client";
import { BACKUP_NAME, backupDatabase, BackupError } from "./backup";
import { checkDatabaseFile } from "./check";
import { hashToken } from "@/lib/tokens";
import { runFixture } from "./fixtures/spawn";
import { startDatabaseUpkeep } from "./upkeep";
import { reminderKeys, sizeOf, tempFolder, writeReminders } from "./test-files";

const WRITES = 450;

test("a backup taken while another process writes holds every write acknowledged before it started", async () => {
  const t = tempFolder("backup-live");
  try {
    openDatabase(t.file).sqlite.close(); // migrated
    const writer = runFixture("writer.ts", [t.file, String(WRITES), "w"]);
    const acked = () => writer.lines.filter((l) => l.startsWith("ok "));
    await writer.waitFor(() => acked().length >= 60);

    const before = acked().map((l) => l.split(" "));
    const backup = backupDatabase({ source: t.file, dir: path.join(t.dir, "backups"), keep: 14, now: new Date() });
    const { code } = await writer.exited;

    assert.equal(code, 0);
    assert.deepEqual(writer.lines.filter((l) => l.startsWith("erreur")), []);
    assert.ok(before.length < WRITES, "the backup started while the writer was writing");
    const copy = new Database(backup.file, { readonly: true });
    try {
      const present = (table: string, key: string) =>
        table === "reminder"
          ? copy.prepare("SELECT 1 FROM reminder WHERE key = ?").get(key)
          : table === "user"
            ? copy.prepare("SELECT 1 FROM user WHERE email = ?").get(key)
            : copy.prepare('SELECT 1 FROM session WHERE "sessionToken" = ?').get(hashToken(key));
      assert.deepEqual(
        before.filter(([, table, key]) => !present(table, key)),
        [],
      );
    } finally {
      copy.close();
    }
    assert.deepEqual(checkDatabaseFile(backup.file).problems, []);
  } finally {
    t.remove();
  }
});

test("backups are private, named by their instant, checked, and only the last N are kept", () => {
  const t = tempFolder("backup-keep");
  try {
    writeReminders(t.file, ["un", "deux"]);
    const dir = path.join(t.dir, "backups");
    fs.mkdirSync(dir, { mode: 0o700 });
    fs.writeFileSync(path.join(dir, "notes.txt"), "à garder");
    const at = (h: number) => new Date(`2026-12-0${h}T03:00:00Z`);
    const first = backupDatabase({ source: t.file, dir, keep: 2, now: at(1) });
    backupDatabase({ source: t.file, dir, keep: 2, now: at(2) });
    const third = backupDatabase({ source: t.file, dir, keep: 2, now: at(3) });

    assert.equal(path.basename(third.file), "boussole-2026-12-03T03-00-00.000Z.sqlite");
    assert.match(path.basename(third.file), BACKUP_NAME);
    assert.deepEqual(third.removed, [path.basename(first.file)]);
    assert.deepEqual(fs.readdirSync(dir).sort(), ["boussole-2026-12-02T03-00-00.000Z.sqlite", "boussole-2026-12-03T03-00-00.000Z.sqlite", "notes.txt"]);
    assert.equal(fs.statSync(third.file).mode & 0o777, 0o600);
    assert.equal(fs.statSync(dir).mode & 0o777, 0o700);
    assert.equal(third.migrations, checkDatabaseFile(third.file).migrations.length);
    assert.deepEqual(reminderKeys(third.file), ["deux", "un"]);
    assert.equal(sizeOf(`${third.file}-wal`), 0);

    assert.throws(() => backupDatabase({ source: t.file, dir, keep: 0, now: at(4) }), BackupError);
    assert.throws(() => backupDatabase({ source: path.join(t.dir, "absente.sqlite"), dir, keep: 2, now: at(4) }), /n'existe pas/);
    assert.equal(fs.existsSync(path.join(t.dir, "absente.sqlite")), false, "a missing database is not created");
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith(".partiel")),
      [],
    );
  } finally {
    t.remove();
  }
});

test("the server's timer folds the WAL into the database file", async () => {
  const t = tempFolder("upkeep");
  const { sqlite } = openDatabase(t.file);
  try {
    sqlite.pragma("wal_autocheckpoint = 0");
    const stop = startDatabaseUpkeep(sqlite, 20);
    const size = sizeOf(t.file);
    const insert = sqlite.prepare(`INSERT INTO mail ("to", subject, text, html, status, created_at) VALUES ('a@exemple.fr', 'Objet', ?, '', 'captured', 0)`);
    sqlite.transaction(() => {
      for (let i = 0; i < 200; i++) insert.run("x".repeat(1000));
    })();
    assert.equal(sizeOf(t.file), size, "the writes are in the WAL only");
    for (let waited = 0; sizeOf(t.file) <= size + 150_000 && waited < 5000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    stop();
    assert.ok(sizeOf(t.file) > size + 150_000, "checkpointed into the file");
  } finally {
    sqlite.close();
    t.remove();
  }
});
