/**
 * Personal data: the public statements (confidentialité, mentions légales, accessibilité) reached from every
 * footer; the maire erases a professional's line and the person's address leaves the history and the stored
 * mails; a professional's pages never show another person's address. Decazeville (12089) is this spec's own
 * commune, opened here by a new mayor.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { InventoryPage, LineForm } from "./pages/inventory-page";
import { countRows, readDatabase } from "./database";
import { freshContext, linkFromLatestMail } from "./support";
import { checkA11y, newMayorWithCommune, uniqueEmail } from "./journeys";

const CODE = "12089";
const SHOTS = process.env.E2E_SCREENSHOTS; // a folder: screenshots of the main states, to look at
const ERASED = "un·e professionnel·le (effacé)";

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const STATEMENTS = [
  { link: "Confidentialité", path: "/confidentialite", title: "Confidentialité", sections: ["Qui est responsable de vos données", "Combien de temps", "Vos droits, et comment les exercer", "Réclamation auprès de la CNIL"] },
  { link: "Mentions légales", path: "/mentions-legales", title: "Mentions légales", sections: ["Éditeur", "Hébergeur"] },
  { link: "Accessibilité : partiellement conforme", path: "/accessibilite", title: "Déclaration d'accessibilité", sections: ["État de conformité", "Signaler un problème", "Voies de recours"] },
] as const;

test("the three public statements are reached from the footer of a public page and of a commune's page", async ({ as, page }) => {
  await test.step("from the home page, signed out", async () => {
    for (const s of STATEMENTS) {
      await page.goto("/");
      await page.getByRole("contentinfo").getByRole("link", { name: s.link }).click();
      await expect(page).toHaveURL(s.path);
      await expect(page.getByRole("heading", { level: 1, name: s.title })).toBeVisible();
      for (const section of s.sections) await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
      await checkA11y(page);
      await shot(page, `rgpd-${s.path.slice(1)}`);
    }
    // What the purge applies is what the page says; the placeholders name the variable to set, nothing invented.
    await page.goto("/confidentialite");
    await expect(page.getByRole("row", { name: /E-mails conservés par l'application/ })).toContainText("30 jours");
    await expect(page.getByText("Aucune donnée de santé concernant des patient·es")).toBeVisible();
    await page.goto("/mentions-legales");
    await expect(page.getByText("non renseigné par l'exploitant (variable BOUSSOLE_HEBERGEUR)")).toBeVisible();
    await page.goto("/accessibilite");
    await expect(page.getByText("partiellement conforme", { exact: false }).first()).toBeVisible();
    await expect(page.getByText("Défenseur des droits", { exact: false }).first()).toBeVisible();
  });

  await test.step("from a commune's dashboard, signed in", async () => {
    const maire = await as("maire");
    for (const s of STATEMENTS) {
      await maire.goto("/communes/48092");
      await maire.getByRole("contentinfo").getByRole("link", { name: s.link }).click();
      await expect(maire).toHaveURL(s.path);
      await expect(maire.getByRole("heading", { level: 1, name: s.title })).toBeVisible();
    }
    await checkA11y(maire);
    await maire.context().close();
  });
});

test("the maire erases a line: its address leaves the history and the mailbox; a professional never sees an address", async ({ browser }) => {
  test.setTimeout(150_000);
  const mayorEmail = uniqueEmail("maire.decazeville");
  const ines = uniqueEmail("ines.vidal", "idel.test");
  const paul = uniqueEmail("paul.roux", "kine.test");
  const { context, page } = await newMayorWithCommune(browser, { email: mayorEmail, query: "decazeville", commune: "Decazeville", code: CODE });
  const inventory = new InventoryPage(page, CODE);

  async function invite(name: string, email: string) {
    await inventory.openLineOf(name);
    await page.getByLabel("Adresse e-mail du professionnel").fill(email);
    await page.getByRole("button", { name: "Inviter à confirmer sa fiche" }).click();
    await expect(page.getByText(`Invitation en cours d'envoi à ${email}.`, { exact: false })).toBeVisible();
  }

  await test.step("the mayor records two professionals and invites both", async () => {
    await inventory.addLine({ profession: "Infirmier·ère", name: "Inès Vidal" });
    await inventory.addLine({ profession: "Masseur·se-kinésithérapeute", name: "Paul Roux" });
    await invite("Inès Vidal", ines);
    await invite("Paul Roux", paul);
    // Free text says no patient data may be typed, read with the field.
    await expect(new LineForm(page).note).toHaveAccessibleDescription(/Ne saisissez aucune donnée de santé concernant des patient·es/);
    await page.goto(`/communes/${CODE}/historique`);
    await expect(page.getByRole("main")).toContainText(ines);
    expect(countRows("mail", '"to" = ?', ines)).toBeGreaterThan(0);
  });

  await test.step("Paul accepts: his pages show names or roles, never an address", async () => {
    const { context: pc, page: p } = await freshContext(browser);
    const link = await linkFromLatestMail(p, paul, /vous invite à vérifier votre fiche/);
    await p.goto(link);
    await p.getByRole("button", { name: "Accepter l'invitation" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "Ma fiche" })).toBeVisible();
    for (const path of [`/communes/${CODE}`, `/communes/${CODE}/etat-des-lieux`, `/communes/${CODE}/actions`, `/communes/${CODE}/qui-fait-quoi`]) {
      await p.goto(path);
      const html = await p.content();
      expect(html, `${path} shows the mayor's address`).not.toContain(mayorEmail);
      expect(html, `${path} shows Inès's address`).not.toContain(ines);
    }
    await p.goto(`/communes/${CODE}`);
    const team = p.locator("section").filter({ has: p.getByRole("heading", { level: 2, name: "Qui participe" }) });
    await expect(team).toContainText("Maire"); // the mayor gave no name: shown by the role alone
    await expect(team).not.toContainText("@");
    await checkA11y(p);
    await shot(p, "rgpd-tableau-de-bord-professionnel");
    await pc.close();
  });

  await test.step("the mayor erases Inès's line, with confirmation", async () => {
    await inventory.openLineOf("Inès Vidal");
    await page.getByText("Effacer cette personne (droit à l'effacement)…").click();
    await expect(page.getByText("Effacer la fiche Inès Vidal", { exact: false })).toBeVisible();
    await checkA11y(page);
    await shot(page, "rgpd-effacer-une-fiche");
    await page.getByRole("button", { name: "Oui, effacer définitivement" }).click();
    await expect(page).toHaveURL(`/communes/${CODE}/etat-des-lieux?ok=fiche-effacee`);
    await expect(page.getByText("La fiche est effacée", { exact: false })).toBeVisible();
    await expect(inventory.row("Inès Vidal")).toHaveCount(0);
  });

  await test.step("her name and address are gone from the history and the mailbox", async () => {
    await page.goto(`/communes/${CODE}/historique`);
    const main = page.getByRole("main");
    await expect(main).toContainText("a effacé la fiche d'un·e professionnel·le");
    await expect(main).toContainText(ERASED);
    await expect(main).not.toContainText(ines);
    await expect(main).not.toContainText("Inès Vidal");
    await expect(main).toContainText("Paul Roux"); // only the erased person is
    await checkA11y(page);
    await shot(page, "rgpd-historique-apres-effacement");
    await page.goto(`/dev/boite-mail?a=${encodeURIComponent(ines)}`);
    await expect(page.getByText(`Aucun e-mail pour ${ines}.`)).toBeVisible();
    expect(countRows("mail", 'lower("to") = ?', ines)).toBe(0);
    const history = readDatabase((db) => db.prepare("SELECT summary FROM history_event WHERE summary LIKE ?").all(`%${ines}%`));
    expect(history).toEqual([]);
  });
  await context.close();
});
