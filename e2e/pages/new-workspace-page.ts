import { expect, type Page } from "@playwright/test";

/** The workspace-creation page: search, pick the commune, the mandate's date. */
export class NewWorkspacePage {
  constructor(readonly page: Page) {}

  async search(query: string) {
    await this.page.goto("/communes/nouvelle");
    await this.page.getByLabel("Nom ou code postal de la commune").fill(query);
    await this.page.getByRole("button", { name: "Rechercher" }).click();
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${query}`));
  }

  commune(name: string) {
    return this.page.getByRole("radio", { name: new RegExp(`^${name} —`) });
  }

  get mandateStart() {
    return this.page.getByLabel("Date de début du mandat");
  }

  async submit() {
    await this.page.getByRole("button", { name: "Ouvrir l'espace de la commune" }).click();
  }
}
