/**
 * Journey 5's checklist ("Les 100 jours", issue 9): the référent sees where Marvejols stands — the day of the
 * mandate, the items that ticked themselves with their proof, the late ones said in words — ticks an item by
 * hand (status, owner, note) and sees it saved; a forged owner outside the team is refused beside the field,
 * nothing written; a stale form gets both versions; a professional gets no checklist. Axe on the page and on
 * the open form; no sideways scrolling at 320 px.
 */
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { readDatabase } from "./database";
import { freshContext } from "./support";
import { checkA11y, expectNotFound } from "./journeys";

test.describe.configure({ mode: "serial" });

const CODE = "48092"; // Marvejols, the demo commune
const PATH = `/communes/${CODE}/100-jours`;
const RUN = Date.now().toString(36);
const FECOP = "Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires";

const item = (page: Page, title: string | RegExp): Locator => page.getByTestId("checklist-item").filter({ has: page.getByRole("heading", { level: 3, name: title }) });

type Row = { status: string; ownerId: string | null; note: string | null; version: number; updatedBy: string | null };
const stored = (code: string) =>
  readDatabase(
    (db) =>
      db
        .prepare(
          "SELECT c.status, c.owner_id AS ownerId, c.note, c.version, c.updated_by AS updatedBy FROM checklist_item c JOIN workspace w ON w.id = c.workspace_id WHERE w.commune_code = ? AND c.code = ?",
        )
        .get(CODE, code) as Row | undefined,
  );
const userId = (email: string) => readDatabase((db) => (db.prepare("SELECT id FROM user WHERE email = ?").get(email) as { id: string }).id);
const historyCount = () => readDatabase((db) => (db.prepare("SELECT count(*) AS n FROM history_event WHERE action = 'checklist.item_updated'").get() as { n: number }).n);

