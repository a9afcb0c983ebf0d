/**
 * Journey 5 — the commune's dashboard (issue 9): the demo mayor sees the day of the mandate and its phase, the
 * checklist's progress per phase and what is due next, the federation, the inventory's indicators, the next
 * meeting and the open next steps; a professional sees none of the team's cards and no address; a commune
 * whose request is still unanswered after 30 days is gently warned. Axe on each, reflow at 320 px.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { readDatabase } from "./database";
import { freshContext, signInByEmail } from "./support";
import { checkA11y } from "./journeys";

const CODE = "48092"; // Marvejols, the demo commune
const card = (page: Page, title: string) => page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });

/** What the demo commune holds now (other specs may have added to it): the figures the cards must show. */
function demoFigures() {
  return readDatabase((db) => {
    const ws = (db.prepare("SELECT id FROM workspace WHERE commune_code = ?").get(CODE) as { id: number }).id;
    const n = (sql: string) => (db.prepare(sql).get(ws) as { n: number }).n;
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
    return {
      professionals: n("SELECT count(*) AS n FROM professional WHERE workspace_id = ?"),
      within2: n("SELECT count(*) AS n FROM professional WHERE workspace_id = ? AND departure = 'moins_2_ans'"),
      within5: n("SELECT count(*) AS n FROM professional WHERE workspace_id = ? AND departure IN ('moins_2_ans', '2_5_ans')"),
      openSteps: n("SELECT count(*) AS n FROM next_step WHERE workspace_id = ? AND status IN ('a_faire', 'en_cours')"),
      overdueSteps: (db.prepare("SELECT count(*) AS n FROM next_step WHERE workspace_id = ? AND status IN ('a_faire', 'en_cours') AND due_on < ?").get(ws, today) as { n: number }).n,
      mostUrgent: (db.prepare("SELECT title FROM next_step WHERE workspace_id = ? AND status IN ('a_faire', 'en_cours') ORDER BY due_on, id LIMIT 1").get(ws) as { title: string }).title,
    };
  });
}

