/**
 * Puts a backup in place of the database, only while no process uses it (`ops/lock.ts`). The backup is
 * copied beside the target and checked there (so what is checked is what is put in place, and the backup
 * itself is never touched); the replaced database is kept aside with its WAL folded in; no `-wal` or `-shm`
 * of the old file is left where SQLite would apply it to the restored one (that gives a corrupt, half-old
 * database); the checked copy is renamed into place in one step.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { keepPrivate } from "../client";
import { syncFile } from "./backup";
import { checkOpenDatabase, migrationsAgainstCode } from "./check";
import { takeExclusiveLock } from "./lock";

export class RestoreError extends Error {}

export type RestoreResult = { aside: string | null; migrations: number; pending: number };

/** The files SQLite keeps beside a database. */
const SIDE_FILES = ["-wal", "-shm", "-journal"];

const stampOf = (now: Date) => now.toISOString().replace(/:/g, "-");

export function restoreDatabase(input: { backup: string; target: string; now: Date }): RestoreResult {
  const backup = path.resolve(input.backup);
  const target = path.resolve(input.target);
  if (!fs.existsSync(backup) || !fs.statSync(backup).isFile()) throw new RestoreError(`Le fichier ${backup} n'existe pas.`);
  if (backup === target) throw new RestoreError("Le fichier à restaurer est la base elle-même.");
  if (fs.existsSync(`${backup}-wal`) && fs.statSync(`${backup}-wal`).size > 0) {
    throw new RestoreError(
      `${backup} a un journal ${path.basename(backup)}-wal non vide à côté de lui : c'est la copie d'une base ouverte, à laquelle manquent ` +
        "les dernières écritures, pas une sauvegarde. Faites-en une avec npm run db:backup.",
    );
  }

  keepPrivate(target);
  const release = takeExclusiveLock(target);
  if (!release) {
    throw new RestoreError(
      `La base ${target} est utilisée (serveur Boussole, jobs:daily ou une autre commande) : arrêtez le serveur et attendez la fin des ` +
        "commandes, puis relancez la restauration. Rien n'a été modifié.",
    );
  }
  const stamp = stampOf(input.now);
  const staged = `${target}.restauration-${stamp}`;
  let aside: string | null | undefined;
  try {
    const checked = stage(backup, staged);
    aside = moveAside(target, `${target}.avant-restauration-${stamp}`);
    for (const side of SIDE_FILES) fs.rmSync(`${target}${side}`, { force: true });
    fs.renameSync(staged, target);
    syncFile(path.dirname(target));
    return { aside, ...checked };
  } catch (e) {
    if (aside === undefined || e instanceof RestoreError) throw e;
    // Past the point of no return: say where each file is rather than leave the operator guessing.
    throw new RestoreError(
      `la mise en place a échoué (${e instanceof Error ? e.message : String(e)}) : la sauvegarde vérifiée est sous ${staged}` +
        (aside ? `, l'ancienne base sous ${aside}` : ""),
    );
  } finally {
    if (aside === undefined) fs.rmSync(staged, { force: true });
    release();
  }
}

/** Copies the backup to `staged` (0600), in rollback-journal mode, and checks the copy. */
function stage(backup: string, staged: string): { migrations: number; pending: number } {
  fs.copyFileSync(backup, staged, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(staged, 0o600);
  let sqlite: Database.Database | undefined;
  let problems: string[];
  let result = { migrations: 0, pending: 0 };
  try {
    sqlite = new Database(staged, { fileMustExist: true });
    sqlite.pragma("journal_mode = DELETE"); // a copy taken in WAL mode becomes one self-contained file
    const check = checkOpenDatabase(sqlite);
    problems = check.problems;
    const against = migrationsAgainstCode(check.migrations);
    if ("problem" in against) problems.push(against.problem);
    else result = { migrations: check.migrations.length, pending: against.pending };
  } catch (e) {
    problems = [`illisible par SQLite (${e instanceof Error ? e.message : String(e)})`];
  } finally {
    sqlite?.close();
  }
  if (problems.length) throw new RestoreError(`${backup} ne passe pas la vérification : ${problems.join(" ; ")}. Rien n'a été modifié.`);
  syncFile(staged);
  return result;
}

/**
 * Renames the current database to `aside`, its WAL first folded in (a checkpoint) so that the kept file is
 * whole by itself; if SQLite cannot open it, its `-wal` goes aside with it. Null when there was no database.
 */
function moveAside(target: string, aside: string): string | null {
  if (!fs.existsSync(target) || fs.statSync(target).size === 0) return null;
  if (fs.existsSync(`${target}-wal`)) {
    try {
      const old = new Database(target, { fileMustExist: true });
      old.pragma("wal_checkpoint(TRUNCATE)");
      old.close(); // the last connection: SQLite removes the -wal and -shm
    } catch {
      // Kept as it is, with its WAL beside it (below).
    }
  }
  fs.renameSync(target, aside);
  if (fs.existsSync(`${target}-wal`)) fs.renameSync(`${target}-wal`, `${aside}-wal`);
  return aside;
}
