/**
 * The specs' `test`: Playwright's, plus `as(role)`, a page signed in as a demo role. Each call is another
 * person in another browser (a new context, with the storage state the setup project wrote for that role);
 * every context it opened is closed after the test.
 */
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { storageStateOf, type DemoRole } from "./support";

export type SignInAs = (role: DemoRole, options?: Omit<BrowserContextOptions, "storageState">) => Promise<Page>;

export const test = base.extend<{ as: SignInAs }>({
  as: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role, options = {}) => {
      const context = await browser.newContext({ ...options, storageState: storageStateOf(role) });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect } from "@playwright/test";