test("the demo mayor's dashboard: day, phase, checklist per phase, due next, federation, indicators, next meeting, next steps", async ({ as }) => {
  const page = await as("maire");
  await page.goto(`/communes/${CODE}`);
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord de Marvejols" })).toBeAttached();
  const figures = demoFigures();

  await test.step("the mandate: beyond the 100 days (begun on 22 March 2026), by how many days, and the phase", async () => {
    const mandate = card(page, "Le mandat");
    await expect(mandate.getByText("Commencé le 22 mars 2026.")).toBeVisible();
    await expect(mandate.getByText("Au-delà des 100 jours", { exact: true })).toBeVisible();
    const day = Math.round((Date.parse(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date())) - Date.parse("2026-03-22")) / 86_400_000);
    await expect(mandate.getByText(`Jour ${day + 1} du mandat : les 100 premiers jours sont passés depuis ${day - 99} jours.`)).toBeVisible();
    await expect(mandate.getByText("Phase en cours · Après les 100 jours")).toBeVisible();
    await expect(mandate.getByRole("progressbar", { name: "Avancement des 100 premiers jours" })).toHaveAttribute("aria-valuenow", "100");
  });

  await test.step("the checklist: each phase's progress, what is due next and for whom, the link to the 100 days", async () => {
    const checklist = card(page, "La check-list des 100 jours");
    const phases = checklist.getByRole("list", { name: "Avancement par phase" }).getByRole("listitem");
    await expect(phases).toHaveCount(3);
    // The first phase ticked itself: federation accepted, referent designated, inventory shared.
    await expect(phases.nth(0)).toContainText("Jours 0 à 30");
    await expect(phases.nth(0)).toContainText("3/3 faites");
    await expect(phases.nth(1)).toContainText("Jours 30 à 60");
    await expect(phases.nth(1)).toContainText(/\d\/4 faites?/);
    await expect(phases.nth(2)).toContainText("Jours 60 à 100");
    await expect(phases.nth(2)).toContainText(/\d\/4 faites?/);
    await expect(checklist.getByRole("progressbar", { name: "Jours 0 à 30 : étapes faites" })).toHaveAttribute("aria-valuenow", "3");
    await expect(checklist.getByRole("heading", { level: 3, name: "À faire ensuite" })).toBeVisible();
    const next = checklist.getByRole("list").last().getByRole("listitem");
    await expect(next.first()).toContainText(/Pour le \d{1,2} \p{L}+ 2026 · (qui : .+|personne n'est désigné·e)/u);
    // Beyond the 100 days, whatever is still open is overdue.
    await expect(next.first()).toContainText(/En retard de \d+ jours/);
    await expect(checklist.getByRole("link", { name: "Ouvrir la check-list des 100 jours" })).toHaveAttribute("href", `/communes/${CODE}/100-jours`);
  });

  await test.step("the federation and its facilitator", async () => {
    const federation = card(page, "Fédération régionale");
    await expect(federation.getByText("Accompagnement en cours")).toBeVisible();
    await expect(federation.getByRole("listitem")).toHaveText(["Inès Benali — facilitatrice@demo.boussole.fr"]);
  });

  await test.step("the inventory's indicators, counted by the database", async () => {
    const inventory = card(page, "État des lieux");
    await expect(inventory.getByText(`${figures.professionals} professionnels de santé recensés.`)).toBeVisible();
    await expect(inventory.getByText("Équipe cœur en vue", { exact: true })).toBeVisible();
    await expect(inventory.getByRole("definition").nth(0)).toHaveText(String(figures.within2));
    await expect(inventory.getByRole("definition").nth(1)).toHaveText(String(figures.within5));
    await expect(inventory.getByRole("term").nth(0)).toHaveText("Départs prévus d'ici 2 ans");
  });

  await test.step("the next meeting and its answers", async () => {
    const meeting = card(page, "Réunions avec les professionnels");
    await expect(meeting.getByText("Prochaine réunion")).toBeVisible();
    await expect(meeting.getByText("Première rencontre avec les professionnels de santé")).toBeVisible();
    await expect(meeting.getByText(/^\d+ invité·es : \d+ oui · \d+ peut-être · \d+ non · \d+ sans réponse$/)).toBeVisible();
  });

  await test.step("the open next steps: how many, how many late, the most urgent first with owner and date", async () => {
    const steps = card(page, "Prochaines étapes");
    await expect(steps.getByText(`${figures.openSteps} étapes ouvertes`)).toBeVisible();
    if (figures.overdueSteps > 0) await expect(steps.getByText(`${figures.overdueSteps} en retard`, { exact: true })).toBeVisible();
    const urgent = steps.getByRole("listitem");
    await expect(urgent).toHaveCount(Math.min(3, figures.openSteps));
    await expect(urgent.first()).toContainText(figures.mostUrgent);
    await expect(urgent.first()).toContainText(/ · pour le \d{1,2} \p{L}+ 20\d\d · (À faire|En cours)/u);
    await expect(steps.getByRole("link", { name: "Voir toutes les prochaines étapes" })).toHaveAttribute("href", `/communes/${CODE}/actions`);
  });

  await test.step("no frequent mistake to point out: a core team is in sight, the Fécop accompanies, the first meeting is varied", async () => {
    await expect(page.getByRole("heading", { level: 2, name: "Points d'attention" })).toHaveCount(0);
    await expect(card(page, "Qui participe").getByRole("listitem").filter({ hasText: "Claire Fabre" })).toHaveText("Claire FabreMaire");
  });

  await checkA11y(page);
});

test("a professional's dashboard shows no team card and no address", async ({ browser }) => {
  const { context, page } = await freshContext(browser);
  await page.goto("/connexion");
  await page.getByRole("button", { name: /Dr Karim Haddad/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion"));
  await page.goto(`/communes/${CODE}`);
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord de Marvejols" })).toBeAttached();

  for (const title of ["Le mandat", "État des lieux", "Mes réunions", "Qui fait quoi", "Qui participe"]) {
    await expect(card(page, title), title).toBeVisible();
  }
  for (const title of ["Fédération régionale", "Référent santé", "La check-list des 100 jours", "Réunions avec les professionnels", "Points d'attention"]) {
    await expect(page.getByRole("heading", { level: 2, name: title, exact: true }), title).toHaveCount(0);
  }
  // The inventory without anything personal: no departures, not even as totals.
  await expect(card(page, "État des lieux").getByText(/Départs prévus/)).toHaveCount(0);
  await expect(card(page, "État des lieux").getByText("Équipe cœur en vue", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ouvrir la check-list des 100 jours" })).toHaveCount(0);
  await expect(card(page, "Qui fait quoi").getByRole("link", { name: "Voir qui fait quoi" })).toHaveAttribute("href", `/communes/${CODE}/qui-fait-quoi`);
  await expect(card(page, "Qui participe")).not.toContainText("@");
  await checkA11y(page);
  await context.close();
});

test("Saint-Chély-d'Apcher's request unanswered after 30 days: a gentle warning, with what to do", async ({ browser }) => {
  const { context, page } = await freshContext(browser);
  await signInByEmail(page, "maire.saint-chely@demo.boussole.fr");
  await page.goto("/communes/48140");
  const warnings = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Points d'attention" }) });
  const alert = warnings.getByRole("status").filter({ hasText: "Pas encore d'accompagnement par la fédération régionale" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("la demande adressée à la Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires attend toujours sa réponse");
  await expect(alert).toContainText("Que faire ? Relancez la fédération");
  await expect(alert.getByRole("link", { name: "Voir la demande et les contacts" })).toHaveAttribute("href", "/communes/48140/federation");
  await expect(warnings.getByRole("status")).toHaveCount(1);
  await checkA11y(page);
  await context.close();
});

test("at 320 px the dashboard reflows, for the mayor and the professional", async ({ as, browser }) => {
  const mayor = await as("maire", { viewport: { width: 320, height: 800 } });
  const { context, page: professional } = await freshContext(browser, { viewport: { width: 320, height: 800 } });
  await professional.goto("/connexion");
  await professional.getByRole("button", { name: /Dr Karim Haddad/ }).click();
  await professional.waitForURL((u) => !u.pathname.startsWith("/connexion"));
  for (const page of [mayor, professional]) {
    expect((await page.goto(`/communes/${CODE}`))?.status()).toBe(200);
    await expect(card(page, "Le mandat")).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `the dashboard is ${width} px wide at 320 px`).toBeLessThanOrEqual(320);
  }
  await checkA11y(mayor);
  await context.close();
});
