/**
 * An online backup: `VACUUM INTO` copies the live database from one read transaction, so the copy holds
 * every transaction committed before it started (whether still in the WAL or already in the file) while the
 * server goes on writing (in WAL mode a reader never blocks the writer). The copy is written under a
 * temporary name, made durable, checked, then renamed: a file named `boussole-….sqlite` is always a
 * complete, checked backup. The oldest ones beyond `keep` are removed.
 */
import fs from "node:fs";
import path from "node:path";
import { openConnection } from "../client";
import { appliedMigrations, checkDatabaseFile, sameMigrations } from "./check";

export class BackupError extends Error {}

/** `boussole-2026-12-02T03-00-00.000Z.sqlite`: sorts by name in the order the backups were taken. */
export const BACKUP_NAME = /^boussole-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z\.sqlite$/;
const backupName = (now: Date) => `boussole-${now.toISOString().replace(/:/g, "-")}.sqlite`;

export type BackupResult = { file: string; bytes: number; ms: number; migrations: number; removed: string[]; kept: number };

export function backupDatabase(input: { source: string; dir: string; keep: number; now: Date }): BackupResult {
  const started = performance.now();
  if (!Number.isInteger(input.keep) || input.keep < 1) throw new BackupError(`--keep doit être un entier supérieur ou égal à 1 (reçu ${input.keep}).`);
  if (!fs.existsSync(input.source)) throw new BackupError(`La base ${input.source} n'existe pas.`);
  fs.mkdirSync(input.dir, { recursive: true, mode: 0o700 });
  const file = path.join(input.dir, backupName(input.now));
  const partial = `${file}.partiel`;
  try {
    // Created empty and private first: VACUUM INTO accepts an empty file and keeps its permissions.
    fs.closeSync(fs.openSync(partial, "wx", 0o600));
  } catch (e) {
    throw new BackupError(`Impossible de créer ${partial} : ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const { sqlite } = openConnection(input.source);
    let before;
    let after;
    try {
      before = appliedMigrations(sqlite);
      sqlite.prepare("VACUUM INTO ?").run(partial);
      after = appliedMigrations(sqlite);
    } finally {
      sqlite.close();
    }
    if (!sameMigrations(before, after)) throw new BackupError("Une migration a été appliquée pendant la sauvegarde : relancez-la.");
    syncFile(partial);

    const check = checkDatabaseFile(partial);
    if (!sameMigrations(check.migrations, before)) {
      check.problems.push(`migrations : ${check.migrations.length} dans la copie, ${before.length} dans la base`);
    }
    if (check.problems.length) throw new BackupError(`La copie ne passe pas la vérification : ${check.problems.join(" ; ")}.`);

    fs.renameSync(partial, file);
    syncFile(input.dir);
    const { removed, kept } = prune(input.dir, input.keep);
    return { file, bytes: fs.statSync(file).size, ms: Math.round(performance.now() - started), migrations: before.length, removed, kept };
  } catch (e) {
    fs.rmSync(partial, { force: true });
    if (e instanceof BackupError) throw e;
    throw new BackupError(`La sauvegarde a échoué : ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Removes the oldest backups of `dir` beyond the `keep` most recent (only files named like a backup). */
export function prune(dir: string, keep: number): { removed: string[]; kept: number } {
  const backups = fs
    .readdirSync(dir)
    .filter((f) => BACKUP_NAME.test(f))
    .sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  for (const f of removed) fs.rmSync(path.join(dir, f));
  return { removed, kept: backups.length - removed.length };
}

/** Flushes a file (or a folder's entries) to the disk. */
export function syncFile(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
