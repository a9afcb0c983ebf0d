import { expect, type Page } from "@playwright/test";

/** The referent page of a commune, as its mayor sees it. */
export class ReferentPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  async open() {
    await this.page.goto(`/communes/${this.code}/referent`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Référent santé" })).toBeVisible();
  }

  get form() {
    return this.page.locator("form").filter({ has: this.page.getByRole("group", { name: "Qui sera référent·e santé ?" }) });
  }

  person(group: string) {
    const fieldset = this.page.getByRole("group", { name: group });
    return { name: fieldset.getByLabel("Prénom et nom"), email: fieldset.getByLabel("Adresse e-mail") };
  }

  /** Designates one élu·e (the default kind) and waits for the form's answer. */
  async designateElu(name: string, email: string, opts: { choice?: "add" | "replace" | "none" } = {}) {
    await this.form.getByRole("radio", { name: "Un·e élu·e" }).check();
    const elu = this.person("L'élu·e");
    await elu.name.fill(name);
    await elu.email.fill(email);
    // When the commune already has a referent, the form asks to replace or to add: add, unless told
    // otherwise; "none" leaves the question unanswered (to see the form ask for it).
    const wanted = opts.choice ?? "add";
    if (wanted !== "none") {
      const choice = this.form.getByRole("radio", { name: wanted === "replace" ? /^Remplacer/ : /^Ajouter/ });
      if ((await choice.count()) > 0) await choice.check();
    }
    await this.form.getByRole("button", { name: "Envoyer l'invitation" }).click();
  }

  /** The open invitation of an address, in the list "Invitations en attente". */
  invitation(email: string) {
    return this.page
      .locator("section")
      .filter({ has: this.page.getByRole("heading", { name: "Invitations en attente" }) })
      .getByRole("listitem")
      .filter({ hasText: email });
  }
}
