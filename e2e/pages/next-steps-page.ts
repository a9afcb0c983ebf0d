/** The next steps screens: a commune's list (filters, "Mes prochaines étapes", status forms) and the step form. */
import type { Locator, Page } from "@playwright/test";

/** A commune's next steps page, as whoever `page` is signed in as sees it. */
export class NextStepsPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  get path() {
    return `/communes/${this.code}/actions`;
  }

  async open(query = "") {
    await this.page.goto(`${this.path}${query}`);
  }

  /** The viewer's own steps, first on the page. */
  get mine() {
    return this.page.getByRole("list", { name: "Mes prochaines étapes" });
  }

  get others() {
    return this.page.getByRole("list", { name: "Les autres prochaines étapes" });
  }

  /** Every step's card, in the page's order. */
  get steps() {
    return this.page.getByTestId("next-step");
  }

  /** A step's card, by its title. */
  step(title: string) {
    return this.steps.filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  /** The card's status form: its select, then its button. */
  statusSelect(title: string) {
    return this.step(title).getByLabel(/^Statut/);
  }

  async setStatus(title: string, status: "À faire" | "En cours" | "Fait" | "Abandonné") {
    await this.statusSelect(title).selectOption({ label: status });
    await this.step(title).getByRole("button", { name: /^Changer le statut/ }).click();
  }

  get filters() {
    return this.page.getByRole("search", { name: "Filtrer les prochaines étapes" });
  }

  /** `owner` by its label ("Moi", "La CPAM"…), `status` by its value ("fait"): its label carries a count. */
  async filter(opts: { owner?: string; status?: "a_faire" | "en_cours" | "fait" | "abandonne"; overdue?: boolean }) {
    if (opts.owner) await this.filters.getByLabel("Qui s'en charge").selectOption({ label: opts.owner });
    if (opts.status) await this.filters.getByLabel("Statut").selectOption(opts.status);
    if (opts.overdue !== undefined) await this.filters.getByRole("checkbox", { name: /^En retard seulement/ }).setChecked(opts.overdue);
    await this.filters.getByRole("button", { name: "Filtrer" }).click();
  }
}

/** The form that adds (or edits) a next step, on its own page or beside a lead of a synthesis. */
export class NextStepFormPage {
  constructor(
    readonly page: Page,
    readonly scope: Locator | Page = page,
  ) {}

  get title() {
    return this.scope.getByLabel("Ce qu'il faut faire");
  }
  get owner() {
    return this.scope.getByLabel("Qui s'en charge");
  }
  get dueOn() {
    return this.scope.getByLabel("Date prévue");
  }
  get details() {
    return this.scope.getByLabel("Précisions");
  }
  error(field: string) {
    return this.scope.locator(`[id$="${field}-error"]`);
  }

  async fill(step: { title: string; owner?: string; dueOn: string; details?: string }) {
    await this.title.fill(step.title);
    if (step.owner) await this.owner.selectOption({ label: step.owner });
    await this.dueOn.fill(step.dueOn);
    if (step.details) await this.details.fill(step.details);
  }

  async add() {
    await this.scope.getByRole("button", { name: "Ajouter la prochaine étape" }).click();
  }
}
