/**
 * The inventory at scale and at 320 px: a commune of 2,000 lines (Mende, built straight into the served database,
 * away from the demo's journeys) shows one page of PAGE_SIZE (20) lines, grouped by profession, filtered on the server by a
 * GET form that works without JavaScript; the page weighs no more than the demo's 13-line page, and the CSV
 * export still carries every line. Departures within 2 and 5 years show for every profession, nurses included.
 * At 320 px nothing scrolls sideways but the tables' own focusable regions.
 */
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { InventoryPage } from "./pages/inventory-page";
import { buildScaleWorkspace, scaleLine, type ScaleWorkspace } from "./inventory-scale-data";
import { freshContext } from "./support";
import { checkA11y } from "./journeys";
import { PAGE_SIZE } from "../lib/inventory/list-query";

const LINES = 2000;
let scale: ScaleWorkspace;

test.beforeAll(() => {
  scale = buildScaleWorkspace(path.resolve(process.env.E2E_DATA_DIR ?? "e2e/.data", "boussole.sqlite"), LINES);
});

/** Mende's mayor, in a browser of their own. */
async function mayor(browser: Browser, options: Parameters<typeof freshContext>[1] = {}) {
  const { context, page } = await freshContext(browser, options);
  await context.addCookies([{ ...scale.cookie, domain: "localhost", path: "/" }]);
  return { context, page, inventory: new InventoryPage(page, scale.code) };
}

/** What the generator wrote for one profession: its lines, and its departures within 2 and within 5 years. */
function expected(profession: string) {
  const lines = Array.from({ length: LINES }, (_, i) => scaleLine(i)).filter((l) => l.profession === profession);
  const within2 = lines.filter((l) => l.departure === "moins_2_ans").length;
  const within5 = lines.filter((l) => l.departure === "moins_2_ans" || l.departure === "2_5_ans").length;
  return { count: lines.length, within2, within5 };
}

async function bytes(page: Page, url: string, headers: Record<string, string> = {}) {
  const res = await page.request.get(url, { headers });
  expect(res.status(), url).toBe(200);
  return (await res.body()).length;
}

