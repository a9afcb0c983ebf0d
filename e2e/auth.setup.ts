import { test as setup, expect } from "@playwright/test";
import { DEMO, storageStateOf, type DemoRole } from "./support";

// One storage state per demo role, through the demo's "sign in as…" buttons.
for (const role of Object.keys(DEMO) as DemoRole[]) {
  setup(`session: ${role}`, async ({ page }) => {
    await page.goto("/connexion");
    await page.locator(`form:has(input[value="${DEMO[role]}"])`).getByRole("button").click();
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
