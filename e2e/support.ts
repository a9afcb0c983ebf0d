import { countRows } from "./database";
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const DEMO = {
  maire: "maire@demo.boussole.fr",
  referent: "referent@demo.boussole.fr",
  facilitatrice: "facilitatrice@demo.boussole.fr",
  admin: "admin@demo.boussole.fr",
} as const;
export type DemoRole = keyof typeof DEMO;

export const storageStateOf = (role: DemoRole) => `${process.env.E2E_AUTH_DIR ?? "e2e/.auth"}/${role}.json`;

/** Runs axe on the page as it is now: 0 violations of WCAG 2.1 A and AA. */
export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Opens the latest e-mail sent to `to` in the development mailbox and returns the first link it contains. */
export async function linkFromLatestMail(page: Page, to: string, subject?: RegExp): Promise<string> {
  await page.goto(`/dev/boite-mail?a=${encodeURIComponent(to)}`);
  const row = subject ? page.getByRole("link", { name: subject }).first() : page.locator("tbody tr").first().getByRole("link");
  await row.click();
  await expect(page.getByTestId("mail-to")).toHaveText(to);
  const href = await page.getByTestId("mail-body").getByRole("link").first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

/** A new browser context with nobody signed in (another person, on another computer). */
export async function freshContext(
  browser: Browser,
  options: Omit<BrowserContextOptions, "storageState"> = {},
): Promise<{ context: BrowserContext; page: Page }> {
  // An explicit empty state: inside a describe that sets a storageState, newContext() would inherit it.
  const context = await browser.newContext({ ...options, storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

/** The server action's answer to the next form submitted on the page. */
export function nextActionResponse(page: Page) {
  return page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
}

/** Clicks `target`, accepting the confirmation dialog it opens. */
export async function clickAndConfirm(page: Page, target: { click(): Promise<void> }) {
  page.once("dialog", (d) => void d.accept());
  await target.click();
}

/** A name for a test account, from its address: "maire.chanac.x1@…" → "Maire Chanac" (letters only, as the form asks). */
export function nameFromEmail(email: string): string {
  const words = email
    .split("@")[0]
    .split(/[^a-z]+/i)
    .filter((w) => w.length >= 2)
    .slice(0, 2)
    .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
  return words.length === 2 ? words.join(" ") : [...words, "Essai"].join(" ");
}

/**
 * After a sign-in: a new account is asked « Prénom et nom » once (then goes on where it was going); an account
 * with a name is not. Returns the name given, or null when the step did not appear.
 */
export async function giveNameIfAsked(page: Page, name: string, leaving = "/connexion/confirmer"): Promise<string | null> {
  await page.waitForURL((url) => !url.pathname.startsWith(leaving) && !url.pathname.startsWith("/api/auth"));
  if (new URL(page.url()).pathname !== "/profil/nom") return null;
  await expect(page.getByRole("heading", { level: 1, name: "Prénom et nom" })).toBeVisible();
  await page.getByLabel("Prénom et nom").fill(name);
  await page.getByRole("button", { name: "Continuer" }).click();
  await page.waitForURL((url) => url.pathname !== "/profil/nom");
  return name;
}

/**
 * Signs a person in through the e-mail link, as they would: form, mailbox, link, confirmation button, and for
 * a new account the « Prénom et nom » step (`name`, or one made from the address).
 */
export async function signInByEmail(page: Page, email: string, opts: { name?: string } = {}) {
  // The e2e server trusts X-Forwarded-For (BOUSSOLE_TRUST_PROXY=1, as behind a reverse proxy): each sign-in
  // comes from its own client address, so that the suite's many sign-ins from 127.0.0.1 do not add up to
  // the limit of 20 links per address per hour, which stays on.
  await page.context().setExtraHTTPHeaders({ "X-Forwarded-For": nextClientIp() });
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  const link = await linkFromLatestMail(page, email, /lien de connexion/);
  await page.goto(link);
  await page.getByRole("button", { name: "Me connecter" }).click();
  await giveNameIfAsked(page, opts.name ?? nameFromEmail(email));
  await expect(page).toHaveURL(/\/espace/);
}

let clientCounter = 0;
/** A documentation address (RFC 5737), a different one for each call in this run. */
export function nextClientIp(): string {
  clientCounter += 1;
  const n = (process.pid * 97 + clientCounter) % 65_000;
  return `198.51.${Math.floor(n / 254) % 256}.${(n % 254) + 1}`;
}

/**
 * The messages received by the SMTP capture server, once the application's outbox has sent everything it
 * holds: e-mails leave through a worker, a moment after the action that wrote them (db/mail/outbox.ts).
 */
export async function capturedMails(): Promise<{ to: string[]; subject: string; text: string }[]> {
  await expect.poll(() => countRows("mail", "status IN ('en_attente', 'envoi')"), { message: "la boîte d'envoi se vide", timeout: 15_000 }).toBe(0);
  const res = await fetch(`http://127.0.0.1:${process.env.SMTP_CAPTURE_HTTP_PORT ?? 3101}/messages`);
  return res.json();
}

/** Puts the SMTP capture in a state (e2e/smtp-capture.ts): "down" refuses connections, "hang" never answers, "up" works. */
export async function setMailServer(mode: "up" | "down" | "hang") {
  const res = await fetch(`http://127.0.0.1:${process.env.SMTP_CAPTURE_HTTP_PORT ?? 3101}/mode/${mode}`, { method: "POST" });
  expect(await res.json()).toEqual({ mode });
}
