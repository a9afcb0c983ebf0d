/** The public pages: landing, the federations' directory, the sign-in page — for anyone, keyboard included. */
import { test, expect } from "@playwright/test";
import { checkA11y } from "./journeys";

test("the landing page says what Boussole is and leads to sign-in and the directory", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Boussole — L'équipe avant les briques");
  await expect(page.getByRole("heading", { level: 1, name: "L'équipe avant les briques" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ouvrir l'espace de ma commune" }).first()).toHaveAttribute("href", "/connexion");
  await expect(page.getByRole("link", { name: "Trouver ma fédération régionale" })).toHaveAttribute("href", "/federations");
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();
  // The tab's icons are declared (the SVG, and /favicon.ico for browsers that ask for it), and served.
  const icons = await page.locator('head link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
  expect(icons.some((href) => href.startsWith("/icon.svg"))).toBe(true);
  for (const href of icons) {
    const served = await page.request.get(href);
    expect(served.status(), href).toBe(200);
    expect(served.headers()["content-type"], href).toMatch(/^image\/(svg\+xml|x-icon|vnd\.microsoft\.icon)/);
  }
  await checkA11y(page);
});

test.describe("the federations' directory", () => {
  const cards = (page: import("@playwright/test").Page) => page.getByRole("main").getByRole("list").last().getByRole("listitem");

  test("lists the 15 federations without a filter", async ({ page }) => {
    await page.goto("/federations");
    await expect(page.getByRole("heading", { level: 1, name: "Annuaire des fédérations régionales" })).toBeVisible();
    await expect(page.getByText("15 fédérations régionales.")).toBeVisible();
    await expect(cards(page)).toHaveCount(15);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(15);
    await expect(page.getByLabel("Région", { exact: true })).toHaveValue("");
    await checkA11y(page);
  });

  test("filtered on Occitanie: only the Fécop, with its contacts", async ({ page }) => {
    await page.goto("/federations");
    await page.getByLabel("Région", { exact: true }).selectOption({ label: "Occitanie" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL("/federations?region=76");
    await expect(page.getByText("Fédération couvrant la région Occitanie :")).toBeVisible();
    await expect(cards(page)).toHaveCount(1);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(["Fécop"]);
    await expect(page.getByText("Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires")).toBeVisible();
    await expect(page.getByRole("link", { name: "contact@fecop.fr" })).toHaveAttribute("href", "mailto:contact@fecop.fr");
    await expect(page.getByRole("link", { name: "06 31 00 60 47" })).toBeVisible();
    await expect(page.getByLabel("Région", { exact: true })).toHaveValue("76"); // the choice is kept
    await checkA11y(page);
  });

  test("filtered on Guyane: no federation yet, and says so", async ({ page }) => {
    await page.goto("/federations");
    await page.getByLabel("Région", { exact: true }).selectOption({ label: "Guyane" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL("/federations?region=03");
    await expect(
      page.getByText("L'annuaire ne compte pas encore de fédération pour la région Guyane. Vous pouvez contacter AVECsanté ou une fédération voisine."),
    ).toBeVisible();
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(0);
    await checkA11y(page);
  });

  test("an unknown region in the address shows the whole directory", async ({ page }) => {
    await page.goto("/federations?region=zz");
    await expect(page.getByText("15 fédérations régionales.")).toBeVisible();
  });
});

test("the sign-in page, and its error beside the field", async ({ page }) => {
  await page.goto("/connexion");
  await expect(page.getByRole("heading", { level: 1, name: "Se connecter" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Claire Fabre — Maire de Marvejols/ })).toBeVisible();
  await checkA11y(page);

  const email = page.getByLabel("Adresse e-mail");
  await email.fill("marie@");
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.locator("#email-error")).toHaveText("Erreur : Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr.");
  await expect(email).toBeFocused();
  await expect(email).toHaveValue("marie@");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL("/connexion");
  await checkA11y(page);
});

test("a form's schema is fetched once the form is touched, and the browser checks before anything is sent", async ({ page }) => {
  const scripts: string[] = [];
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.goto("/connexion");
  await page.waitForLoadState("networkidle");
  const email = page.getByLabel("Adresse e-mail");
  await expect(email).toBeEditable();
  const loaded = scripts.length;
  // zod and the sign-in schema are not part of the page's load: focusing the field fetches them.
  const schemaChunk = page.waitForRequest((r) => r.resourceType() === "script" && !scripts.slice(0, loaded).includes(r.url()));
  await email.focus();
  await schemaChunk;
  await email.fill("marie@");
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.locator("#email-error")).toHaveText("Erreur : Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr.");
  await expect(email).toBeFocused();
  // The message came from the browser's check: the form was not posted.
  expect(posts).toEqual([]);
});

test.describe("keyboard", () => {
  for (const path of ["/", "/federations", "/connexion"]) {
    test(`on ${path}, the first Tab reaches the skip link, which leads to the content`, async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Aller au contenu" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible(); // visible once focused
      await page.keyboard.press("Enter");
      await expect(page.locator("main#contenu")).toBeFocused();
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form still answers: the server's error beside the field, the value kept", async ({ page }) => {
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill("marie@");
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.locator("#email-error")).toContainText("Indiquez une adresse e-mail valide");
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue("marie@");
  });

  test("a valid address leads to the check-your-mailbox page", async ({ page }) => {
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill(`sans-js-${Date.now()}@exemple.fr`);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  });
});

test("security headers: a nonce-based CSP that the page's own scripts satisfy, framing refused, features off", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/connexion");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  const script = csp.split("; ").find((d) => d.startsWith("script-src "))!;
  expect(script).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
  expect(script).not.toContain("'unsafe-inline'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");

  // Every inline script Next.js rendered carries this response's nonce.
  const nonce = script.match(/'nonce-([^']+)'/)![1];
  const html = await response!.text();
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
  expect(inline.length).toBeGreaterThan(0);
  for (const attrs of inline) expect(attrs).toContain(`nonce="${nonce}"`);

  // The page works under the policy: the form hydrates and validates in the browser, no violation reported.
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.locator("#email-error")).toHaveText("Erreur : Indiquez une adresse e-mail.");
  expect(violations).toEqual([]);

  // A new nonce for every response.
  const again = (await request.get("/connexion")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
});
