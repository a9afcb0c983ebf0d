/**
 * Journey 6 — the federation's pipeline (/federation/{id}): the Fécop's facilitator sees the communes she
 * accompanies first, every commune's stage, what the federation has to do, and filters the list; the admin
 * opens one pending request and gets the decision forms for that one only; another federation's admin sees
 * none of the Fécop's communes. The demo seeds Langogne (inventory), Florac Trois Rivières (first meeting
 * drafted), La Canourgue (quiet for five weeks) and Espalion (a request just sent) beside Marvejols and
 * Saint-Chély-d'Apcher.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { readDatabase } from "./database";
import { freshContext, signInByEmail } from "./support";
import { checkA11y, expectNotFound, expectNotFoundRevealingNothing, uniqueEmail } from "./journeys";

const FECOP_COMMUNES = ["Marvejols", "Saint-Chély-d'Apcher", "Langogne", "Florac Trois Rivières", "La Canourgue", "Espalion"];

/** A section, by its heading (each is a region named by it). */
const section = (page: Page, heading: string | RegExp) => page.getByRole("region", { name: heading });
/** A commune's card, within `scope` (the `has` locator is relative to each list item: built from the page). */
const card = (scope: Page | Locator, name: string) => {
  const page = "page" in scope ? scope.page() : scope;
  return scope.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name }) });
};
/** The communes' cards' headings (the to-do's lists have h3 headings too, outside any list item). */
const communeHeadings = (page: Page) => page.locator("main li > h3");
const dueList = section;

function requestIdOf(code: string): number {
  return readDatabase(
    (db) =>
      (
        db
          .prepare("SELECT r.id FROM federation_request r JOIN workspace w ON w.id = r.workspace_id WHERE w.commune_code = ? AND r.federation_id = 'fecop' ORDER BY r.id DESC LIMIT 1")
          .get(code) as { id: number }
      ).id,
  );
}

