/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide, no page of the commune's space scrolls sideways. Wide tables
 * scroll inside their own focusable region; nothing else may widen the page.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { readDatabase } from "./database";

const CODE = "48092";

async function expectNoSidewaysScroll(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${path} is ${width} px wide at 320 px`).toBeLessThanOrEqual(320);
}

test("at 320 px the commune's pages reflow, for the mayor and the facilitator", async ({ as }) => {
  const held = readDatabase((db) => db.prepare("SELECT id FROM meeting WHERE status = 'tenue' ORDER BY id LIMIT 1").get() as { id: number } | undefined);
  const paths = [
    `/communes/${CODE}`,
    `/communes/${CODE}/etat-des-lieux`,
    `/communes/${CODE}/reunions`,
    `/communes/${CODE}/reunions/1`,
    `/communes/${CODE}/actions`,
    `/communes/${CODE}/federation`,
    `/communes/${CODE}/referent`,
    `/communes/${CODE}/historique`,
    ...(held ? [`/communes/${CODE}/reunions/${held.id}/synthese`, `/communes/${CODE}/reunions/${held.id}/synthese/imprimer`] : []),
  ];
  for (const role of ["maire", "facilitatrice"] as const) {
    const page = await as(role, { viewport: { width: 320, height: 800 } });
    for (const path of paths) await expectNoSidewaysScroll(page, path);
  }
});
