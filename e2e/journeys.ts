/**
 * Page objects and small helpers shared by the journeys' spec files: the screens that several tests drive
 * (opening a commune's workspace, designating the referent, the invitation page, the mailbox).
 */
import { expect, type Browser, type Page } from "@playwright/test";
import { expectNoA11yViolations, freshContext, linkFromLatestMail, signInByEmail } from "./support";

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

/** The workspace-creation page: search, pick the commune, the mandate's date. */
export class NewWorkspacePage {
  constructor(readonly page: Page) {}

  async search(query: string) {
    await this.page.goto("/communes/nouvelle");
    await this.page.getByLabel("Nom ou code postal de la commune").fill(query);
    await this.page.getByRole("button", { name: "Rechercher" }).click();
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${query}`));
  }

  commune(name: string) {
    return this.page.getByRole("radio", { name: new RegExp(`^${name} —`) });
  }

  get mandateStart() {
    return this.page.getByLabel("Date de début du mandat");
  }

  async submit() {
    await this.page.getByRole("button", { name: "Ouvrir l'espace de la commune" }).click();
  }
}

/** A fresh mayor, signed in by e-mail link, who opens the workspace of a commune: returns their page. */
export async function newMayorWithCommune(browser: Browser, opts: { email: string; query: string; commune: string; code: string; mandateStart?: string }) {
  const { context, page } = await freshContext(browser);
  await signInByEmail(page, opts.email);
  const form = new NewWorkspacePage(page);
  await form.search(opts.query);
  await form.commune(opts.commune).check();
  await form.mandateStart.fill(opts.mandateStart ?? parisDay(-10));
  await form.submit();
  await expect(page).toHaveURL(`/communes/${opts.code}?bienvenue=1`);
  return { context, page };
}

/** The referent page of a commune, as its mayor sees it. */
export class ReferentPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async open() {
    await this.page.goto(`/communes/${this.code}/referent`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Référent santé" })).toBeVisible();
  }

  get form() {
    return this.page.locator("form").filter({ has: this.page.getByRole("group", { name: "Qui sera référent·e santé ?" }) });
  }

  person(group: string) {
    const fieldset = this.page.getByRole("group", { name: group });
    return { name: fieldset.getByLabel("Prénom et nom"), email: fieldset.getByLabel("Adresse e-mail") };
  }

  /** Designates one élu·e (the default kind) and waits for the form's answer. */
  async designateElu(name: string, email: string) {
    await this.form.getByRole("radio", { name: "Un·e élu·e" }).check();
    const elu = this.person("L'élu·e");
    await elu.name.fill(name);
    await elu.email.fill(email);
    await this.form.getByRole("button", { name: "Envoyer l'invitation" }).click();
  }

  /** The open invitation of an address, in the list "Invitations en attente". */
  invitation(email: string) {
    return this.page
      .locator("section")
      .filter({ has: this.page.getByRole("heading", { name: "Invitations en attente" }) })
      .getByRole("listitem")
      .filter({ hasText: email });
  }
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

/** The 404 page, with a 404 status (not a 500, not a 200). */
export async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `${path} should be a 404`).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
}
