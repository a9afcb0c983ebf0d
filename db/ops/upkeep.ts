/**
 * The server's care of its WAL. SQLite folds the WAL back into the database file when it reaches 1,000 pages;
 * a quiet server may never get there, so every 5 minutes a PASSIVE checkpoint (it never waits for anyone)
 * copies what it can. On shutdown (SIGTERM, SIGINT or any orderly exit) a TRUNCATE checkpoint empties the
 * WAL and the connection is closed: the file left behind is whole by itself.
 */
import type Database from "better-sqlite3";

export const CHECKPOINT_EVERY_MS = 5 * 60 * 1000;

type Checkpoint = { busy: number; log: number; checkpointed: number };

export function checkpoint(sqlite: Database.Database, mode: "PASSIVE" | "TRUNCATE"): Checkpoint {
  return (sqlite.pragma(`wal_checkpoint(${mode})`) as Checkpoint[])[0];
}

const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Starts the timer (unref'd: it never keeps the process alive) and the shutdown checkpoint; returns `stop`.
 * A signal handler only exits when no one else handles the signal: under `next start`, Next.js closes the
 * server (letting requests finish) and exits, and the checkpoint runs on that exit.
 */
export function startDatabaseUpkeep(sqlite: Database.Database, everyMs = CHECKPOINT_EVERY_MS): () => void {
  const timer = setInterval(() => {
    try {
      checkpoint(sqlite, "PASSIVE");
    } catch (e) {
      console.error(`[base] point de contrôle du WAL impossible : ${e instanceof Error ? e.message : String(e)}`);
    }
  }, everyMs);
  timer.unref();

  const onExit = () => {
    if (!sqlite.open) return;
    try {
      checkpoint(sqlite, "TRUNCATE");
    } catch (e) {
      console.error(`[base] point de contrôle final impossible : ${e instanceof Error ? e.message : String(e)}`);
    }
    sqlite.close();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) === 1) process.exit(SIGNALS[signal as keyof typeof SIGNALS]);
  };
  process.on("exit", onExit);
  for (const s of Object.keys(SIGNALS)) process.on(s, onSignal);

  return () => {
    clearInterval(timer);
    process.off("exit", onExit);
    for (const s of Object.keys(SIGNALS)) process.off(s, onSignal);
  };
}
