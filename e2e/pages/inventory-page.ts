/** The inventory (état des lieux) screens: the list, a professional's form, the notes of a theme, the CSV import. */
import { expect, type Page } from "@playwright/test";

export type NewLine = {
  profession: string;
  name: string;
  practiceForm?: string;
  interest?: string;
  age?: string;
  departure?: string;
  email?: string;
};

/** The themes' sections on the inventory page (their ids). */
export type NoteTheme = "besoins" | "opportunites" | "offres";

/** A commune's inventory page, as whoever `page` is signed in as sees it. */
export class InventoryPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  get path() {
    return `/communes/${this.code}/etat-des-lieux`;
  }

  linePath(id: number) {
    return `${this.path}/professionnels/${id}`;
  }

  async open() {
    await this.page.goto(this.path);
  }

  /** A professional's row in the table, found by the name in its row header. */
  row(name: string) {
    return this.page.getByTestId("professionals").getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: new RegExp(name) }) });
  }

  /** The address of the line's form, read from its row's "Modifier" link (the page must be open). */
  async lineHref(name: string): Promise<string> {
    const href = await this.row(name).getByRole("link", { name: /^Modifier/ }).getAttribute("href");
    expect(href, `a "Modifier" link on the row of ${name}`).toBeTruthy();
    return href!;
  }

  /** The line's id, from its row (the page must be open). */
  async lineId(name: string): Promise<number> {
    return Number((await this.lineHref(name)).split("/").pop());
  }

  /** Opens the form of line `id` directly. */
  async openLine(id: number): Promise<LineForm> {
    await this.page.goto(this.linePath(id));
    return new LineForm(this.page);
  }

  /** Opens the line of `name` from the list, by its row's "Modifier" link. */
  async openLineOf(name: string): Promise<LineForm> {
    await this.open();
    await this.row(name).getByRole("link", { name: /^Modifier/ }).click();
    return new LineForm(this.page);
  }

  /** Adds a line through the form and comes back to the inventory; returns the line's id. */
  async addLine(l: NewLine): Promise<number> {
    await this.page.goto(`${this.path}/professionnels/nouveau`);
    const form = new LineForm(this.page);
    await form.profession.selectOption({ label: l.profession });
    await form.name.fill(l.name);
    await form.practiceForm.selectOption({ label: l.practiceForm ?? "Exercice isolé" });
    if (l.age) await form.age.selectOption({ label: l.age });
    if (l.departure) await form.departure.selectOption({ label: l.departure });
    if (l.interest) await form.interest(l.interest).check();
    if (l.email) await form.email.fill(l.email);
    await form.add();
    await expect(this.page.getByText("La fiche a été ajoutée à l'état des lieux.")).toBeVisible();
    return this.lineId(l.name);
  }

  /** The list's count line: "Fiches 1 à 20 sur 2000.", "3 fiches correspondant aux critères…". */
  get listCount() {
    return this.page.getByTestId("list-count");
  }

  get pagination() {
    return this.page.getByRole("navigation", { name: "Pages de la liste des professionnels" });
  }

  /** The people's rows of the list's page (not the professions' group headings). */
  get personRows() {
    return this.page.getByTestId("professionals").locator("tbody tr[id^=fiche-]");
  }

  /** A profession's row in the per-profession table (wide screens). */
  byProfessionRow(label: string) {
    return this.page.getByTestId("by-profession").getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: label, exact: true }) });
  }

  /** A profession's figure in the per-profession table, by its column's title ("Départs < 5 ans"…). */
  async byProfessionFigure(label: string, column: string): Promise<string> {
    const headers = await this.page.getByTestId("by-profession").getByRole("columnheader").allTextContents();
    const index = headers.findIndex((h) => h.trim() === column);
    expect(index, `a column « ${column} » in ${headers.join(" | ")}`).toBeGreaterThan(0);
    return (await this.byProfessionRow(label).getByRole("cell").nth(index - 1).textContent())!.trim();
  }

  /** The "Départs prévus, toutes professions" card. */
  get departures() {
    return this.page.getByTestId("departures");
  }

  /** Chooses the list's filters (the profession by its code: its option shows a count) and submits the (GET) form. */
  async filter(f: { profession?: string; interest?: string; departure?: string; search?: string }) {
    const form = this.page.getByRole("search", { name: "Filtrer les professionnels" });
    if (f.profession) await form.getByLabel("Profession").selectOption(f.profession);
    if (f.interest) await form.getByLabel("Travailler ensemble").selectOption({ label: f.interest });
    if (f.departure) await form.getByLabel("Départ prévu").selectOption({ label: f.departure });
    if (f.search !== undefined) await form.getByLabel("Rechercher").fill(f.search);
    await form.getByRole("button", { name: "Filtrer" }).click();
  }

  notes(theme: NoteTheme) {
    return new NotesSection(this.page, theme);
  }

  /** The CSV export, as text (with its BOM), fetched with the page's session. */
  async exportText(): Promise<string> {
    return (await this.page.request.get(`${this.path}/export`)).text();
  }

  importPage() {
    return new ImportPage(this.page, `${this.path}/import`);
  }
}