test("Inès Benali sees her communes first, each one's stage, the federation's to-do, and filters by stage, department and facilitator", async ({ as }) => {
  const page = await as("facilitatrice");
  await page.goto("/federation/fecop");
  await expect(page.getByRole("heading", { level: 1, name: "Fécop" })).toBeVisible();

  await test.step("her communes come first, in their own section", async () => {
    const h2 = await page.getByRole("heading", { level: 2 }).allTextContents();
    const mineAt = h2.findIndex((t) => t.startsWith("Mes communes"));
    expect(mineAt, h2.join(" | ")).toBeGreaterThan(-1);
    expect(h2.findIndex((t) => t.startsWith("Les autres communes"))).toBeGreaterThan(mineAt);
    const mine = section(page, /^Mes communes/);
    const names = await mine.getByRole("heading", { level: 3 }).allTextContents();
    // Other journeys may give her more communes: the demo's three are there, by stage (accepted, inventory, follow-up).
    expect(names.filter((n) => ["La Canourgue (Lozère)", "Langogne (Lozère)", "Marvejols (Lozère)"].includes(n))).toEqual(["La Canourgue (Lozère)", "Langogne (Lozère)", "Marvejols (Lozère)"]);
    await expect(card(mine, "Florac Trois Rivières (Lozère)")).toHaveCount(0);
    await expect(card(section(page, /^Les autres communes/), "Florac Trois Rivières (Lozère)")).toBeVisible();
    await checkA11y(page);
  });

  await test.step("each commune at its stage, with its day of the 100, facilitators and last activity", async () => {
    const stages: [string, string][] = [
      ["Marvejols (Lozère)", "Suivi"],
      ["Saint-Chély-d'Apcher (Lozère)", "Demande à traiter"],
      ["Langogne (Lozère)", "État des lieux"],
      ["Florac Trois Rivières (Lozère)", "Première rencontre préparée"],
      ["La Canourgue (Lozère)", "Acceptée"],
      ["Espalion (Aveyron)", "Demande à traiter"],
    ];
    for (const [name, stage] of stages) await expect(card(page, name).getByText(stage, { exact: true }), name).toBeVisible();
    await expect(card(page, "Florac Trois Rivières (Lozère)")).toContainText("Facilitateur·rice : Marc Delmas");
    await expect(card(page, "Langogne (Lozère)")).toContainText("Facilitateur·rice : Inès Benali");
    await expect(card(page, "Marvejols (Lozère)")).toContainText("Mandat : au-delà des 100 jours (jour");
    await expect(card(page, "Espalion (Aveyron)")).toContainText(/Mandat : jour \d+ sur 100/);
    await expect(card(page, "Langogne (Lozère)")).toContainText(/Dernière activité : \d{1,2} \S+ 20\d\d/);
    await expect(card(page, "La Canourgue (Lozère)").getByText(/^Calme depuis (3\d|4\d) jours$/)).toBeVisible();
    await expect(card(page, "Langogne (Lozère)").getByText(/^Calme depuis/)).toHaveCount(0);
    // Her commune's space is one click away; a commune she does not accompany has no such link.
    await expect(card(page, "Langogne (Lozère)").getByRole("link", { name: "Ouvrir l'espace de Langogne" })).toHaveAttribute("href", "/communes/48080");
    await expect(card(page, "Florac Trois Rivières (Lozère)").getByRole("link", { name: /Ouvrir l'espace/ })).toHaveCount(0);
  });

  await test.step("what the federation has to do", async () => {
    const todo = section(page, "À faire pour la fédération");
    await expect(todo).toBeVisible();
    const requests = dueList(page, /^Demandes à traiter/);
    await expect(requests.getByRole("link", { name: "Saint-Chély-d'Apcher" })).toBeVisible();
    await expect(requests.getByText(/^\(Aveyron\) — demande reçue il y a \d+ jours$/)).toBeVisible();
    await expect(dueList(page, /^Rencontres à préparer/)).toContainText("La Canourgue");
    await expect(dueList(page, /^Rencontres à préparer/)).toContainText("Langogne");
    await expect(dueList(page, /^Rencontres à préparer/)).not.toContainText("Florac");
    await expect(dueList(page, /^Communes calmes depuis plus de 21 jours/)).toContainText(/La Canourgue \(Lozère\) — calme depuis \d+ jours/);
    await expect(dueList(page, /^Synthèses à écrire/)).toContainText("Rien à signaler.");
  });

  await test.step("filters by stage (the form and the stage links), by department, by facilitator", async () => {
    await page.getByLabel("Étape", { exact: true }).selectOption("etat_des_lieux");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/[?&]etape=etat_des_lieux(&|$)/);
    await expect(card(page, "Langogne (Lozère)")).toBeVisible();
    for (const other of ["Marvejols (Lozère)", "Florac Trois Rivières (Lozère)", "Espalion (Aveyron)"]) await expect(card(page, other)).toHaveCount(0);
    await expect(page.getByLabel("Étape", { exact: true })).toHaveValue("etat_des_lieux");
    await checkA11y(page);

    await page.getByRole("link", { name: /^Première rencontre préparée : \d+$/ }).click();
    await expect(page).toHaveURL(/etape=rencontre_preparee/);
    await expect(communeHeadings(page)).toHaveText(["Florac Trois Rivières (Lozère)"]);

    await page.goto("/federation/fecop?departement=12");
    await expect(card(page, "Espalion (Aveyron)")).toBeVisible();
    await expect(card(page, "Langogne (Lozère)")).toHaveCount(0);

    await page.goto("/federation/fecop");
    await page.getByLabel("Facilitateur·rice", { exact: true }).selectOption({ label: "Marc Delmas" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(communeHeadings(page)).toHaveText(["Florac Trois Rivières (Lozère)"]);
    await page.getByRole("link", { name: "Effacer les filtres" }).click();
    await expect(page).toHaveURL(/\/federation\/fecop$/);
  });

  await test.step("she reads a request but has no decision form (deciding is for admins)", async () => {
    await card(page, "Espalion (Aveyron)").getByRole("link", { name: "Lire la demande d'Espalion" }).click();
    const panel = section(page, "Demande d'Espalion (Aveyron)");
    await expect(panel).toContainText("projet de santé avec les professionnels de la vallée du Lot");
    await expect(panel).toContainText("Un·e admin de la fédération répondra à cette demande.");
    await expect(page.getByRole("button", { name: "Accepter et désigner" })).toHaveCount(0);
    await checkA11y(page);
  });
});

test("the filters work without JavaScript", async ({ as }) => {
  const page = await as("facilitatrice", { javaScriptEnabled: false });
  await page.goto("/federation/fecop");
  await page.getByLabel("À faire", { exact: true }).selectOption("calmes");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/a-faire=calmes/);
  await expect(communeHeadings(page)).toHaveText(["La Canourgue (Lozère)"]);
});

test("the admin opens a pending request: the decision forms are for that one only", async ({ as }) => {
  const page = await as("admin");
  await page.goto("/federation/fecop");
  await expect(page.getByRole("button", { name: "Accepter et désigner" })).toHaveCount(0);
  await expect(card(section(page, /^Mes communes/), "Florac Trois Rivières (Lozère)")).toBeVisible();

  await dueList(page, /^Demandes à traiter/).getByRole("link", { name: "Saint-Chély-d'Apcher" }).click();
  await expect(page).toHaveURL(new RegExp(`demande=${requestIdOf("48140")}`));
  const panel = section(page, "Demande de Saint-Chély-d'Apcher (Lozère)");
  await expect(panel).toContainText("dernier kinésithérapeute");
  await expect(panel.getByRole("group", { name: "Qui accompagnera Saint-Chély-d'Apcher ?" })).toBeVisible();
  await expect(panel.getByRole("checkbox", { name: /Inès Benali/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Accepter et désigner" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Décliner la demande" })).toHaveCount(1);
  await expect(page.getByRole("group", { name: "Qui accompagnera Espalion ?" })).toHaveCount(0);
  await checkA11y(page);

  // A refused decision shows its error beside the form, and writes nothing.
  await panel.getByRole("button", { name: "Décliner la demande" }).click();
  await expect(panel.getByText("Erreur :").first()).toBeVisible();
  await expect(card(page, "Saint-Chély-d'Apcher (Lozère)").getByText("Demande à traiter", { exact: true })).toBeVisible();

  await card(page, "Espalion (Aveyron)").getByRole("link", { name: "Répondre à la demande d'Espalion" }).click();
  await expect(page.getByRole("group", { name: "Qui accompagnera Espalion ?" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Qui accompagnera Saint-Chély-d'Apcher ?" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Accepter et désigner" })).toHaveCount(1);

  // A request that is not the Fécop's, or none at all: not found.
  await expectNotFound(page, "/federation/fecop?demande=999999");
});

test("another federation's admin sees none of the Fécop's communes", async ({ browser }) => {
  const email = uniqueEmail("admin.femasaura", "femasaura.test");
  // The operator names FemasAURA&Co's first admin with the command-line tool, on the served database.
  execFileSync("npx", ["tsx", "db/federation-admin.ts", "femasaura", email, "Léa Rhône"], {
    env: { ...process.env, BOUSSOLE_DATA_DIR: path.resolve(process.env.E2E_DATA_DIR ?? "e2e/.data") },
    stdio: "pipe",
  });
  const { context, page } = await freshContext(browser);
  await signInByEmail(page, email);

  await expectNotFoundRevealingNothing(page, "/federation/fecop", ["Langogne", "Florac", "Canourgue", "Espalion"]);
  await expectNotFound(page, `/federation/fecop?demande=${requestIdOf("48140")}`);
  await expectNotFound(page, "/communes/48080");

  expect((await page.goto("/federation/femasaura"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "FemasAURA&Co" })).toBeVisible();
  for (const name of FECOP_COMMUNES) await expect(page.getByRole("main").getByText(name)).toHaveCount(0);
  await checkA11y(page);
  await context.close();
});

test("at 320 px the pipeline reflows, with a request open too", async ({ as }) => {
  const id = requestIdOf("48140");
  for (const role of ["facilitatrice", "admin"] as const) {
    const page = await as(role, { viewport: { width: 320, height: 800 } });
    for (const url of ["/federation/fecop", "/federation/fecop?etape=demande", `/federation/fecop?demande=${id}`]) {
      expect((await page.goto(url))?.status(), url).toBe(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${url} is ${width} px wide at 320 px for ${role}`).toBeLessThanOrEqual(320);
    }
    await checkA11y(page);
  }
});
