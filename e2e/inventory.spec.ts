/**
 * Journey 2 — the shared inventory (état des lieux) of the demo commune, Marvejols: the referent and the Fécop's
 * facilitator edit it, professionals confirm their own line without seeing anybody else's age or departure plans,
 * a stale save shows both versions, the CSV goes out and comes back, bad files are refused in French.
 */
import fs from "node:fs";
import { test, expect, type Browser, type Page } from "@playwright/test";
import { DEMO, freshContext, linkFromLatestMail, signInByEmail, storageStateOf } from "./support";
import { checkA11y, expectNotFound, uniqueEmail } from "./journeys";

const CODE = "48092";
const BASE = `/communes/${CODE}/etat-des-lieux`;
const SHOTS = process.env.E2E_SCREENSHOTS; // a folder: screenshots of the main states, to look at

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function signedInAs(browser: Browser, role: keyof typeof DEMO) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return { context, page: await context.newPage() };
}

/** The professional's form (new line, team's edit, or the professional's own). */
class LineForm {
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
}

/** Adds a line through the form and comes back to the inventory; returns the line's id. */
async function addLine(page: Page, l: { profession: string; name: string; practiceForm?: string; interest?: string; age?: string; departure?: string; email?: string }) {
  await page.goto(`${BASE}/professionnels/nouveau`);
  const form = new LineForm(page);
  await form.profession.selectOption({ label: l.profession });
  await form.name.fill(l.name);
  await form.practiceForm.selectOption({ label: l.practiceForm ?? "Exercice isolé" });
  if (l.age) await form.age.selectOption({ label: l.age });
  if (l.departure) await form.departure.selectOption({ label: l.departure });
  if (l.interest) await form.interest(l.interest).check();
  if (l.email) await form.email.fill(l.email);
  await page.getByRole("button", { name: "Ajouter la fiche" }).click();
  await expect(page.getByText("La fiche a été ajoutée à l'état des lieux.")).toBeVisible();
  return lineId(page, l.name);
}

function row(page: Page, name: string) {
  return page.getByTestId("professionals").getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(name) }) });
}

async function lineId(page: Page, name: string): Promise<number> {
  const href = await row(page, name).getByRole("link", { name: /^Modifier/ }).getAttribute("href");
  return Number(href!.split("/").pop());
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
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") cells.push(cell), (cell = "");
    else if (c === "\r") continue;
    else if (c === "\n") cells.push(cell), rows.push(cells), (cells = []), (cell = "");
    else cell += c;
  }
  return rows;
}