/** The professional's form (new line, team's edit, or the professional's own). */
export class LineForm {
  constructor(readonly page: Page) {}
  get profession() {
    return this.page.getByLabel(/^Profession/);
  }
  get name() {
    return this.page.getByLabel("Prénom et nom");
  }
  get practiceForm() {
    return this.page.getByLabel("Forme d'exercice");
  }
  get age() {
    return this.page.getByLabel("Tranche d'âge");
  }
  get departure() {
    return this.page.getByLabel(/^Départ envisagé/);
  }
  get note() {
    return this.page.getByLabel("Note", { exact: true });
  }
  get email() {
    return this.page.getByLabel("Adresse e-mail", { exact: true });
  }
  get phone() {
    return this.page.getByLabel("Téléphone", { exact: true });
  }
  interest(label: string) {
    return this.page.getByRole("group", { name: "Travailler ensemble" }).getByRole("radio", { name: label, exact: true });
  }
  error(field: string) {
    return this.page.locator(`#${field}-error`);
  }
  async nearby(query: string, commune: string) {
    await this.page.getByRole("radio", { name: "Dans une commune proche" }).check();
    await this.page.getByLabel("Rechercher par nom ou code postal").fill(query);
    await this.page.getByRole("button", { name: "Rechercher la commune" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: /communes? trouvées?/ })).toBeVisible();
    await this.page.getByRole("radio", { name: commune }).check();
  }
  /** Submits a new line. */
  async add() {
    await this.page.getByRole("button", { name: "Ajouter la fiche" }).click();
  }
  /** Submits the team's edit of a line. */
  async save() {
    await this.page.getByRole("button", { name: "Enregistrer la fiche" }).click();
  }
}

/** The notes of one theme, in its section of the inventory page. */
export class NotesSection {
  constructor(
    readonly page: Page,
    readonly theme: NoteTheme,
  ) {}

  get section() {
    return this.page.locator(`section#${this.theme}`);
  }

  /** The text field of the form that adds a note (there once « Ajouter une note » was followed). */
  get field() {
    return this.section.getByLabel(/^Nouvelle note/);
  }

  /** Follows the section's « Ajouter une note » link: the page comes back with this theme's form. */
  async open() {
    await this.section.getByRole("link", { name: /^Ajouter une note/ }).click();
    await expect(this.field).toBeVisible();
  }

  /** Opens the form unless it is open, writes the note, ticks its tags, submits. */
  async add(text: string, tags: string[] = []) {
    if (!(await this.field.isVisible())) await this.open();
    await this.field.fill(text);
    for (const tag of tags) await this.section.getByRole("checkbox", { name: tag }).check();
    await this.section.getByRole("button", { name: "Ajouter la note" }).click();
  }

  /** The "Modifier la note" link of the note starting with `start`. */
  editLink(start: string) {
    return this.section.getByRole("link", { name: new RegExp(`^Modifier la note : ${start}`) });
  }

  item(text: string) {
    return this.section.getByRole("listitem").filter({ hasText: text });
  }
}

/** The CSV import page: choose a file, check it, read the preview. */
export class ImportPage {
  constructor(
    readonly page: Page,
    readonly path: string,
  ) {}

  async open() {
    await this.page.goto(this.path);
  }

  get fileInput() {
    return this.page.getByLabel("Fichier CSV des professionnels");
  }

  /** The error about the file as a whole. */
  get fileError() {
    return this.page.locator("#file-error");
  }

  get summary() {
    return this.page.getByTestId("import-summary");
  }

  get preview() {
    return this.page.getByRole("region", { name: "Aperçu ligne par ligne" });
  }

  /** Chooses the file and asks for the check (on the page as it is: call open() first). */
  async upload(name: string, buffer: Buffer) {
    await this.fileInput.setInputFiles({ name, mimeType: "text/csv", buffer });
    await this.page.getByRole("button", { name: "Vérifier le fichier" }).click();
  }
}
