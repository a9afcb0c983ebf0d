/** Production is the default mode: without its secrets the built server does not start, and says why. */
import { spawn } from "node:child_process";
import { test, expect } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;

/** Starts the production build with `env`, returns its exit code and what it printed (or null if still running). */
function start(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["next", "start", "-p", String(PORT)], {
      env: { ...process.env, BOUSSOLE_MODE: undefined, AUTH_SECRET: undefined, SMTP_URL: undefined, ...env },
      detached: true,
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      process.kill(-child.pid!, "SIGKILL"); // npx spawns a child server: the whole group
      resolve({ code: null, output });
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("without AUTH_SECRET and SMTP_URL, production refuses to start, in French, with status 1", async () => {
  test.setTimeout(90_000);
  const { code, output } = await start({});
  expect(code).toBe(1);
  expect(output).toContain("Boussole ne démarre pas");
  expect(output).toContain("AUTH_SECRET manque");
  expect(output).toContain("SMTP_URL manque");
});

test("a weak AUTH_SECRET is refused too", async () => {
  test.setTimeout(90_000);
  const { code, output } = await start({ AUTH_SECRET: "a", SMTP_URL: "smtp://127.0.0.1:2525" });
  expect(code).toBe(1);
  expect(output).toContain("AUTH_SECRET est trop court");
  expect(output).not.toContain("SMTP_URL");
});
