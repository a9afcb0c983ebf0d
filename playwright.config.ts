import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Several suites may run side by side on one machine: every port can be moved.
const SMTP_PORT = Number(process.env.SMTP_CAPTURE_PORT ?? 2525);
const SMTP_HTTP_PORT = Number(process.env.SMTP_CAPTURE_HTTP_PORT ?? 3101);
// Auth.js needs one host name throughout: localhost, never 127.0.0.1 (see STACK.md).
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The longest journeys take ~45 s alone on a 2-core machine: room for a loaded CI runner.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"], testIgnore: /.*\.setup\.ts/ },
  ],
  webServer: [
    {
      command: "npx tsx e2e/smtp-capture.ts",
      url: `http://127.0.0.1:${SMTP_HTTP_PORT}/health`,
      env: { SMTP_CAPTURE_PORT: String(SMTP_PORT), SMTP_CAPTURE_HTTP_PORT: String(SMTP_HTTP_PORT) },
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      command: "bash e2e/serve.sh",
      url: `${baseURL}/federations`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        E2E_PORT: String(PORT),
        // The demonstration: its accounts, its mailbox. Production is the default and needs real secrets.
        BOUSSOLE_MODE: "demo",
        // As behind a reverse proxy: the sign-in helper sends a distinct X-Forwarded-For per sign-in (e2e/support.ts).
        BOUSSOLE_TRUST_PROXY: "1",
        AUTH_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: "Boussole <ne-pas-repondre@boussole.test>",
        // The Boussole team receives every claim on a commune's maire role (e2e/trust-claims.spec.ts).
        BOUSSOLE_OPERATOR_EMAIL: "operateur@boussole.test",
      },
      stdout: "pipe",
    },
  ],
});
