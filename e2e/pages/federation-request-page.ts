import { expect, type Page } from "@playwright/test";

/**
 * One commune's request, opened on the federation's page (`/federation/{id}?demande=…`), as an admin answers it.
 * The acceptance goes through `accept()` so that a change of the form (a new required step) is made here once.
 */
export class FederationRequestPanel {
  constructor(
    readonly page: Page,
    /** As the panel's heading names it: "Douarnenez (Finistère)". */
    readonly commune: string,
  ) {}

  get section() {
    return this.page.locator("section").filter({ has: this.page.getByRole("heading", { level: 2, name: `Demande de ${this.commune}` }) });
  }

  /** Accepts the request, assigning the federation members whose label matches `facilitators`. */
  async accept(facilitators: RegExp[]) {
    for (const who of facilitators) await this.section.getByRole("checkbox", { name: who }).check();
    await this.section.getByRole("button", { name: "Accepter et désigner" }).click();
    await expect(this.section.getByText(/^Demande acceptée le .+ ; .+ accompagnen?t? la commune\.$/)).toBeVisible();
    await expect(this.section.getByRole("button", { name: "Accepter et désigner" })).toHaveCount(0);
  }
}
