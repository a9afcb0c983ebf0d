/**
 * Journey 2 — the shared inventory (état des lieux) of the demo commune, Marvejols: the referent and the Fécop's
 * facilitator edit it, professionals confirm their own line without seeing anybody else's age or departure plans,
 * a stale save shows both versions, the CSV goes out and comes back, bad files are refused in French.
 */
import fs from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { InventoryPage, LineForm } from "./pages/inventory-page";
import { readDatabase } from "./database";
import { freshContext, linkFromLatestMail, signInByEmail } from "./support";
import { checkA11y, expectNotFound, uniqueEmail } from "./journeys";

const CODE = "48092";
const BASE = `/communes/${CODE}/etat-des-lieux`;
const SHOTS = process.env.E2E_SCREENSHOTS; // a folder: screenshots of the main states, to look at

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The CSV's rows as arrays of cells (the export has no quoted line breaks in these tests' data except notes). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n") {
      cells.push(cell);
      rows.push(cells);
      cells = [];
      cell = "";
    } else if (c !== "\r") cell += c;
  }
  return rows;
}

test("the referent and the facilitator edit the inventory; indicators follow; every change is in the history", async ({ as }) => {
  test.setTimeout(120_000);
  const page = await as("referent");
  const inventory = new InventoryPage(page, CODE);

  await test.step("the demo inventory: indicators with their sentences, the lines, the themes", async () => {
    await inventory.open();
    await expect(page.getByRole("heading", { level: 1, name: "État des lieux" })).toBeVisible();
    const core = page.getByTestId("core-team");
    await expect(core.getByText("En vue", { exact: true })).toBeVisible();
    await expect(core).toContainText("Équipe cœur en vue : 2 médecins généralistes intéressés et 3 professionnels paramédicaux intéressés");
    await expect(core).toContainText("Attention : l'un des médecins intéressés prévoit de partir d'ici 2 ans.");
    await expect(page.getByText("2 des 4 médecins généralistes prévoient de partir d'ici 2 ans, aucun autre d'ici 5 ans.")).toBeVisible();
    // Every profession's departures: the pharmacist and the physiotherapist leave within 5 years, not within 2.
    await expect(inventory.departures).toContainText("4 des 13 professionnels prévoient de partir d'ici 5 ans, dont 2 d'ici 2 ans.");
    await expect(inventory.departures).toContainText("Pharmacien·ne : 1 d'ici 5 ans, dont 0 d'ici 2 ans");
    await expect(inventory.departures).toContainText("Masseur·se-kinésithérapeute : 1 d'ici 5 ans, dont 0 d'ici 2 ans");
    expect(await inventory.byProfessionFigure("Médecin généraliste", "Départs < 2 ans")).toBe("2");
    expect(await inventory.byProfessionFigure("Médecin généraliste", "Départs < 5 ans")).toBe("2");
    expect(await inventory.byProfessionFigure("Infirmier·ère", "Départs < 5 ans")).toBe("0");
    await expect(page.getByTestId("by-profession").getByRole("row", { name: /Médecin généraliste/ })).toContainText("4");
    await expect(inventory.row("Dr Hélène Vidal")).toContainText("62 ans et plus");
    await expect(page.getByRole("heading", { level: 2, name: "Besoins des habitants" })).toBeVisible();
    await shot(page, "inventaire-rempli");
    await checkA11y(page);
  });

  let id = 0;
  await test.step("adding a line: French errors beside the fields, typed values kept", async () => {
    await page.goto(`${BASE}/professionnels/nouveau`);
    const form = new LineForm(page);
    await form.add();
    await expect(form.error("profession")).toHaveText("Erreur : Choisissez une profession dans la liste.");
    await expect(form.error("name")).toHaveText("Erreur : Indiquez le nom, ou cochez « Fiche anonyme ».");
    await expect(form.error("practiceForm")).toHaveText("Erreur : Choisissez une forme d'exercice dans la liste.");
    await expect(form.profession).toBeFocused();
    await form.profession.selectOption({ label: "Infirmier·ère" });
    await form.name.fill("Zoé Vernhet");
    await form.practiceForm.selectOption({ label: "Cabinet de groupe" });
    await form.note.fill("x".repeat(10_000));
    await form.email.fill("zoe.vernhet@");
    await form.add();
    await expect(form.error("note")).toHaveText(/La note ne peut pas dépasser 2.000 caractères \(elle en compte 10.000\)\./);
    await expect(form.error("email")).toHaveText("Erreur : Indiquez une adresse e-mail valide, par exemple prenom.nom@mairie.fr.");
    await expect(form.name).toHaveValue("Zoé Vernhet");
    await shot(page, "fiche-erreurs");
    await checkA11y(page);

    await form.note.fill("Vient de s'installer ; intéressée par des protocoles avec la pharmacie.");
    await form.email.fill("zoe.vernhet@idel.test");
    await form.nearby("48100", "Montrodat (48103)");
    await form.age.selectOption({ label: "Moins de 40 ans" });
    await form.interest("Oui").check();
    await form.add();
    await expect(page.getByText("La fiche a été ajoutée à l'état des lieux.")).toBeVisible();
    await expect(inventory.row("Zoé Vernhet")).toContainText("À Montrodat");
    await expect(inventory.row("Zoé Vernhet")).toContainText("Saisi par la commune");
    await expect(page.getByTestId("core-team")).toContainText("4 professionnels paramédicaux intéressés");
    id = await inventory.lineId("Zoé Vernhet");
  });

  const fac = new InventoryPage(await as("facilitatrice"), CODE);
  await test.step("the facilitator corrects the same line and adds a note", async () => {
    const form = await fac.openLine(id);
    await expect(form.name).toHaveValue("Zoé Vernhet");
    await form.departure.selectOption({ label: "Pas de départ connu" });
    await form.save();
    await expect(fac.page.getByText("La fiche a été enregistrée.")).toBeVisible();
    await expect(fac.row("Zoé Vernhet")).toContainText("Pas de départ connu");

    const needs = fac.notes("besoins");
    // The form opens on request, for this theme only, its text field focused.
    await expect(needs.field).toHaveCount(0);
    await needs.open();
    await expect(needs.field).toBeFocused();
    await expect(fac.notes("offres").field).toHaveCount(0);
    await checkA11y(fac.page);
    await needs.add("Des parents signalent des difficultés pour trouver une orthophoniste.", ["Enfants et familles"]);
    await expect(needs.section.getByText("Note ajoutée.")).toBeVisible();
    await expect(needs.item("Des parents signalent")).toContainText("Enfants et familles");
    await expect(needs.section.getByLabel(/^Nouvelle note/)).toHaveValue("");
  });

  await test.step("the referent sees it, edits then deletes the note after confirming", async () => {
    await inventory.open();
    await expect(inventory.row("Zoé Vernhet")).toContainText("Pas de départ connu");
    const needs = inventory.notes("besoins");
    await needs.editLink("Des parents signalent").click();
    await expect(page.getByRole("heading", { level: 1, name: "Modifier une note : besoins des habitants" })).toBeVisible();
    await page.getByLabel("Texte de la note").fill("Des parents signalent six mois d'attente pour une orthophoniste.");
    await page.getByRole("checkbox", { name: "Délais de rendez-vous" }).check();
    await page.getByRole("button", { name: "Enregistrer la note" }).click();
    await expect(page.getByText("La note a été enregistrée.")).toBeVisible();
    await expect(needs.section.getByText("six mois d'attente")).toBeVisible();

    await needs.editLink("Des parents signalent six mois").click();
    await page.getByText("Supprimer cette note…").click();
    await expect(page.getByText("Supprimer définitivement cette note de l'état des lieux ?")).toBeVisible();
    await checkA11y(page);
    await page.getByRole("button", { name: "Oui, supprimer définitivement" }).click();
    await expect(page.getByText("La note a été supprimée.")).toBeVisible();
    await expect(page.getByText("six mois d'attente")).toHaveCount(0);
  });

  await test.step("a nurse who plans to leave within 5 years shows in the nurses' row and in the departures", async () => {
    const form = await inventory.openLine(id);
    await form.departure.selectOption({ label: "Départ prévu dans 2 à 5 ans" });
    await form.save();
    await expect(page.getByText("La fiche a été enregistrée.")).toBeVisible();
    expect(await inventory.byProfessionFigure("Infirmier·ère", "Départs < 2 ans")).toBe("0");
    expect(await inventory.byProfessionFigure("Infirmier·ère", "Départs < 5 ans")).toBe("1");
    await expect(inventory.departures).toContainText("Infirmier·ère : 1 d'ici 5 ans, dont 0 d'ici 2 ans");
    await expect(inventory.departures).toContainText("5 des 14 professionnels prévoient de partir d'ici 5 ans, dont 2 d'ici 2 ans.");
    await inventory.filter({ departure: "Départ d'ici 5 ans (2 ans compris)" });
    await expect(inventory.row("Zoé Vernhet")).toContainText("Départ prévu dans 2 à 5 ans");
    await expect(inventory.listCount).toHaveText("5 fiches correspondant aux critères, sur 14 recensées.");
  });

  await test.step("deleting a line asks first, then removes it", async () => {
    await inventory.openLine(id);
    await page.getByText("Supprimer cette fiche…").click();
    await expect(page.getByText("Supprimer définitivement la fiche Zoé Vernhet (infirmier·ère) de l'état des lieux ?")).toBeVisible();
    await page.getByRole("button", { name: "Non, garder" }).click();
    await expect(page.getByRole("button", { name: "Oui, supprimer définitivement" })).toBeHidden();
    await page.getByText("Supprimer cette fiche…").click();
    await page.getByRole("button", { name: "Oui, supprimer définitivement" }).click();
    await expect(page.getByText("La fiche a été supprimée de l'état des lieux.")).toBeVisible();
    await expect(inventory.row("Zoé Vernhet")).toHaveCount(0);
    expect((await page.goto(inventory.linePath(id)))?.status()).toBe(404);
  });

  await test.step("the history names who did what", async () => {
    await page.goto(`/communes/${CODE}/historique`);
    await expect(page.getByText("Thomas Rouquette a ajouté Zoé Vernhet (infirmier·ère) à l'état des lieux.")).toBeVisible();
    await expect(page.getByText("Inès Benali a modifié la fiche Zoé Vernhet (infirmier·ère) (départ envisagé).")).toBeVisible();
    await expect(page.getByText(/^Inès Benali a ajouté une note « Besoins des habitants » : « Des parents signalent des difficultés/)).toBeVisible();
    await expect(page.getByText(/^Thomas Rouquette a supprimé une note « Besoins des habitants »/)).toBeVisible();
    await expect(page.getByText("Thomas Rouquette a supprimé la fiche Zoé Vernhet (infirmier·ère) de l'état des lieux.")).toBeVisible();
  });
});