test("2,000 lines: one page of 20, grouped by profession; filters and pages on the server; departures for every profession", async ({ browser, as }) => {
  test.setTimeout(150_000);
  const { context, page, inventory } = await mayor(browser);
  const nurses = expected("infirmier");
  expect(scale.lines).toBe(LINES);

  await test.step("the page is as light as the demo's 13-line page", async () => {
    const demo = await as("referent");
    const demoUrl = "/communes/48092/etat-des-lieux";
    const [demoHtml, demoRsc] = [await bytes(demo, demoUrl), await bytes(demo, demoUrl, { RSC: "1" })];
    const [html, rsc] = [await bytes(page, inventory.path), await bytes(page, inventory.path, { RSC: "1" })];
    // The demo page is ~150 KB; before pagination the 2,000-line page was 5.7 MB of HTML and 3.1 MB of RSC payload.
    expect(html, `HTML: ${html} bytes at ${LINES} lines, ${demoHtml} for the demo`).toBeLessThan(2 * demoHtml);
    expect(rsc, `RSC: ${rsc} bytes at ${LINES} lines, ${demoRsc} for the demo`).toBeLessThan(2 * demoRsc);
    expect(await bytes(page, `${inventory.path}?page=${LINES / PAGE_SIZE}`)).toBeLessThan(2 * demoHtml);
  });

  await test.step("page 1: PAGE_SIZE lines, the professions' counts, then the next page", async () => {
    await inventory.open();
    await expect(inventory.listCount).toHaveText(`Fiches 1 à ${PAGE_SIZE} sur ${LINES}.`);
    await expect(inventory.personRows).toHaveCount(PAGE_SIZE);
    await expect(inventory.pagination.getByText(`Page 1 sur ${LINES / PAGE_SIZE}`)).toBeVisible();
    const gps = expected("medecin_generaliste").count;
    await expect(page.getByTestId("professionals").getByRole("rowheader", { name: `Médecin généraliste · ${gps} fiches` })).toBeVisible();
    await inventory.pagination.getByRole("link", { name: "Page suivante" }).click();
    await expect(inventory.listCount).toHaveText(`Fiches ${PAGE_SIZE + 1} à ${2 * PAGE_SIZE} sur ${LINES}.`);
    await expect(inventory.pagination.getByText(`Page 2 sur ${LINES / PAGE_SIZE}`)).toBeVisible();
    await expect(inventory.personRows).toHaveCount(PAGE_SIZE);
    await checkA11y(page);
  });

  await test.step("departures within 2 and within 5 years for every profession: the nurses' row and the summary", async () => {
    await inventory.open();
    expect(nurses.within2).toBeGreaterThan(0);
    expect(nurses.within5).toBeGreaterThan(nurses.within2);
    await expect(page.getByTestId("by-profession").getByRole("columnheader", { name: "Départs < 2 ans" })).toBeVisible();
    await expect(page.getByTestId("by-profession").getByRole("columnheader", { name: "Départs < 5 ans" })).toBeVisible();
    await expect(page.getByText("Les départs d'ici 5 ans comprennent ceux d'ici 2 ans.", { exact: true })).toBeVisible();
    expect(await inventory.byProfessionFigure("Infirmier·ère", "Recensés")).toBe(String(nurses.count));
    expect(await inventory.byProfessionFigure("Infirmier·ère", "Départs < 2 ans")).toBe(String(nurses.within2));
    expect(await inventory.byProfessionFigure("Infirmier·ère", "Départs < 5 ans")).toBe(String(nurses.within5));
    const kine = expected("masseur_kinesitherapeute");
    expect(await inventory.byProfessionFigure("Masseur·se-kinésithérapeute", "Départs < 5 ans")).toBe(String(kine.within5));
    await expect(inventory.departures).toContainText(`Infirmier·ère : ${nurses.within5} d'ici 5 ans, dont ${nurses.within2} d'ici 2 ans`);
    await expect(inventory.departures).toContainText(`Masseur·se-kinésithérapeute : ${kine.within5} d'ici 5 ans, dont ${kine.within2} d'ici 2 ans`);
  });

  await test.step("filters: the nurses leaving within 5 years, then a search", async () => {
    await inventory.filter({ profession: "infirmier", departure: "Départ d'ici 5 ans (2 ans compris)" });
    await expect(page).toHaveURL(/profession=infirmier/);
    // More than a page of them: the filter pages too.
    expect(nurses.within5).toBeGreaterThan(PAGE_SIZE);
    await expect(inventory.listCount).toHaveText(`Fiches 1 à ${PAGE_SIZE} sur ${nurses.within5} correspondant aux critères, sur ${LINES} recensées.`);
    await expect(inventory.personRows).toHaveCount(PAGE_SIZE);
    for (const text of await inventory.personRows.allTextContents()) expect(text).toMatch(/Infirmier·ère.*Départ prévu (d'ici 2 ans|dans 2 à 5 ans)/);
    await checkA11y(page);
    await inventory.pagination.getByRole("link", { name: "Page suivante" }).click();
    await expect(page).toHaveURL(/profession=infirmier.*depart=5.*page=2/);
    await expect(inventory.listCount).toHaveText(`Fiches ${PAGE_SIZE + 1} à ${Math.min(2 * PAGE_SIZE, nurses.within5)} sur ${nurses.within5} correspondant aux critères, sur ${LINES} recensées.`);
    await expect(inventory.personRows).toHaveCount(Math.min(PAGE_SIZE, nurses.within5 - PAGE_SIZE));
    for (const text of await inventory.personRows.allTextContents()) expect(text).toMatch(/Infirmier·ère.*Départ prévu (d'ici 2 ans|dans 2 à 5 ans)/);

    await page.getByRole("link", { name: "Tout afficher" }).click();
    await expect(inventory.listCount).toHaveText(`Fiches 1 à ${PAGE_SIZE} sur ${LINES}.`);
    const someone = scaleLine(1234).name!;
    await inventory.filter({ search: someone });
    await expect(inventory.listCount).toHaveText(`1 fiche correspondant aux critères, sur ${LINES} recensées.`);
    await expect(inventory.row(someone)).toHaveCount(1);
  });

  await test.step("the CSV export carries every line, not one page", async () => {
    const csv = (await inventory.exportText()).replace(/^\uFEFF/, "");
    expect(csv.split("\r\n").filter(Boolean).length - 1).toBe(LINES);
  });
  await context.close();
});

test("without JavaScript the filters and the pages work", async ({ browser }) => {
  const { context, page, inventory } = await mayor(browser, { javaScriptEnabled: false });
  await inventory.open();
  await inventory.filter({ profession: "orthophoniste", interest: "Oui" });
  const expectedRows = Array.from({ length: LINES }, (_, i) => scaleLine(i)).filter((l) => l.profession === "orthophoniste" && l.interest === "oui").length;
  await expect(inventory.listCount).toHaveText(`${expectedRows} ${expectedRows > 1 ? "fiches" : "fiche"} correspondant aux critères, sur ${LINES} recensées.`);
  await expect(inventory.personRows).toHaveCount(expectedRows);
  await page.goto(`${inventory.path}?page=3`);
  await expect(inventory.listCount).toHaveText(`Fiches ${2 * PAGE_SIZE + 1} à ${3 * PAGE_SIZE} sur ${LINES}.`);
  await context.close();
});

/** Every box that scrolls sideways at this width: its role, its tabindex and its name. */
function sidewaysScrollers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => ["auto", "scroll"].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth)
      .map((e) => ({ role: e.getAttribute("role"), tabindex: e.getAttribute("tabindex"), name: e.getAttribute("aria-label") ?? e.getAttribute("aria-labelledby") })),
  );
}

test("at 320 px the inventory reflows: the per-profession and the list's tables scroll in focusable regions", async ({ browser, as }) => {
  test.setTimeout(120_000);
  const demo = await as("maire", { viewport: { width: 320, height: 800 } });
  const { context, page } = await mayor(browser, { viewport: { width: 320, height: 800 } });
  for (const [p, url] of [
    [demo, "/communes/48092/etat-des-lieux"],
    [page, `/communes/${scale.code}/etat-des-lieux`],
  ] as const) {
    await p.goto(url);
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${url} is ${width} px wide at 320 px`).toBeLessThanOrEqual(320);
    // The per-profession table keeps its columns and scrolls in its own region; its profession column stays in view.
    const byProfession = p.getByRole("region", { name: "Tableau des professionnels par profession (défilement horizontal)" });
    await expect(byProfession.getByTestId("by-profession").getByRole("columnheader", { name: "Départs < 5 ans" })).toBeAttached();
    await byProfession.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    await expect(byProfession.getByRole("rowheader", { name: "Infirmier·ère", exact: true })).toBeInViewport();
    const scrollers = await sidewaysScrollers(p);
    expect(scrollers.length, "the professionals' table scrolls in its region").toBeGreaterThan(0);
    for (const s of scrollers) expect(s, "a box that scrolls sideways is a named region that takes the focus").toMatchObject({ role: "region", tabindex: "0", name: expect.stringMatching(/\S/) });

    const region = p.getByRole("region", { name: "Tableau des professionnels (défilement horizontal)" });
    await region.focus();
    await expect(region).toBeFocused();
    await p.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((e) => e.scrollLeft), { message: "the arrow keys scroll the focused region" }).toBeGreaterThan(0);
    await checkA11y(p);
  }
  await context.close();
});
