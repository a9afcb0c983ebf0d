import { test, expect } from "@playwright/test";
import { newMayorWithCommune, uniqueEmail } from "./journeys";
test("title after action", async ({ browser }) => {
  const { page } = await newMayorWithCommune(browser, { email: uniqueEmail("m"), query: "81000", commune: "Albi", code: "81004" });
  const titles = async (l: string) => console.log(l, JSON.stringify(await page.title()), await page.evaluate(() => [...document.querySelectorAll("title")].map(t => t.parentElement!.tagName + ":" + t.textContent)));
  await titles("dash");
  await page.getByRole("link", { name: "Demander l'accompagnement" }).click();
  await expect(page).toHaveURL(/federation/);
  await titles("fed");
  await page.getByLabel("Votre message").fill("Bonjour test");
  await page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(page.getByText("En attente de réponse")).toBeVisible();
  await titles("after");
  await page.reload();
  await titles("reload");
});
