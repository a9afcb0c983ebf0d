/**
 * Long lists a page at a time (issue 12): Perpignan's history of 120 events shows 50, then « Voir les plus
 * anciens » (a plain link, followed here without JavaScript) gives the next 50 and the last 20, each event once,
 * newest first; /espace lists a person's communes. axe on each page.
 */
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { buildListsData, eventSummary, LISTS_EVENTS } from "./scale-lists-data";
import { freshContext } from "./support";
import { checkA11y } from "./journeys";

let cookie: { name: string; value: string };

test.beforeAll(() => {
  ({ cookie } = buildListsData(path.resolve(process.env.E2E_DATA_DIR ?? "e2e/.data", "boussole.sqlite")));
});

async function mayor(browser: Browser, options: Parameters<typeof freshContext>[1] = {}) {
  const { context, page } = await freshContext(browser, options);
  await context.addCookies([{ ...cookie, domain: "localhost", path: "/" }]);
  return { context, page };
}

const events = (page: Page) => page.getByRole("list", { name: "Modifications de l'espace" }).getByRole("listitem");
const summaries = async (page: Page) => (await events(page).locator("p:first-child").allTextContents()).map((s) => s.trim());

test("history: 50 events a page, « Voir les plus anciens » without JavaScript reaches every event once, newest first", async ({ browser }) => {
  const { context, page } = await mayor(browser, { javaScriptEnabled: false });
  const seen: string[] = [];
  await page.goto("/communes/66136/historique");
  await expect(events(page)).toHaveCount(50);
  await expect(page.getByRole("link", { name: "Revenir aux plus récents" })).toHaveCount(0);
  seen.push(...(await summaries(page)));
  await page.getByRole("link", { name: "Voir les plus anciens" }).click();
  await expect(page).toHaveURL(/\/communes\/66136\/historique\?avant=\d+-\d+$/);
  await expect(events(page)).toHaveCount(50);
  seen.push(...(await summaries(page)));
  await page.getByRole("link", { name: "Voir les plus anciens" }).click();
  await expect(events(page)).toHaveCount(LISTS_EVENTS - 100);
  seen.push(...(await summaries(page)));
  await expect(page.getByRole("link", { name: "Voir les plus anciens" })).toHaveCount(0);
  expect(seen).toEqual(Array.from({ length: LISTS_EVENTS }, (_, i) => eventSummary(LISTS_EVENTS - 1 - i)));
  await page.getByRole("link", { name: "Revenir aux plus récents" }).click();
  await expect(page).toHaveURL(/\/communes\/66136\/historique$/);
  await expect(events(page).first()).toContainText(eventSummary(LISTS_EVENTS - 1));
  await context.close();

  const js = await mayor(browser);
  await js.page.goto("/communes/66136/historique");
  await checkA11y(js.page);
  await js.page.getByRole("link", { name: "Voir les plus anciens" }).click();
  await expect(events(js.page).first()).toContainText(eventSummary(LISTS_EVENTS - 51));
  await checkA11y(js.page);
  // A malformed cursor is no cursor: the newest page.
  await js.page.goto("/communes/66136/historique?avant=nimporte-quoi");
  await expect(events(js.page).first()).toContainText(eventSummary(LISTS_EVENTS - 1));
  await js.context.close();
});

test("/espace: the person's communes by name, no pager for two", async ({ browser }) => {
  const { context, page } = await mayor(browser);
  await page.goto("/espace");
  const list = page.locator("section", { has: page.getByRole("heading", { name: "Mes communes" }) }).getByRole("listitem");
  await expect(list).toHaveCount(2);
  await expect(list.nth(0).getByRole("link")).toHaveText("Perpignan (66)");
  await expect(list.nth(1).getByRole("link")).toHaveText("Toulouse (31)");
  await expect(page.getByRole("navigation", { name: "Pages de mes communes" })).toHaveCount(0);
  await expect(page.getByRole("search", { name: "Chercher parmi mes communes" })).toHaveCount(0);
  await checkA11y(page);
  await context.close();
});
