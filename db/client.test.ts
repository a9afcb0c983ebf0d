import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "./client";

test("the database, its WAL and shared-memory files are readable by the server's account only", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "boussole-perm-"));
  const file = path.join(dir, "donnees", "boussole.sqlite");
  const previous = process.umask(0o022); // the usual umask, which would give 0644
  try {
    const { sqlite } = openDatabase(file);
    sqlite.exec("create table t (x); insert into t values (1);"); // a write: the WAL and shm files exist
    for (const f of [file, `${file}-wal`, `${file}-shm`]) {
      assert.equal(fs.statSync(f).mode & 0o777, 0o600, f);
    }
    assert.equal(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);
    sqlite.close();

    // An existing file created 0644 (an earlier version) is set back to 0600 when opened.
    fs.chmodSync(file, 0o644);
    openDatabase(file).sqlite.close();
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  } finally {
    process.umask(previous);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
