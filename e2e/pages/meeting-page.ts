/**
 * The meeting screens: a commune's list of meetings, the preparation/edit form, a meeting's page (invitees,
 * sending, reminders), and the page an invitee opens from the e-mailed link.
 */
import { expect, type Page } from "@playwright/test";
import { clickAndConfirm } from "../support";

export type Invitee = { name: string; profession: string; email: string };
export type Answer = "Oui" | "Non" | "Peut-être";

/** The meeting the demo seeds in Marvejols (its first meeting, already sent). */
export const DEMO_MEETING = "Première rencontre avec les professionnels de santé";

/** A commune's meetings list, and the way to the meetings in it. */
export class MeetingsPage {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  get path() {
    return `/communes/${this.code}/reunions`;
  }

  async open() {
    await this.page.goto(this.path);
  }

  /** Opens a meeting from the list, by its title's link. */
  async openMeeting(title: string): Promise<MeetingPage> {
    await this.open();
    await this.page.getByRole("link", { name: title }).click();
    await expect(this.page).toHaveURL(/\/reunions\/\d+$/);
    return new MeetingPage(this.page);
  }
}

/** The preparation form (new meeting) and the edit form: the meeting's fields and its agenda. */
export class MeetingForm {
  constructor(readonly page: Page) {}

  get title() {
    return this.page.getByLabel("Titre");
  }
  get date() {
    return this.page.getByLabel("Date");
  }
  get startTime() {
    return this.page.getByLabel("Heure de début");
  }
  get duration() {
    return this.page.getByLabel("Durée (en minutes)");
  }
  get place() {
    return this.page.getByLabel("Lieu");
  }
  /** An agenda item's group, by the start of its accessible name ("Point 3 :" or "Point 2 : Tour de table…"). */
  agendaItem(name: string | RegExp) {
    return this.page.getByRole("group", { name });
  }
  error(field: string) {
    return this.page.locator(`#${field}-error`);
  }
  async saveDraft() {
    await this.page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  }
  async saveChanges() {
    await this.page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  }
}

/** A meeting's page, as its organisers see it. */
export class MeetingPage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    await this.page.goto(path);
  }

  /** The invitees' lines (the list's own items: not those of a selected invitee's details). */
  get invitees() {
    return this.page.getByRole("list", { name: "Invité·es et leurs réponses" }).locator(":scope > li");
  }

  /** An invitee's line, by any text in it (the address, usually); once selected, it holds their details and actions. */
  invitee(text: string) {
    return this.invitees.filter({ hasText: text });
  }

  /** The invitee opened by `?invite=` (one at a time): their answer in full, their delivery, resend and remove. */
  get selectedInvitee() {
    return this.invitees.and(this.page.locator('[aria-current="true"]'));
  }

  /**
   * Opens an invitee's line (its name is a link to `?invite=`), and waits for it to open in place, focused: only the
   * selected invitee carries the forms that resend or remove.
   */
  async openInvitee(text: string) {
    await this.invitee(text).getByRole("link").first().click();
    const line = this.selectedInvitee.filter({ hasText: text });
    await expect(line.getByRole("region")).toBeFocused();
    return line;
  }

  /** The inventory picker's search (a GET form), and what it found. */
  get pickerSearch() {
    return this.page.getByRole("search", { name: "Chercher dans l'état des lieux" });
  }

  async searchInventory(text: string) {
    await this.pickerSearch.getByLabel("Nom, profession ou adresse e-mail").fill(text);
    await this.pickerSearch.getByRole("button", { name: "Chercher" }).click();
    await expect(this.pickerSummary).toContainText(`« ${text} »`);
  }

  /** How many lines match the picker's search, and whether only the first are shown. */
  get pickerSummary() {
    return this.page.getByTestId("picker-summary");
  }

  /** The inventory lines the picker offers, as checkboxes. */
  get pickerChoices() {
    return this.page.getByRole("group", { name: "Professionnel·les de l'état des lieux ayant une adresse e-mail" });
  }

  /** Ticks these lines of the picker (by the start of their label) and adds them (no wait: the caller checks the outcome). */
  async addPicked(...names: string[]) {
    for (const name of names) await this.pickerChoices.getByRole("checkbox", { name: new RegExp(`^${name}`) }).check();
    await this.page.locator("form").filter({ has: this.pickerChoices }).getByRole("button", { name: /^Ajouter/ }).click();
  }

  /** The form that adds one invitee at a time. */
  get inviteeForm() {
    return this.page.locator("form").filter({ has: this.page.getByLabel("Prénom et nom") });
  }

  /** Types an invitee into the one-at-a-time form and submits it (no wait: the caller checks the outcome). */
  async addInvitee(p: Invitee) {
    const form = this.inviteeForm;
    await form.getByLabel("Prénom et nom").fill(p.name);
    await form.getByLabel("Profession").selectOption({ label: p.profession });
    await form.getByLabel("Adresse e-mail").fill(p.email);
    await form.getByRole("button", { name: "Ajouter aux invité·es" }).click();
  }

  /** The box where a list of addresses is pasted. */
  get pastedEmails() {
    return this.page.getByLabel("Adresses e-mail");
  }

  /** Pastes addresses (with the profession of these people, if given) and submits them. */
  async pasteInvitees(text: string, profession?: string) {
    await this.pastedEmails.fill(text);
    if (profession) await this.page.getByLabel("Profession de ces personnes").selectOption({ label: profession });
    await this.page.getByRole("button", { name: "Ajouter aux invité·es" }).last().click();
  }

  /** "Envoyer les invitations (n)", confirmed. */
  async sendInvitations(count: number) {
    await clickAndConfirm(this.page, this.page.getByRole("button", { name: `Envoyer les invitations (${count})` }));
  }

  /** The reminder button ("Relancer les personnes sans réponse (n)"). */
  get remindButton() {
    return this.page.getByRole("button", { name: /^Relancer les personnes sans réponse/ });
  }

  /** The reminder's form (its hidden fields carry the commune and the meeting). */
  get remindForm() {
    return this.page.locator("form").filter({ has: this.remindButton });
  }

  /** Sends the reminder, confirmed. */
  async remind() {
    await clickAndConfirm(this.page, this.remindButton);
  }

  get answerCounts() {
    return this.page.getByTestId("answer-counts");
  }
}

/** The page an invitee opens from the e-mailed link, without an account. */
export class AnswerPage {
  constructor(readonly page: Page) {}

  choice(answer: Answer) {
    return this.page.getByRole("radio", { name: new RegExp(`^${answer}`) });
  }
  get comment() {
    return this.page.getByLabel("Un commentaire pour les organisateurs");
  }
  /** The first answer: "Enregistrer ma réponse". */
  async save() {
    await this.page.getByRole("button", { name: "Enregistrer ma réponse" }).click();
  }
  /** A later one: "Modifier ma réponse". */
  async change() {
    await this.page.getByRole("button", { name: "Modifier ma réponse" }).click();
  }
  thanks(answer: Answer) {
    return this.page.getByText(`Merci, votre réponse « ${answer} » est enregistrée.`);
  }
  /** The confirmation's heading, where the focus goes once the answer is saved. */
  confirmation(answer: Answer) {
    return this.page.getByRole("heading", { name: `Merci, votre réponse « ${answer} » est enregistrée.` });
  }
  /** Chooses a first answer, sends it, and waits for the thanks. */
  async answer(answer: Answer) {
    await this.choice(answer).check();
    await this.save();
    await expect(this.thanks(answer)).toBeVisible();
  }
}