test("the référent sees the day of the mandate, the automatic ticks with their proofs, and what is late", async ({ as }) => {
  const page = await as("referent");
  await page.goto(`/communes/${CODE}`);
  await page.getByRole("navigation", { name: "Rubriques de la commune" }).getByRole("link", { name: "Les 100 jours" }).click();
  await expect(page).toHaveURL(PATH);
  await expect(page.getByRole("heading", { level: 1, name: "Les 100 jours" })).toBeVisible();
  // The mandate began on 22 March 2026: the 100 days ended on 29 June.
  await expect(page.getByTestId("mandate-day")).toContainText(/Jour \d+ du mandat \(commencé le 22 mars 2026\) : les 100 premiers jours se sont achevés le 29 juin 2026/);

  await expect(page.getByRole("heading", { level: 2, name: "Jours 0 à 30 : Installer les bases et bien s'entourer" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Jours 30 à 60 : Passer du diagnostic à l'action" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Jours 60 à 100 : Structurer et consolider la démarche" })).toBeVisible();
  await expect(page.getByTestId("phase-progress").first()).toContainText("3 sur 3 faits");

  const federation = item(page, /Prendre contact avec la fédération régionale/);
  await expect(federation.getByText("Fait", { exact: true })).toBeVisible();
  await expect(federation.getByTestId("checklist-proof")).toHaveText(`Demande acceptée par la ${FECOP} le 7 avril 2026.`);
  await expect(federation).toContainText("À faire avant le 21 avril 2026");
  await expect(federation).toContainText("Tout seul, quand une fédération accepte la demande d'accompagnement de la commune.");
  await expect(item(page, /Désigner un référent santé/).getByTestId("checklist-proof")).toHaveText("Référent·e désigné·e : Thomas Rouquette (depuis le 3 avril 2026).");

  // Ticked by the facts, followed up by hand: the facilitator carries it, with a note.
  const meeting = item(page, /Organiser une première rencontre informelle/);
  await expect(meeting.getByTestId("checklist-proof")).toContainText("« Rencontre de lancement avec les professionnels de santé » tenue le");
  await expect(meeting).toContainText("Inès Benali");

  // Set by hand in the demo, and late: said in words, not only in red.
  const existing = item(page, /Valoriser l'existant/);
  await expect(existing.getByText("En cours", { exact: true })).toBeVisible();
  await expect(existing.getByText("En retard", { exact: true })).toBeVisible();
  await expect(existing).toContainText(/À faire avant le 21 mai 2026 — en retard de \d+ jours/);
  await expect(existing).toContainText("Thomas Rouquette");
  await expect(existing).toContainText("Article prévu dans le bulletin municipal de janvier");
  await expect(item(page, /Communiquer auprès des habitants/)).toContainText("À la main : indiquez-le quand c'est fait.");

  // One form at most, and only once asked for: the page stays light.
  await expect(page.locator("form[aria-label^='Statut, responsable et note']")).toHaveCount(0);
  const html = await (await page.request.get(PATH)).text();
  test.info().annotations.push({ type: "html bytes", description: String(html.length) });
  expect(html.length).toBeLessThan(150_000);
  await checkA11y(page);
});

test("the référent ticks an item by hand: status, owner and note saved, in the history; axe on the open form", async ({ as }) => {
  const page = await as("referent");
  await page.goto(PATH);
  const card = item(page, "Communiquer auprès des habitants");
  await card.getByRole("link", { name: "Modifier « Communiquer auprès des habitants »" }).click();
  await expect(page).toHaveURL(`${PATH}?item=communiquer_habitants#modifier`);
  await expect(page.locator("#modifier")).toBeFocused();
  await expect(page.locator("form[aria-label^='Statut, responsable et note']")).toHaveCount(1);
  await checkA11y(page);

  const before = historyCount();
  const note = `Affiche à la maison de santé et article sur le site de la mairie (${RUN}).`;
  await card.getByRole("radio", { name: "Fait" }).check();
  await card.getByLabel("Qui s'en charge").selectOption({ label: "Inès Benali — Facilitateur·rice" });
  await card.getByLabel("Note", { exact: true }).fill(note);
  await card.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page).toHaveURL(`${PATH}?fait=enregistre&de=communiquer_habitants#item-communiquer_habitants`);
  const saved = item(page, "Communiquer auprès des habitants");
  await expect(saved.getByText("Enregistré.")).toBeVisible();
  await expect(saved.getByText("Fait", { exact: true })).toBeVisible();
  await expect(saved.getByText("En retard", { exact: true })).toHaveCount(0);
  await expect(saved.getByTestId("checklist-proof")).toContainText("Coché à la main — dernière mise à jour par Thomas Rouquette le");
  await expect(saved).toContainText("Inès Benali");
  await expect(saved).toContainText(note);
  expect(stored("communiquer_habitants")).toMatchObject({ status: "fait", ownerId: userId("facilitatrice@demo.boussole.fr"), note, updatedBy: userId("referent@demo.boussole.fr") });
  expect(historyCount()).toBe(before + 1);
  await checkA11y(page);
});

test("an owner outside the team, forged in the form, is refused beside the field; nothing written", async ({ as }) => {
  const page = await as("maire");
  await page.goto(`${PATH}?item=associer_partenaires`);
  const before = stored("associer_partenaires");
  const history = historyCount();
  // The professional of the demo is a member of the workspace, but not of its team.
  const haddad = userId("k.haddad@cabinet-soubeyran.test");
  const select = page.getByLabel("Qui s'en charge");
  await select.evaluate((el, value) => {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = "Dr Karim Haddad";
    el.appendChild(option);
  }, haddad);
  await select.selectOption(haddad);
  await page.getByLabel("Note", { exact: true }).fill("Une note qui ne doit pas être enregistrée");
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page.locator("#checklist-owner-error")).toHaveText(
    "Erreur : Cette personne ne fait pas partie de l'équipe de la commune (maire, référent·e santé, facilitateur·rice de la fédération) : choisissez qui s'en charge dans la liste.",
  );
  await expect(select).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Note", { exact: true })).toHaveValue("Une note qui ne doit pas être enregistrée");
  expect(stored("associer_partenaires")).toEqual(before);
  expect(historyCount()).toBe(history);
  await checkA11y(page);
});

test("a form opened before someone else saved gets both versions, nothing overwritten", async ({ as }) => {
  const maire = await as("maire");
  const referent = await as("referent");
  const path = `${PATH}?item=structurer_demarche`;
  await maire.goto(path);
  await referent.goto(path);

  await referent.getByLabel("Note", { exact: true }).fill(`Calendrier partagé avec la Fécop (${RUN})`);
  await referent.getByRole("radio", { name: "En cours" }).check();
  await referent.getByRole("button", { name: "Enregistrer" }).click();
  await expect(referent).toHaveURL(/fait=enregistre/);
  const afterFirst = stored("structurer_demarche");

  await maire.getByLabel("Note", { exact: true }).fill("Ma version");
  await maire.getByRole("button", { name: "Enregistrer" }).click();
  const conflict = maire.getByTestId("conflict");
  await expect(conflict.getByRole("heading", { name: "Deux versions à comparer" })).toBeVisible();
  await expect(conflict).toContainText("Thomas Rouquette a enregistré une autre version");
  await expect(conflict).toContainText(`Calendrier partagé avec la Fécop (${RUN})`);
  expect(stored("structurer_demarche")).toEqual(afterFirst);
  await checkA11y(maire);
});

test("the regular meeting place: a place too short is refused beside the field, nothing written", async ({ as }) => {
  const page = await as("referent");
  await page.goto(`${PATH}?item=lieu_de_rencontre`);
  const before = readDatabase((db) => db.prepare("SELECT meeting_place AS place, meeting_place_set_at AS at FROM workspace WHERE commune_code = ?").get(CODE));
  const place = page.getByLabel(/Lieu de rencontre régulier proposé aux professionnels/);
  await expect(place).toHaveValue("");
  await place.fill("x");
  await page.getByRole("button", { name: "Enregistrer le lieu" }).click();
  await expect(page.locator("#meeting-place-error")).toContainText("Indiquez le lieu, et si possible le rythme");
  await expect(place).toBeFocused();
  expect(readDatabase((db) => db.prepare("SELECT meeting_place AS place, meeting_place_set_at AS at FROM workspace WHERE commune_code = ?").get(CODE))).toEqual(before);
  await checkA11y(page);
});

test("a professional gets no checklist: no entry in the navigation, and the page is not found", async ({ browser }) => {
  const { context, page } = await freshContext(browser);
  await page.goto("/connexion");
  await page.getByRole("button", { name: /Dr Karim Haddad/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion"));
  await page.goto(`/communes/${CODE}`);
  const nav = page.getByRole("navigation", { name: "Rubriques de la commune" });
  await expect(nav.getByRole("link", { name: "État des lieux" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Les 100 jours" })).toHaveCount(0);
  await expectNotFound(page, PATH);
  await expectNotFound(page, `${PATH}?item=valoriser_existant`);
  await context.close();
});

test("at 320 px the checklist and its open form reflow without sideways scrolling", async ({ as }) => {
  const page = await as("maire", { viewport: { width: 320, height: 800 } });
  for (const path of [PATH, `${PATH}?item=valoriser_existant`, `${PATH}?item=lieu_de_rencontre`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide at 320 px`).toBeLessThanOrEqual(320);
  }
  await checkA11y(page);
});
