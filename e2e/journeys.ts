/**
 * Small helpers shared by the journeys' spec files: unique addresses, Paris days, opening a commune's workspace,
 * accepting an invitation, the 404 checks. The screens' page objects are in e2e/pages/.
 */
import { execFileSync } from "node:child_process";
import { expect, type Browser, type Page } from "@playwright/test";
import { NewWorkspacePage } from "./pages/new-workspace-page";
import { expectNoA11yViolations, freshContext, giveNameIfAsked, linkFromLatestMail, nameFromEmail, signInByEmail } from "./support";

let counter = 0;
/** An address nobody else uses, in this run or another (the database is fresh, the SMTP capture too, but be safe). */
export function uniqueEmail(who: string, domain = "mairie.test"): string {
  counter += 1;
  return `${who}.${Date.now().toString(36)}${counter}@${domain}`;
}

/** "YYYY-MM-DD" in Paris, `offset` days from today: the application counts days in Europe/Paris. */
export function parisDay(offset = 0): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const [y, m, d] = parts.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d + offset));
  return day.toISOString().slice(0, 10);
}

/** "4 novembre 2026", as the application writes a day. */
export function frenchDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number);
  return new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * `npm run workspace:verify -- CODE` against the served application's database, as the operator would run it
 * (as e2e/jobs.spec.ts runs the daily job). Returns what the command printed.
 */
export function verifyWorkspaceByOperator(code: string): string {
  return execFileSync("npx", ["tsx", "db/workspace-verify.ts", code], {
    encoding: "utf8",
    env: { ...process.env, BOUSSOLE_MODE: "demo", BOUSSOLE_DATA_DIR: process.env.E2E_DATA_DIR ?? "e2e/.data" },
  });
}

/**
 * A fresh mayor, signed in by e-mail link, who opens the workspace of a commune: returns their page. The new
 * workspace is then verified by the operator's command (so the journey may invite and send meetings), unless
 * `verified: false` keeps it "à vérifier".
 */
export async function newMayorWithCommune(
  browser: Browser,
  opts: { email: string; query: string; commune: string; code: string; mandateStart?: string; verified?: boolean; name?: string },
) {
  const { context, page } = await freshContext(browser);
  await signInByEmail(page, opts.email, { name: opts.name });
  const form = new NewWorkspacePage(page);
  await form.search(opts.query);
  await form.commune(opts.commune).check();
  await form.mandateStart.fill(opts.mandateStart ?? parisDay(-10));
  await form.submit();
  await expect(page).toHaveURL(`/communes/${opts.code}?bienvenue=1`);
  if (opts.verified !== false) {
    expect(verifyWorkspaceByOperator(opts.code)).toContain("est vérifié");
    await page.reload();
    await expect(page.getByRole("heading", { name: /^Espace à vérifier/ })).toHaveCount(0);
  }
  return { context, page };
}

/** The link of the latest referent invitation e-mailed to `email`, read from the development mailbox. */
export function invitationLink(page: Page, email: string) {
  return linkFromLatestMail(page, email, /vous désigne référent·e santé/);
}

/** Someone without an account opens their invitation link in their own browser and accepts it. */
export async function acceptInvitationAsNewcomer(browser: Browser, email: string, expect_: { communeCode: string; a11y?: boolean }) {
  const { context, page } = await freshContext(browser);
  const link = await invitationLink(page, email);
  await page.getByTestId("mail-body").getByRole("link", { name: link }).click(); // the link, clicked in the e-mail
  await expect(page).toHaveURL(link);
  await expect(page.getByRole("heading", { level: 1, name: "Vous êtes invité·e sur Boussole" })).toBeVisible();
  if (expect_.a11y) await checkA11y(page);
  await page.getByRole("button", { name: "Accepter l'invitation" }).click();
  // The invitation carries the person's name: no « Prénom et nom » step, unless the address had a nameless account.
  await giveNameIfAsked(page, nameFromEmail(email), "/invitation/");
  await expect(page).toHaveURL(`/communes/${expect_.communeCode}`);
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  return { context, page, link };
}

/**
 * axe on the page once it has settled. After a server action that revalidates, Next streams the page's
 * metadata after the new content: for a moment the document has no <title>. Wait for the title the user
 * will have (it is part of what we check), then run axe.
 */
export async function checkA11y(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  await expectNoA11yViolations(page);
}

/** The 404 page, with a 404 status (not a 500, not a 200); returns the HTML the server sent. */
export async function expectNotFound(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} should be a 404`).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  // Drawn once, inside the frame of the layout above it: one header, one main landmark.
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  return response!.text();
}

/**
 * A 404 that gives nothing away: none of `secrets` is anywhere in what the server sent for `path` — the HTML
 * with its inline RSC payload, nor the RSC payload of a client-side navigation — shown, hidden or in a script.
 */
export async function expectNotFoundRevealingNothing(page: Page, path: string, secrets: string[]) {
  const html = await expectNotFound(page, path);
  const rsc = await (await page.request.get(path, { headers: { RSC: "1" } })).text();
  for (const secret of secrets) {
    // HTML escapes these characters: a secret containing one would never match, and the check would be empty.
    expect(secret, "a secret to look for must be free of & < > \" '").not.toMatch(/[&<>"']/);
    expect(html, `${path}: the HTML reveals « ${secret} »`).not.toContain(secret);
    expect(rsc, `${path}: the RSC payload reveals « ${secret} »`).not.toContain(secret);
  }
}
