/**
 * The served demo for the bench scripts: e2e/serve.sh (migrated, seeded, production build) on its own port
 * and folder, loopback only; stopped with the script. `waitUp` waits for a page to answer.
 */
import { spawn } from "node:child_process";

export function serveDemo(port: number, dataDir: string) {
  const base = `http://localhost:${port}`;
  const server = spawn("bash", ["e2e/serve.sh"], {
    env: { ...process.env, BOUSSOLE_MODE: "demo", E2E_PORT: String(port), E2E_DATA_DIR: dataDir, AUTH_URL: base },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {}
  };
  process.on("exit", stop);
  const waitUp = async (path = "/federations") => {
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(base + path)).ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error("le serveur n'a pas démarré");
  };
  return { base, stop, waitUp };
}

/** The p-th percentile of a list of timings. */
export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
