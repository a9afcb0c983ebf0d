/**
 * Runs once when the server starts, before it answers anything. Production is the default mode: without a
 * strong AUTH_SECRET and an SMTP_URL it does not start — it says why, in French, and exits with status 1
 * (rather than answering 500 to every request). BOUSSOLE_MODE=demo runs the demonstration, on localhost only
 * unless BOUSSOLE_PUBLIC_DEMO=1 says it is a public one (lib/config.ts `demoProblems`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startupProblems } = await import("@/lib/config");
  const problems = startupProblems(process.env);
  if (problems.length === 0) return openDatabaseAtStart();
  const demo = process.env.BOUSSOLE_MODE === "demo";
  console.error(
    [
      demo ? "Boussole ne démarre pas : cette démonstration serait ouverte à tous." : "Boussole ne démarre pas : la configuration de production est incomplète.",
      ...problems.map((p) => `  - ${p}`),
      ...(demo ? [] : ["Pour la démonstration, lancez avec BOUSSOLE_MODE=demo (npm run app le fait)."]),
    ].join("\n"),
  );
  process.exit(1);
}

/**
 * Opens (and migrates) the database before the first request: from now on the process holds the file's use
 * lock (`db:restore` refuses to run under it) and checkpoints its WAL on a timer and at shutdown.
 */
async function openDatabaseAtStart() {
  const { connection } = await import("@/db/client");
  const { startDatabaseUpkeep } = await import("@/db/ops/upkeep");
  const g = globalThis as unknown as { __boussoleUpkeep?: () => void };
  g.__boussoleUpkeep ??= startDatabaseUpkeep(connection().sqlite);
  // The outbox's worker: sends what requests wrote, and what an earlier process left unsent (lib/mail/send.ts).
  const { startOutboxWorker } = await import("@/lib/mail/send");
  startOutboxWorker();
}