/** A line as stored, read from the served database (the proof of what a save wrote). */
function storedLine(id: number) {
  return readDatabase(
    (db) =>
      db.prepare("SELECT interest, departure, age_bracket AS age, note, phone, email, version FROM professional WHERE id = ?").get(id) as {
        interest: string;
        departure: string;
        age: string;
        note: string | null;
        phone: string | null;
        email: string | null;
        version: number;
      },
  );
}

test("a stale save merges three ways: the other person's changes are kept, only a field both changed needs a choice", async ({ as }) => {
  test.setTimeout(120_000);
  const ref = new InventoryPage(await as("referent"), CODE);
  const fac = new InventoryPage(await as("facilitatrice"), CODE);
  const id = await ref.addLine({ profession: "Masseur·se-kinésithérapeute", name: "Bruno Conflit" });
  const conflict = ref.page.getByTestId("conflict");
  const row = (label: RegExp) => conflict.getByRole("row", { name: label });

  await test.step("B changes the interest, A the departure: A's « Enregistrer ma version » saves both", async () => {
    const refForm = await ref.openLine(id);
    const facForm = await fac.openLine(id);
    await facForm.interest("Peut-être").check();
    await facForm.save();
    await expect(fac.page.getByText("La fiche a été enregistrée.")).toBeVisible();

    await refForm.departure.selectOption({ label: "Départ prévu dans 2 à 5 ans" });
    await refForm.save();
    await expect(ref.page.locator("[data-form-error]")).toContainText("Inès Benali a enregistré une autre version le");
    await expect(conflict.getByRole("heading", { name: "Deux versions à comparer" })).toBeVisible();
    await expect(row(/^Départ envisagé/)).toHaveText(/Vous avez modifié ce champ\s*Départ prévu dans 2 à 5 ans\s*Inconnu/);
    await expect(row(/^Intérêt pour travailler ensemble/)).toHaveText(/Modifié par Inès Benali, repris dans le formulaire\s*Pas encore sollicité·e\s*Peut-être/);
    await expect(conflict.getByRole("row")).toHaveCount(3); // the header and the two fields changed; the others are not listed
    await expect(conflict).toContainText("Aucun champ n'a été modifié des deux côtés");
    await expect(conflict).toContainText("garde celles de Inès Benali sur les champs que vous n'avez pas touchés");
    // B's change is already in A's form, beside what A typed.
    await expect(refForm.interest("Peut-être")).toBeChecked();
    await expect(refForm.departure).toHaveValue("2_5_ans");
    await shot(ref.page, "conflit");
    await checkA11y(ref.page);

    await conflict.getByRole("button", { name: "Enregistrer ma version" }).click();
    await expect(ref.page.getByText("La fiche a été enregistrée.")).toBeVisible();
    await expect(ref.row("Bruno Conflit")).toContainText("Peut-être");
    await expect(ref.row("Bruno Conflit")).toContainText("Départ prévu dans 2 à 5 ans");
    expect(storedLine(id)).toMatchObject({ interest: "peut_etre", departure: "2_5_ans", version: 3 });
  });

  await test.step("both change the note: both values side by side, A chooses; B's phone and A's e-mail are saved too", async () => {
    const refForm = await ref.openLine(id);
    const facForm = await fac.openLine(id);
    await facForm.note.fill("Appeler le cabinet le lundi matin.");
    await facForm.phone.fill("04 66 32 11 22");
    await facForm.save();
    await expect(fac.page.getByText("La fiche a été enregistrée.")).toBeVisible();

    await refForm.note.fill("Préfère être contacté par e-mail.");
    await refForm.email.fill("bruno.conflit@kine.test");
    await refForm.save();
    const note = row(/^Note/);
    await expect(note).toContainText("Modifié par vous et par Inès Benali : votre saisie est dans le formulaire");
    await expect(note).toContainText("Préfère être contacté par e-mail.");
    await expect(note).toContainText("Appeler le cabinet le lundi matin.");
    await expect(row(/^Téléphone/)).toContainText("Modifié par Inès Benali, repris dans le formulaire");
    await expect(row(/^E-mail/)).toContainText("Vous avez modifié ce champ");
    await expect(conflict).toContainText("Un champ a été modifié des deux côtés : choisissez la valeur à garder.");
    await expect(refForm.phone).toHaveValue("04 66 32 11 22");
    await expect(refForm.note).toHaveValue("Préfère être contacté par e-mail.");
    await shot(ref.page, "conflit-deux-cotes");
    await checkA11y(ref.page);

    const takeTheirs = note.getByRole("button", { name: "Prendre la valeur de Inès Benali : Note" });
    const keepMine = note.getByRole("button", { name: "Garder ma saisie : Note" });
    await expect(keepMine).toHaveAttribute("aria-pressed", "true");
    await takeTheirs.click();
    await expect(refForm.note).toHaveValue("Appeler le cabinet le lundi matin.");
    await expect(takeTheirs).toHaveAttribute("aria-pressed", "true");
    await expect(note).toContainText("la valeur de Inès Benali est dans le formulaire");
    await keepMine.click();
    await expect(refForm.note).toHaveValue("Préfère être contacté par e-mail.");
    await takeTheirs.click();
    await expect(refForm.note).toHaveValue("Appeler le cabinet le lundi matin.");

    await conflict.getByRole("button", { name: "Enregistrer ma version" }).click();
    await expect(ref.page.getByText("La fiche a été enregistrée.")).toBeVisible();
    expect(storedLine(id)).toMatchObject({
      note: "Appeler le cabinet le lundi matin.",
      phone: "04 66 32 11 22",
      email: "bruno.conflit@kine.test",
      interest: "peut_etre",
      departure: "2_5_ans",
    });
  });

  await test.step("« Reprendre la version de » puts the whole stored version back in the form", async () => {
    const refForm = await ref.openLine(id);
    const facForm = await fac.openLine(id);
    await facForm.age.selectOption({ label: "55 à 61 ans" });
    await facForm.save();
    await expect(fac.page.getByText("La fiche a été enregistrée.")).toBeVisible();

    await refForm.departure.selectOption({ label: "Pas de départ connu" });
    await refForm.save();
    await expect(row(/^Tranche d'âge/)).toContainText("Modifié par Inès Benali, repris dans le formulaire");
    await conflict.getByRole("button", { name: "Reprendre la version de Inès Benali" }).click();
    await expect(conflict).toHaveCount(0);
    await expect(refForm.age).toHaveValue("55_61");
    await expect(refForm.departure).toHaveValue("2_5_ans"); // A's change is gone: the stored version as it is
    await refForm.departure.selectOption({ label: "Pas de départ connu" });
    await refForm.save();
    await expect(ref.page.getByText("La fiche a été enregistrée.")).toBeVisible();
    expect(storedLine(id)).toMatchObject({ age: "55_61", departure: "aucun", note: "Appeler le cabinet le lundi matin." });
  });

  await test.step("on a note: both change the text and A keeps hers; the tag B added is kept", async () => {
    await ref.open();
    const href = await ref.notes("offres").editLink("Deux pharmacies").getAttribute("href");
    const noteId = Number(new URL(href!, "http://x").pathname.split("/").pop());
    await ref.page.goto(href!);
    await fac.page.goto(href!);
    await fac.page.getByLabel("Texte de la note").fill("Deux pharmacies, un EHPAD de 80 places, un SSIAD ; transport solidaire le mardi et le jeudi.");
    await fac.page.getByRole("checkbox", { name: "PMI" }).check();
    await fac.page.getByRole("button", { name: "Enregistrer la note" }).click();
    await expect(fac.page.getByText("La note a été enregistrée.")).toBeVisible();
    await ref.page.getByLabel("Texte de la note").fill("Deux pharmacies, un EHPAD, un SSIAD ; le CCAS organise le transport solidaire.");
    await ref.page.getByRole("button", { name: "Enregistrer la note" }).click();
    await expect(row(/^Texte/)).toContainText("Modifié par vous et par Inès Benali");
    await expect(row(/^Texte/)).toContainText("le mardi et le jeudi");
    await expect(row(/^Texte/)).toContainText("le CCAS organise le transport solidaire");
    await expect(row(/^Mots-clés/)).toContainText("Modifié par Inès Benali, repris dans le formulaire");
    await expect(ref.page.getByRole("checkbox", { name: "PMI" })).toBeChecked();
    await checkA11y(ref.page);
    await conflict.getByRole("button", { name: "Enregistrer ma version" }).click();
    await expect(ref.page.getByText("La note a été enregistrée.")).toBeVisible();
    await expect(ref.notes("offres").section.getByText("le CCAS organise le transport solidaire")).toBeVisible();
    const stored = readDatabase((db) => db.prepare("SELECT text, tags FROM inventory_note WHERE id = ?").get(noteId) as { text: string; tags: string });
    expect(stored.text).toBe("Deux pharmacies, un EHPAD, un SSIAD ; le CCAS organise le transport solidaire.");
    expect(JSON.parse(stored.tags)).toContain("pmi");
  });
});

test("professionals confirm their own line; another professional never sees ages or departures", async ({ as, browser }) => {
  test.setTimeout(150_000);
  const page = await as("referent");
  const inventory = new InventoryPage(page, CODE);
  const lucie = uniqueEmail("lucie.chabrol", "idel.test");
  const camille = uniqueEmail("camille.boyer", "ortho.test");

  async function invite(name: string, email: string) {
    await inventory.openLineOf(name);
    await page.getByLabel("Adresse e-mail du professionnel").fill(email);
    await page.getByRole("button", { name: "Inviter à confirmer sa fiche" }).click();
    await expect(page.getByText(`Invitation en cours d'envoi à ${email}.`, { exact: false })).toBeVisible();
    await expect(page.getByRole("button", { name: `Renvoyer l'invitation à ${email}` })).toBeVisible();
    await checkA11y(page);
  }

  async function accept(email: string) {
    const { context, page: p } = await freshContext(browser);
    const link = await linkFromLatestMail(p, email, /vous invite à vérifier votre fiche/);
    await p.goto(link);
    await expect(p.getByRole("heading", { level: 1, name: "Vous êtes invité·e sur Boussole" })).toBeVisible();
    await expect(p.getByText("membre de l'espace santé de Marvejols, en tant que professionnel·le de santé")).toBeVisible();
    await checkA11y(p);
    await p.getByRole("button", { name: "Accepter l'invitation" }).click();
    await expect(p).toHaveURL(/\/etat-des-lieux\/professionnels\/\d+\?bienvenue=1$/);
    await expect(p.getByRole("heading", { level: 1, name: "Ma fiche" })).toBeVisible();
    return { context, page: p };
  }

  await test.step("the referent invites Lucie Chabrol from her line", async () => {
    await invite("Lucie Chabrol", lucie);
    await inventory.open();
    await expect(inventory.row("Lucie Chabrol")).toContainText("Invitée à confirmer");
  });

  const pro = await test.step("Lucie accepts, corrects and confirms her line", async () => {
    const p = await accept(lucie);
    await expect(p.page.getByText("Votre compte est créé et relié à votre fiche.")).toBeVisible();
    const form = new LineForm(p.page);
    await expect(form.name).toHaveValue("Lucie Chabrol");
    await expect(form.age).toHaveValue("moins_40");
    await expect(p.page.getByLabel("Source de la fiche")).toHaveCount(0);
    await shot(p.page, "ma-fiche");
    await checkA11y(p.page);
    await form.departure.selectOption({ label: "Départ prévu dans 2 à 5 ans" });
    await p.page.getByRole("button", { name: "Confirmer ma fiche" }).click();
    await expect(p.page.getByText("Merci : votre fiche est confirmée.", { exact: false })).toBeVisible();
    const mine = p.page.locator("section").filter({ has: p.page.getByRole("heading", { level: 2, name: "Ma fiche" }) });
    await expect(mine).toContainText("Départ prévu dans 2 à 5 ans");
    await expect(mine).toContainText(/Confirmée par vous le/);
    return p;
  });

  await test.step("the team sees the line confirmed, with Lucie's correction", async () => {
    await inventory.open();
    await expect(inventory.row("Lucie Chabrol")).toContainText("Confirmée");
    await expect(inventory.row("Lucie Chabrol")).toContainText("Départ prévu dans 2 à 5 ans");
  });

  await test.step("Camille Boyer joins too; her page carries nobody else's age, departure, contact or note", async () => {
    await invite("Camille Boyer", camille);
    const other = await accept(camille);
    const otherView = new InventoryPage(other.page, CODE);
    await otherView.open();
    await expect(other.page.getByRole("heading", { level: 1, name: "État des lieux" })).toBeVisible();
    await expect(otherView.row("Lucie Chabrol")).toContainText("Infirmier·ère");
    await expect(other.page.getByRole("columnheader", { name: "Âge" })).toHaveCount(0);
    await expect(other.page.getByText("Âges et départs")).toBeVisible();
    await shot(other.page, "vue-professionnelle");
    await checkA11y(other.page);
    // Nowhere in the HTML nor in the RSC payload (not hidden with CSS: absent).
    const forbidden = [
      "Départ prévu dans 2 à 5 ans", // Lucie's correction
      "62 ans et plus",
      "55 à 61 ans",
      "40 à 54 ans",
      "Départ prévu d'ici 2 ans",
      "62_plus",
      "moins_2_ans",
      "2_5_ans",
      "55_61",
      "40_54",
      "Cherche un successeur",
      "h.vidal@cabinet-soubeyran.test",
      "04 66 32 10 21",
      lucie,
      "prévoit de partir",
    ];
    const html = await (await other.page.request.get(BASE)).text();
    const rsc = await (await other.page.request.get(BASE, { headers: { RSC: "1" } })).text();
    const dom = await other.page.content();
    for (const text of forbidden) {
      expect(html, `HTML: ${text}`).not.toContain(text);
      expect(rsc, `RSC: ${text}`).not.toContain(text);
      expect(dom, `DOM: ${text}`).not.toContain(text);
    }
    // Her own line is hers to see.
    expect(dom).toContain("Moins de 40 ans");

    await inventory.open();
    const lucieId = await inventory.lineId("Lucie Chabrol");
    await expectNotFound(other.page, inventory.linePath(lucieId));
    await expectNotFound(other.page, `${BASE}/import`);
    await expectNotFound(other.page, `/communes/${CODE}/historique`);
    expect((await other.page.request.get(`${BASE}/export`)).status()).toBe(404);
    await other.context.close();
  });
  await pro.context.close();
});

test("CSV: export then import into an empty commune gives the same lines; a second import is refused as duplicates", async ({ as, browser }) => {
  test.setTimeout(120_000);
  const ref = new InventoryPage(await as("referent"), CODE);

  const exported = await test.step("the referent exports Marvejols' professionals", async () => {
    await ref.open();
    const [download] = await Promise.all([ref.page.waitForEvent("download"), ref.page.getByRole("link", { name: "Exporter (CSV)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^etat-des-lieux-marvejols-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const text = bytes.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]).toBe(
      "Identifiant;Profession;Précision de la profession;Nom;Lieu d'exercice;Commune d'exercice;Forme d'exercice;Tranche d'âge;Départ envisagé;Intérêt pour travailler ensemble;E-mail;Téléphone;Note;Source;Version",
    );
    expect(text).toContain("Dr Hélène Vidal");
    return { bytes, text };
  });

  // The demo's second commune (Saint-Chély-d'Apcher) has an empty inventory.
  const { context, page } = await freshContext(browser);
  await signInByEmail(page, "maire.saint-chely@demo.boussole.fr");
  const other = new InventoryPage(page, "48140");
  const importPage = other.importPage();

  await test.step("empty state", async () => {
    await other.open();
    await expect(page.getByRole("heading", { name: "Aucun professionnel recensé pour l'instant" })).toBeVisible();
    await expect(page.getByTestId("core-team")).toContainText("Pas encore d'équipe cœur");
    await shot(page, "inventaire-vide");
    await checkA11y(page);
  });

  const importFile = async (name: string, buffer: Buffer) => {
    await importPage.open();
    await importPage.upload(name, buffer);
  };

  const lineCount = csvRows(exported.text).length - 1;
  await test.step("preview, then confirm", async () => {
    await importFile("export-marvejols.csv", exported.bytes);
    await expect(importPage.summary).toHaveText(`${lineCount} lignes lues : ${lineCount} nouvelles fiches, 0 modification, 0 sans changement, 0 ligne en erreur.`);
    await shot(page, "import-apercu");
    await checkA11y(page);
    await page.getByRole("button", { name: `Importer : ${lineCount} fiches ajoutées` }).click();
    await expect(page.getByText(`Import terminé : ${lineCount} fiches ajoutées, 0 fiche modifiée.`)).toBeVisible();
  });

  await test.step("the new commune's export has the same lines (identifiers and versions aside)", async () => {
    const back = (await other.exportText()).replace(/^\uFEFF/, "");
    const strip = (rows: string[][]) =>
      rows
        .slice(1)
        // Identifiant and Version are the records' own; a line confirmed by its professional in Marvejols is,
        // in the other commune, only "entered by the commune".
        .map((r) => [...r.slice(1, 13), r[13] === "Confirmé par le professionnel" ? "Saisi par la commune" : r[13]].join(";"))
        .sort();
    expect(strip(csvRows(back))).toEqual(strip(csvRows(exported.text)));
  });

  await test.step("importing the same file again: every named line is a duplicate, nothing is written", async () => {
    const anonymous = csvRows(exported.text).filter((r, i) => i > 0 && r[3] === "").length; // never duplicates
    await importFile("export-marvejols.csv", exported.bytes);
    await expect(importPage.summary).toHaveText(
      `${lineCount} lignes lues : ${anonymous} nouvelle fiche, 0 modification, 0 sans changement, ${lineCount - anonymous} lignes en erreur.`,
    );
    await expect(page.getByText("Le fichier contient des erreurs : rien n'a été enregistré")).toBeVisible();
    await expect(page.getByText(/^Doublon : Dr Hélène Vidal \(médecin généraliste\) figure déjà dans l'état des lieux/)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
    const after = (await other.exportText()).replace(/^\uFEFF/, "");
    expect(csvRows(after).length - 1).toBe(lineCount);
  });
  await context.close();
});

test("bad files are refused in French, row by row or as a whole, and nothing is written", async ({ as }) => {
  test.setTimeout(90_000);
  const page = await as("facilitatrice");
  const inventory = new InventoryPage(page, CODE);
  const before = await inventory.exportText();

  const importPage = inventory.importPage();
  const upload = (name: string, buffer: Buffer) => importPage.upload(name, buffer);
  await importPage.open();
  await expect(page.getByRole("heading", { level: 1, name: "Importer des professionnels" })).toBeVisible();
  await checkA11y(page);
  const fileError = importPage.fileError;

  await upload("virgules.csv", Buffer.from("Profession,Nom,Forme d'exercice\nInfirmier,Zoé Roux,Exercice isolé\n"));
  await expect(fileError).toContainText("Les colonnes de ce fichier sont séparées par des virgules ; Boussole attend des points-virgules (;)");
  await expect(importPage.fileInput).toBeFocused();
  await checkA11y(page);

  await upload("excel.csv", Buffer.from("Profession;Nom;Forme d'exercice\nInfirmi\xe8re;Zo\xe9 Roux;Exercice isol\xe9\n", "latin1"));
  await expect(fileError).toContainText("Ce fichier n'est pas encodé en UTF-8");

  await upload("sans-titres.csv", Buffer.from("Infirmier;Zoé Roux;Exercice isolé\n"));
  await expect(fileError).toContainText("La première ligne doit contenir les titres des colonnes");

  await upload("enorme.csv", Buffer.alloc(5 * 1024 * 1024, "a"));
  await expect(fileError).toContainText(/Le fichier pèse 5 Mo : la limite est de 512 Ko/);

  await upload("guillemet.csv", Buffer.from('Profession;Nom;Forme d\'exercice\nInfirmier;"Zoé Roux;Exercice isolé\n'));
  await expect(fileError).toContainText("Un guillemet ouvert ligne 2 n'est jamais refermé");

  await upload(
    "lignes.csv",
    Buffer.from(
      [
        "Profession;Nom;Forme d'exercice;E-mail;Note",
        "Infirmière;Zoé Roux;Exercice isolé;zoe.roux@idel.test;",
        "Ostéo;Luc Blanc;Exercice isolé;;",
        "Pharmacien;Ana Lopez;Exercice isolé;ana.lopez@;",
        "Infirmier;zoe roux;Cabinet de groupe;;",
        `Infirmier;Léa Roux;Exercice isolé;;${"x".repeat(10_000)}`,
        "Médecin généraliste;Dr Karim Haddad;Cabinet de groupe;;",
      ].join("\r\n"),
    ),
  );
  const table = importPage.preview;
  await expect(importPage.summary).toHaveText("6 lignes lues : 1 nouvelle fiche, 0 modification, 0 sans changement, 5 lignes en erreur.");
  await expect(table.getByRole("row", { name: /^3 / })).toContainText("Profession inconnue : « Ostéo »");
  await expect(table.getByRole("row", { name: /^4 / })).toContainText("E-mail : Indiquez une adresse e-mail valide");
  await expect(table.getByRole("row", { name: /^5 / })).toContainText("Doublon : même profession et même nom qu'à la ligne 2.");
  await expect(table.getByRole("row", { name: /^6 / })).toContainText(/La note ne peut pas dépasser 2.000 caractères/);
  await expect(table.getByRole("row", { name: /^7 / })).toContainText("Doublon : Dr Karim Haddad (médecin généraliste) figure déjà dans l'état des lieux");
  await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
  await shot(page, "import-erreurs");
  await checkA11y(page);

  expect(await inventory.exportText()).toBe(before);
});

test.describe("without JavaScript", () => {
  test("a line is corrected and a note added: errors beside the fields, values kept", async ({ as }) => {
    const page = await as("referent", { javaScriptEnabled: false });
    const inventory = new InventoryPage(page, CODE);
    await inventory.open();
    await page.goto(await inventory.lineHref("Dr Karim Haddad"));
    const form = new LineForm(page);
    await expect(form.name).toHaveValue("Dr Karim Haddad"); // rendered by the server, not filled by a script
    await expect(form.age).toHaveValue("40_54");
    await form.name.fill("");
    await form.note.fill("Maître de stage ; accueille aussi des externes.");
    await form.save();
    await expect(form.error("name")).toHaveText("Erreur : Indiquez le nom, ou cochez « Fiche anonyme ».");
    await expect(form.note).toHaveValue("Maître de stage ; accueille aussi des externes.");
    await form.name.fill("Dr Karim Haddad");
    await form.save();
    await expect(page.getByText("La fiche a été enregistrée.")).toBeVisible();

    await inventory.notes("opportunites").add("Un interne de 2025 cherche un cabinet pour s'installer.", ["Projet d'installation"]);
    await inventory.open();
    await expect(inventory.notes("opportunites").item("Un interne de 2025")).toContainText("Projet d'installation");
  });

  test("a stale save compares the two versions side by side (the loaded values are not known)", async ({ as }) => {
    const fac = new InventoryPage(await as("facilitatrice"), CODE);
    const page = await as("referent", { javaScriptEnabled: false });
    const ref = new InventoryPage(page, CODE);
    const id = await fac.addLine({ profession: "Orthophoniste", name: "Nadia Sansscript" });
    const refForm = await ref.openLine(id);
    const facForm = await fac.openLine(id);
    await facForm.interest("Peut-être").check();
    await facForm.save();
    await expect(fac.page.getByText("La fiche a été enregistrée.")).toBeVisible();

    await refForm.departure.selectOption({ label: "Départ prévu dans 2 à 5 ans" });
    await refForm.save();
    const conflict = page.getByTestId("conflict");
    await expect(conflict.getByRole("heading", { name: "Deux versions à comparer" })).toBeVisible();
    await expect(conflict.getByRole("row", { name: /^Intérêt pour travailler ensemble/ })).toHaveText(/Pas encore sollicité·e\s*Peut-être/);
    await expect(conflict.getByRole("row", { name: /^Départ envisagé/ })).toHaveText(/Départ prévu dans 2 à 5 ans\s*Inconnu/);
    await expect(conflict).not.toContainText("Vous avez modifié ce champ");
    await expect(conflict).toContainText("« Enregistrer ma version » remplace celle de Inès Benali.");
    await expect(refForm.departure).toHaveValue("2_5_ans");
  });
});