test("the referent and the facilitator edit the inventory; indicators follow; every change is in the history", async ({ browser }) => {
  test.setTimeout(120_000);
  const ref = await signedInAs(browser, "referent");
  const page = ref.page;

  await test.step("the demo inventory: indicators with their sentences, the lines, the themes", async () => {
    await page.goto(BASE);
    await expect(page.getByRole("heading", { level: 1, name: "État des lieux" })).toBeVisible();
    const core = page.getByTestId("core-team");
    await expect(core.getByText("En vue", { exact: true })).toBeVisible();
    await expect(core).toContainText("Équipe cœur en vue : 2 médecins généralistes intéressés et 3 professionnels paramédicaux intéressés");
    await expect(core).toContainText("Attention : l'un des médecins intéressés prévoit de partir d'ici 2 ans.");
    await expect(page.getByText("Sur 4 médecins généralistes, 2 prévoient de partir d'ici 2 ans et 2 d'ici 5 ans (départs d'ici 2 ans compris).")).toBeVisible();
    await expect(page.getByTestId("by-profession").getByRole("row", { name: /Médecin généraliste/ })).toContainText("4");
    await expect(row(page, "Dr Hélène Vidal")).toContainText("62 ans et plus");
    await expect(page.getByRole("heading", { level: 2, name: "Besoins des habitants" })).toBeVisible();
    await shot(page, "inventaire-rempli");
    await checkA11y(page);
  });

  let id = 0;
  await test.step("adding a line: French errors beside the fields, typed values kept", async () => {
    await page.goto(`${BASE}/professionnels/nouveau`);
    const form = new LineForm(page);
    await page.getByRole("button", { name: "Ajouter la fiche" }).click();
    await expect(form.error("profession")).toHaveText("Erreur : Choisissez une profession dans la liste.");
    await expect(form.error("name")).toHaveText("Erreur : Indiquez le nom, ou cochez « Fiche anonyme ».");
    await expect(form.error("practiceForm")).toHaveText("Erreur : Choisissez une forme d'exercice dans la liste.");
    await expect(form.profession).toBeFocused();
    await form.profession.selectOption({ label: "Infirmier" });
    await form.name.fill("Zoé Vernhet");
    await form.practiceForm.selectOption({ label: "Cabinet de groupe" });
    await form.note.fill("x".repeat(10_000));
    await form.email.fill("zoe.vernhet@");
    await page.getByRole("button", { name: "Ajouter la fiche" }).click();
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
    await page.getByRole("button", { name: "Ajouter la fiche" }).click();
    await expect(page.getByText("La fiche a été ajoutée à l'état des lieux.")).toBeVisible();
    await expect(row(page, "Zoé Vernhet")).toContainText("À Montrodat");
    await expect(row(page, "Zoé Vernhet")).toContainText("Saisi par la commune");
    await expect(page.getByTestId("core-team")).toContainText("4 professionnels paramédicaux intéressés");
    id = await lineId(page, "Zoé Vernhet");
  });

  const fac = await signedInAs(browser, "facilitatrice");
  await test.step("the facilitator corrects the same line and adds a note", async () => {
    await fac.page.goto(`${BASE}/professionnels/${id}`);
    const form = new LineForm(fac.page);
    await expect(form.name).toHaveValue("Zoé Vernhet");
    await form.departure.selectOption({ label: "Pas de départ connu" });
    await fac.page.getByRole("button", { name: "Enregistrer la fiche" }).click();
    await expect(fac.page.getByText("La fiche a été enregistrée.")).toBeVisible();
    await expect(row(fac.page, "Zoé Vernhet")).toContainText("Pas de départ connu");

    const needs = fac.page.locator("section#besoins");
    await needs.getByText("Ajouter une note").click();
    await needs.getByLabel(/^Nouvelle note/).fill("Des parents signalent des difficultés pour trouver une orthophoniste.");
    await needs.getByRole("checkbox", { name: "Enfants et familles" }).check();
    await needs.getByRole("button", { name: "Ajouter la note" }).click();
    await expect(needs.getByText("Note ajoutée.")).toBeVisible();
    await expect(needs.getByRole("listitem").filter({ hasText: "Des parents signalent" })).toContainText("Enfants et familles");
    await expect(needs.getByLabel(/^Nouvelle note/)).toHaveValue("");
  });

  await test.step("the referent sees it, edits then deletes the note after confirming", async () => {
    await page.goto(BASE);
    await expect(row(page, "Zoé Vernhet")).toContainText("Pas de départ connu");
    const needs = page.locator("section#besoins");
    await needs.getByRole("link", { name: /^Modifier la note : Des parents signalent/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Modifier une note : besoins des habitants" })).toBeVisible();
    await page.getByLabel("Texte de la note").fill("Des parents signalent six mois d'attente pour une orthophoniste.");
    await page.getByRole("checkbox", { name: "Délais de rendez-vous" }).check();
    await page.getByRole("button", { name: "Enregistrer la note" }).click();
    await expect(page.getByText("La note a été enregistrée.")).toBeVisible();
    await expect(page.locator("section#besoins").getByText("six mois d'attente")).toBeVisible();

    await page.locator("section#besoins").getByRole("link", { name: /^Modifier la note : Des parents signalent six mois/ }).click();
    await page.getByText("Supprimer cette note…").click();
    await expect(page.getByText("Supprimer définitivement cette note de l'état des lieux ?")).toBeVisible();
    await checkA11y(page);
    await page.getByRole("button", { name: "Oui, supprimer définitivement" }).click();
    await expect(page.getByText("La note a été supprimée.")).toBeVisible();
    await expect(page.getByText("six mois d'attente")).toHaveCount(0);
  });

  await test.step("deleting a line asks first, then removes it", async () => {
    await page.goto(`${BASE}/professionnels/${id}`);
    await page.getByText("Supprimer cette fiche…").click();
    await expect(page.getByText("Supprimer définitivement la fiche Zoé Vernhet (infirmier) de l'état des lieux ?")).toBeVisible();
    await page.getByRole("button", { name: "Non, garder" }).click();
    await expect(page.getByRole("button", { name: "Oui, supprimer définitivement" })).toBeHidden();
    await page.getByText("Supprimer cette fiche…").click();
    await page.getByRole("button", { name: "Oui, supprimer définitivement" }).click();
    await expect(page.getByText("La fiche a été supprimée de l'état des lieux.")).toBeVisible();
    await expect(row(page, "Zoé Vernhet")).toHaveCount(0);
    expect((await page.goto(`${BASE}/professionnels/${id}`))?.status()).toBe(404);
  });

  await test.step("the history names who did what", async () => {
    await page.goto(`/communes/${CODE}/historique`);
    await expect(page.getByText("Thomas Rouquette a ajouté Zoé Vernhet (infirmier) à l'état des lieux.")).toBeVisible();
    await expect(page.getByText("Inès Benali a modifié la fiche Zoé Vernhet (infirmier) (départ envisagé).")).toBeVisible();
    await expect(page.getByText(/^Inès Benali a ajouté une note « Besoins des habitants » : « Des parents signalent des difficultés/)).toBeVisible();
    await expect(page.getByText(/^Thomas Rouquette a supprimé une note « Besoins des habitants »/)).toBeVisible();
    await expect(page.getByText("Thomas Rouquette a supprimé la fiche Zoé Vernhet (infirmier) de l'état des lieux.")).toBeVisible();
  });
  await fac.context.close();
  await ref.context.close();
});

test("a stale save shows both versions side by side and loses nothing", async ({ browser }) => {
  test.setTimeout(90_000);
  const ref = await signedInAs(browser, "referent");
  const fac = await signedInAs(browser, "facilitatrice");
  const id = await addLine(ref.page, { profession: "Masseur-kinésithérapeute", name: "Bruno Conflit" });

  await ref.page.goto(`${BASE}/professionnels/${id}`);
  await fac.page.goto(`${BASE}/professionnels/${id}`);
  const refForm = new LineForm(ref.page);
  const facForm = new LineForm(fac.page);

  await facForm.interest("Peut-être").check();
  await fac.page.getByRole("button", { name: "Enregistrer la fiche" }).click();
  await expect(fac.page.getByText("La fiche a été enregistrée.")).toBeVisible();

  await refForm.departure.selectOption({ label: "Départ prévu dans 2 à 5 ans" });
  await ref.page.getByRole("button", { name: "Enregistrer la fiche" }).click();
  const conflict = ref.page.getByTestId("conflict");
  await expect(ref.page.locator("[data-form-error]")).toContainText("Inès Benali a enregistré une autre version le");
  await expect(conflict.getByRole("heading", { name: "Deux versions à comparer" })).toBeVisible();
  await expect(conflict.getByRole("row", { name: /^Intérêt pour travailler ensemble/ })).toHaveText(/Pas encore sollicité·e\s*Peut-être/);
  await expect(conflict.getByRole("row", { name: /^Départ envisagé/ })).toHaveText(/Départ prévu dans 2 à 5 ans\s*Inconnu/);
  await expect(refForm.departure).toHaveValue("2_5_ans"); // what the referent typed is still there
  await shot(ref.page, "conflit");
  await checkA11y(ref.page);

  await conflict.getByRole("button", { name: "Reprendre la version de Inès Benali" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(refForm.interest("Peut-être")).toBeChecked();
  await refForm.departure.selectOption({ label: "Départ prévu dans 2 à 5 ans" });
  await ref.page.getByRole("button", { name: "Enregistrer la fiche" }).click();
  await expect(ref.page.getByText("La fiche a été enregistrée.")).toBeVisible();
  await expect(row(ref.page, "Bruno Conflit")).toContainText("Peut-être");
  await expect(row(ref.page, "Bruno Conflit")).toContainText("Départ prévu dans 2 à 5 ans");

  await test.step("on a note, « Enregistrer ma version » saves over the other one, knowingly", async () => {
    await ref.page.goto(BASE);
    const offers = ref.page.locator("section#offres");
    const href = await offers.getByRole("link", { name: /^Modifier la note : Deux pharmacies/ }).getAttribute("href");
    await ref.page.goto(href!);
    await fac.page.goto(href!);
    await fac.page.getByLabel("Texte de la note").fill("Deux pharmacies, un EHPAD de 80 places, un SSIAD ; transport solidaire le mardi et le jeudi.");
    await fac.page.getByRole("button", { name: "Enregistrer la note" }).click();
    await expect(fac.page.getByText("La note a été enregistrée.")).toBeVisible();
    await ref.page.getByLabel("Texte de la note").fill("Deux pharmacies, un EHPAD, un SSIAD ; le CCAS organise le transport solidaire.");
    await ref.page.getByRole("button", { name: "Enregistrer la note" }).click();
    const noteConflict = ref.page.getByTestId("conflict");
    await expect(noteConflict.getByRole("row", { name: /^Texte/ })).toContainText("le mardi et le jeudi");
    await noteConflict.getByRole("button", { name: "Enregistrer ma version" }).click();
    await expect(ref.page.getByText("La note a été enregistrée.")).toBeVisible();
    await expect(ref.page.locator("section#offres").getByText("le CCAS organise le transport solidaire")).toBeVisible();
  });
  await ref.context.close();
  await fac.context.close();
});

test("professionals confirm their own line; another professional never sees ages or departures", async ({ browser }) => {
  test.setTimeout(150_000);
  const ref = await signedInAs(browser, "referent");
  const page = ref.page;
  const lucie = uniqueEmail("lucie.chabrol", "idel.test");
  const camille = uniqueEmail("camille.boyer", "ortho.test");

  async function invite(name: string, email: string) {
    await page.goto(BASE);
    await row(page, name).getByRole("link", { name: /^Modifier/ }).click();
    await page.getByLabel("Adresse e-mail du professionnel").fill(email);
    await page.getByRole("button", { name: "Inviter à confirmer sa fiche" }).click();
    await expect(page.getByText(`Invitation envoyée à ${email}.`, { exact: false })).toBeVisible();
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
    await page.goto(BASE);
    await expect(row(page, "Lucie Chabrol")).toContainText("Invitée à confirmer");
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
    await page.goto(BASE);
    await expect(row(page, "Lucie Chabrol")).toContainText("Confirmée");
    await expect(row(page, "Lucie Chabrol")).toContainText("Départ prévu dans 2 à 5 ans");
  });

  await test.step("Camille Boyer joins too; her page carries nobody else's age, departure, contact or note", async () => {
    await invite("Camille Boyer", camille);
    const other = await accept(camille);
    await other.page.goto(BASE);
    await expect(other.page.getByRole("heading", { level: 1, name: "État des lieux" })).toBeVisible();
    await expect(row(other.page, "Lucie Chabrol")).toContainText("Infirmier");
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

    await page.goto(BASE);
    const lucieId = await lineId(page, "Lucie Chabrol");
    await expectNotFound(other.page, `${BASE}/professionnels/${lucieId}`);
    await expectNotFound(other.page, `${BASE}/import`);
    await expectNotFound(other.page, `/communes/${CODE}/historique`);
    expect((await other.page.request.get(`${BASE}/export`)).status()).toBe(404);
    await other.context.close();
  });
  await pro.context.close();
  await ref.context.close();
});

test("CSV: export then import into an empty commune gives the same lines; a second import is refused as duplicates", async ({ browser }) => {
  test.setTimeout(120_000);
  const ref = await signedInAs(browser, "referent");

  const exported = await test.step("the referent exports Marvejols' professionals", async () => {
    await ref.page.goto(BASE);
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
  const other = "/communes/48140/etat-des-lieux";

  await test.step("empty state", async () => {
    await page.goto(other);
    await expect(page.getByRole("heading", { name: "Aucun professionnel recensé pour l'instant" })).toBeVisible();
    await expect(page.getByTestId("core-team")).toContainText("Pas encore d'équipe cœur");
    await shot(page, "inventaire-vide");
    await checkA11y(page);
  });

  const importFile = async (name: string, buffer: Buffer) => {
    await page.goto(`${other}/import`);
    await page.getByLabel("Fichier CSV des professionnels").setInputFiles({ name, mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  };

  const lineCount = csvRows(exported.text).length - 1;
  await test.step("preview, then confirm", async () => {
    await importFile("export-marvejols.csv", exported.bytes);
    await expect(page.getByTestId("import-summary")).toHaveText(`${lineCount} lignes lues : ${lineCount} nouvelles fiches, 0 modification, 0 sans changement, 0 ligne en erreur.`);
    await shot(page, "import-apercu");
    await checkA11y(page);
    await page.getByRole("button", { name: `Importer : ${lineCount} fiches ajoutées` }).click();
    await expect(page.getByText(`Import terminé : ${lineCount} fiches ajoutées, 0 fiche modifiée.`)).toBeVisible();
  });

  await test.step("the new commune's export has the same lines (identifiers and versions aside)", async () => {
    const back = (await (await page.request.get(`${other}/export`)).text()).replace(/^\uFEFF/, "");
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
    await expect(page.getByTestId("import-summary")).toHaveText(
      `${lineCount} lignes lues : ${anonymous} nouvelle fiche, 0 modification, 0 sans changement, ${lineCount - anonymous} lignes en erreur.`,
    );
    await expect(page.getByText("Le fichier contient des erreurs : rien n'a été enregistré")).toBeVisible();
    await expect(page.getByText(/^Doublon : Dr Hélène Vidal \(médecin généraliste\) figure déjà dans l'état des lieux/)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
    const after = (await (await page.request.get(`${other}/export`)).text()).replace(/^\uFEFF/, "");
    expect(csvRows(after).length - 1).toBe(lineCount);
  });
  await context.close();
  await ref.context.close();
});

test("bad files are refused in French, row by row or as a whole, and nothing is written", async ({ browser }) => {
  test.setTimeout(90_000);
  const { context, page } = await signedInAs(browser, "facilitatrice");
  const before = await (await page.request.get(`${BASE}/export`)).text();

  const upload = async (name: string, buffer: Buffer) => {
    await page.getByLabel("Fichier CSV des professionnels").setInputFiles({ name, mimeType: "text/csv", buffer });
    await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  };
  await page.goto(`${BASE}/import`);
  await expect(page.getByRole("heading", { level: 1, name: "Importer des professionnels" })).toBeVisible();
  await checkA11y(page);
  const fileError = page.locator("#file-error");

  await upload("virgules.csv", Buffer.from("Profession,Nom,Forme d'exercice\nInfirmier,Zoé Roux,Exercice isolé\n"));
  await expect(fileError).toContainText("Les colonnes de ce fichier sont séparées par des virgules ; Boussole attend des points-virgules (;)");
  await expect(page.getByLabel("Fichier CSV des professionnels")).toBeFocused();
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
  const table = page.getByRole("region", { name: "Aperçu ligne par ligne" });
  await expect(page.getByTestId("import-summary")).toHaveText("6 lignes lues : 1 nouvelle fiche, 0 modification, 0 sans changement, 5 lignes en erreur.");
  await expect(table.getByRole("row", { name: /^3 / })).toContainText("Profession inconnue : « Ostéo »");
  await expect(table.getByRole("row", { name: /^4 / })).toContainText("E-mail : Indiquez une adresse e-mail valide");
  await expect(table.getByRole("row", { name: /^5 / })).toContainText("Doublon : même profession et même nom qu'à la ligne 2.");
  await expect(table.getByRole("row", { name: /^6 / })).toContainText(/La note ne peut pas dépasser 2.000 caractères/);
  await expect(table.getByRole("row", { name: /^7 / })).toContainText("Doublon : Dr Karim Haddad (médecin généraliste) figure déjà dans l'état des lieux");
  await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
  await shot(page, "import-erreurs");
  await checkA11y(page);

  expect(await (await page.request.get(`${BASE}/export`)).text()).toBe(before);
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ storageState: storageStateOf("referent"), javaScriptEnabled: false });

  test("a line is corrected and a note added: errors beside the fields, values kept", async ({ page }) => {
    await page.goto(BASE);
    const href = await row(page, "Dr Karim Haddad").getByRole("link", { name: /^Modifier/ }).getAttribute("href");
    await page.goto(href!);
    const form = new LineForm(page);
    await expect(form.name).toHaveValue("Dr Karim Haddad"); // rendered by the server, not filled by a script
    await expect(form.age).toHaveValue("40_54");
    await form.name.fill("");
    await form.note.fill("Maître de stage ; accueille aussi des externes.");
    await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
    await expect(form.error("name")).toHaveText("Erreur : Indiquez le nom, ou cochez « Fiche anonyme ».");
    await expect(form.note).toHaveValue("Maître de stage ; accueille aussi des externes.");
    await form.name.fill("Dr Karim Haddad");
    await page.getByRole("button", { name: "Enregistrer la fiche" }).click();
    await expect(page.getByText("La fiche a été enregistrée.")).toBeVisible();

    const opportunities = page.locator("section#opportunites");
    await opportunities.getByText("Ajouter une note").click();
    await opportunities.getByLabel(/^Nouvelle note/).fill("Un interne de 2025 cherche un cabinet pour s'installer.");
    await opportunities.getByRole("checkbox", { name: "Projet d'installation" }).check();
    await opportunities.getByRole("button", { name: "Ajouter la note" }).click();
    await page.goto(BASE);
    await expect(page.locator("section#opportunites").getByRole("listitem").filter({ hasText: "Un interne de 2025" })).toContainText("Projet d'installation");
  });
});
