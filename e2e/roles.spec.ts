/**
 * Journey 5 — "qui fait quoi" (PRODUCT.md, issue 9 item 3): the mayor writes the professionals' role from the
 * kit's proposal and the checklist's "clarifier le rôle de chacun" ticks itself; she adds a partner's contact
 * (a wrong e-mail is refused beside its field, with and without JavaScript), then deletes one after
 * confirmation; a professional reads the roles but can change nothing, and a forged save is refused with
 * nothing written; the référent page carries the kit's mission sheet. Axe on every screen, reflow at 320 px.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { countRows, readDatabase } from "./database";
import { checkA11y, expectNotFound, invitationLink, newMayorWithCommune, uniqueEmail } from "./journeys";
import { ReferentPage } from "./pages/referent-page";
import { capturedMails, freshContext } from "./support";

test.describe.configure({ mode: "serial" });

const CODE = "48092"; // Marvejols, the demo commune
const PATH = `/communes/${CODE}/qui-fait-quoi`;
const CONTACTS = `${PATH}/contacts`;
const RUN = Date.now().toString(36);

const responsibility = (actor: string) =>
  readDatabase((db) =>
    db.prepare("SELECT r.text, r.version FROM responsibility r JOIN workspace w ON w.id = r.workspace_id WHERE w.commune_code = ? AND r.actor = ?").get(CODE, actor),
  ) as { text: string; version: number } | undefined;

const historyCount = () => countRows("history_event", "workspace_id = (SELECT id FROM workspace WHERE commune_code = ?)", CODE);

async function signInAsProfessional(page: Page) {
  await page.goto("/connexion");
  await page.getByRole("button", { name: /Dr Karim Haddad/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion"));
}

test("the mayor writes the professionals' role from the kit's proposal: the checklist's item ticks itself", async ({ as }) => {
  const maire = await as("maire");
  const item = maire.getByTestId("roles-item");

  await test.step("the navigation leads to « Qui fait quoi »: the demo has the commune's and the federation's roles, not the professionals'", async () => {
    await maire.goto(`/communes/${CODE}`);
    await maire.getByRole("navigation", { name: "Rubriques de la commune" }).getByRole("link", { name: "Qui fait quoi" }).click();
    await expect(maire).toHaveURL(PATH);
    await expect(maire.getByRole("heading", { level: 1, name: "Qui fait quoi" })).toBeVisible();
    await expect(maire.locator("#acteur-commune")).toContainText("Prêter la salle du conseil municipal");
    await expect(maire.locator("#acteur-federation")).toContainText("Animer les premières rencontres");
    await expect(item).toContainText("« Clarifier le rôle de chacun » — à faire");
    await expect(item).toContainText("Il manque encore le rôle des professionnel·les de santé.");
    // No form on the page until one actor is chosen.
    await expect(maire.locator("textarea")).toHaveCount(0);
    await checkA11y(maire);
  });

  const section = maire.locator("#acteur-professionnels");
  const text = maire.getByLabel("Le rôle des professionnel·les de santé");
  await test.step("« Reprendre cette proposition » opens the form in place, pre-filled with the kit's proposal", async () => {
    await expect(section).toContainText("Ce que propose le kit");
    await section.getByRole("link", { name: /^Reprendre cette proposition/ }).click();
    await expect(maire).toHaveURL(`${PATH}?acteur=professionnels&proposition=1#acteur-professionnels`);
    await expect(text).toHaveValue(/^- Se choisir en équipe et définir ensemble un projet de santé/);
    await expect(maire.locator("textarea")).toHaveCount(1);
    await checkA11y(maire);
  });

  await test.step("saved: the role is shown, the checklist's item is done, the history says who wrote it", async () => {
    const before = historyCount();
    await text.fill(`${await text.inputValue()}\n- Se retrouver chaque mois à la mairie (${RUN})`);
    await maire.getByRole("button", { name: "Enregistrer" }).click();
    await expect(maire).toHaveURL(`${PATH}?fait=enregistre#acteur-professionnels`);
    await expect(maire.getByText("Le rôle a été enregistré.")).toBeVisible();
    await expect(section).toContainText(`Se retrouver chaque mois à la mairie (${RUN})`);
    await expect(section).toContainText("Rôle écrit");
    await expect(item).toContainText("« Clarifier le rôle de chacun » — fait");
    await expect(item).toContainText("Cochée d'elle-même le");
    expect(responsibility("professionnels")).toMatchObject({ version: 1 });
    expect(responsibility("professionnels")?.text).toContain(RUN);
    expect(historyCount()).toBe(before + 1);
    expect(countRows("history_event", "summary = ?", "Claire Fabre a écrit le rôle des professionnel·les de santé dans « Qui fait quoi ».")).toBe(1);
    await checkA11y(maire);
  });
});

test("two people edit the commune's role at once: the second sees both versions, keeps what he typed, and chooses", async ({ as }) => {
  const maire = await as("maire");
  const referent = await as("referent");
  const start = responsibility("commune")!;
  for (const page of [maire, referent]) await page.goto(`${PATH}?acteur=commune#acteur-commune`);
  const field = (page: Page) => page.getByLabel("Le rôle de la commune");
  const mine = `${start.text}\n- Tenir le référent informé des subventions (${RUN})`;

  await field(maire).fill(`${start.text}\n- Réserver la salle des fêtes pour la réunion publique (${RUN})`);
  await maire.getByRole("button", { name: "Enregistrer" }).click();
  await expect(maire.getByText("Le rôle a été enregistré.")).toBeVisible();

  await field(referent).fill(mine);
  await referent.getByRole("button", { name: "Enregistrer" }).click();
  const conflict = referent.getByTestId("conflict");
  await expect(conflict.getByRole("heading", { name: "Deux versions à comparer" })).toBeVisible();
  await expect(conflict).toContainText("Claire Fabre a enregistré une autre version le");
  await expect(conflict).toContainText("Réserver la salle des fêtes");
  await expect(field(referent)).toHaveValue(mine);
  expect(responsibility("commune")?.version).toBe(start.version + 1);
  await checkA11y(referent);

  await conflict.getByRole("button", { name: "Enregistrer ma version" }).click();
  await expect(referent.getByText("Le rôle a été enregistré.")).toBeVisible();
  expect(responsibility("commune")).toMatchObject({ text: mine, version: start.version + 2 });
});

test("the mayor adds a partner's contact: a wrong e-mail is refused beside its field, what she typed kept; fixed, it is listed", async ({ as }) => {
  const organisation = `CCAS de Marvejols (${RUN})`;
  const fill = async (page: Page, email: string) => {
    await page.getByLabel("Partenaire").selectOption({ label: "Le CCAS" });
    await page.getByLabel("Organisme").fill(organisation);
    await page.getByLabel("Nom de la personne").fill("Paul Essai");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Téléphone").fill("0466000009");
  };

  await test.step("without JavaScript, the server refuses it the same way and keeps every value", async () => {
    const page = await as("maire", { javaScriptEnabled: false });
    await page.goto(`${CONTACTS}?ajouter=1`);
    await fill(page, "paul.essai(at)exemple.fr");
    await page.getByRole("button", { name: "Ajouter le contact" }).click();
    const email = page.getByLabel("Adresse e-mail");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Indiquez une adresse e-mail valide, par exemple prenom.nom@ars.sante.fr.")).toBeVisible();
    await expect(email).toHaveValue("paul.essai(at)exemple.fr");
    await expect(page.getByLabel("Organisme")).toHaveValue(organisation);
    await expect(page.getByLabel("Partenaire")).toHaveValue("ccas");
    expect(countRows("partner_contact", "organisation = ?", organisation)).toBe(0);
  });

  const maire = await as("maire");
  await test.step("the directory: the demo's three contacts, grouped by partner", async () => {
    await maire.goto(PATH);
    await maire.getByRole("link", { name: "Annuaire des partenaires" }).click();
    await expect(maire).toHaveURL(CONTACTS);
    await expect(maire.getByRole("heading", { level: 1, name: "Annuaire des partenaires" })).toBeVisible();
    for (const name of ["ARS Occitanie — délégation départementale de la Lozère", "CPAM de la Lozère", "Communauté de communes du Gévaudan"]) {
      await expect(maire.getByRole("heading", { level: 3, name })).toBeVisible();
    }
    await expect(maire.getByRole("heading", { level: 2, name: "L'intercommunalité" })).toBeVisible();
    await checkA11y(maire);
  });

  await test.step("a wrong e-mail: the message beside the field, the values kept, nothing written", async () => {
    await maire.getByRole("link", { name: "Ajouter un contact" }).click();
    await fill(maire, "paul.essai(at)exemple.fr");
    await maire.getByRole("button", { name: "Ajouter le contact" }).click();
    const email = maire.getByLabel("Adresse e-mail");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/Indiquez une adresse e-mail valide/);
    await expect(email).toBeFocused();
    await expect(maire.getByLabel("Organisme")).toHaveValue(organisation);
    expect(countRows("partner_contact", "organisation = ?", organisation)).toBe(0);
    await checkA11y(maire);
  });

  await test.step("fixed: added, listed under its partner, the phone written the French way", async () => {
    await maire.getByLabel("Adresse e-mail").fill("paul.essai@exemple.fr");
    await maire.getByRole("button", { name: "Ajouter le contact" }).click();
    await expect(maire).toHaveURL(/\/contacts\?fait=ajoute#contact-\d+$/);
    await expect(maire.getByText("Le contact a été ajouté à l'annuaire.")).toBeVisible();
    const ccas = maire.locator("#partenaire-ccas");
    await expect(ccas.getByRole("heading", { level: 2, name: "Le CCAS" })).toBeVisible();
    await expect(ccas.getByRole("article")).toContainText(organisation);
    await expect(ccas.getByRole("article")).toContainText("04 66 00 00 09");
    await expect(ccas.getByRole("link", { name: "paul.essai@exemple.fr" })).toHaveAttribute("href", "mailto:paul.essai@exemple.fr");
    expect(countRows("partner_contact", "organisation = ? AND version = 1", organisation)).toBe(1);
    expect(countRows("history_event", "action = 'partner.created' AND summary LIKE ?", `%${organisation}%`)).toBe(1);
    await checkA11y(maire);
  });

  await test.step("edited in place, then deleted after confirmation", async () => {
    const ccas = maire.locator("#partenaire-ccas");
    await ccas.getByRole("link", { name: "Modifier le contact Paul Essai" }).click();
    await expect(maire).toHaveURL(/\?contact=\d+#contact-\d+$/);
    await expect(maire.locator("form textarea")).toHaveCount(1); // the one contact's form only
    await maire.getByLabel("Fonction").fill("Directeur");
    await maire.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(maire.getByText("Le contact a été enregistré.")).toBeVisible();
    expect(countRows("partner_contact", "organisation = ? AND version = 2 AND position = 'Directeur'", organisation)).toBe(1);
    await ccas.getByRole("link", { name: "Modifier le contact Paul Essai" }).click();
    await maire.getByText("Supprimer ce contact…").click();
    await checkA11y(maire);
    await maire.getByRole("button", { name: "Oui, supprimer définitivement" }).click();
    await expect(maire).toHaveURL(/\/contacts\?fait=supprime$/);
    await expect(maire.getByText("Le contact a été supprimé de l'annuaire.")).toBeVisible();
    expect(countRows("partner_contact", "organisation = ?", organisation)).toBe(0);
    expect(countRows("history_event", "action = 'partner.deleted' AND summary LIKE ?", `%${organisation}%`)).toBe(1);
  });
});

test("a professional reads who does what but can change nothing: no edit link, no form, no directory; a forged save is refused", async ({ as, browser }) => {
  const forged = `Texte glissé par un formulaire forgé (${RUN})`;
  const maire = await as("maire");
  let captured: { headers: Record<string, string>; body: Buffer } | null = null;

  await test.step("a real save of the CPAM's role by the mayor, held back before it reaches the server", async () => {
    await maire.goto(`${PATH}?acteur=cpam#acteur-cpam`);
    await maire.getByLabel("Le rôle de la CPAM").fill(forged);
    await maire.route("**/qui-fait-quoi**", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"]) {
        captured = { headers: request.headers(), body: request.postDataBuffer()! };
        await route.abort();
      } else await route.continue();
    });
    await maire.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => captured !== null).toBe(true);
    await maire.unrouteAll();
    expect(responsibility("cpam")).toBeUndefined();
  });

  const { context, page } = await freshContext(browser);
  await signInAsProfessional(page);
  await test.step("Dr Haddad reads the roles: no way to change them, not even through the address", async () => {
    await page.goto(PATH);
    await expect(page.getByRole("heading", { level: 1, name: "Qui fait quoi" })).toBeVisible();
    await expect(page.locator("#acteur-commune")).toContainText("Prêter la salle du conseil municipal");
    await expect(page.locator("#acteur-cpam")).toContainText("Ce que propose le kit");
    await expect(page.getByRole("link", { name: /^(Modifier|Écrire) le rôle/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /Reprendre cette proposition/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Annuaire des partenaires" })).toHaveCount(0);
    await checkA11y(page);
    await page.goto(`${PATH}?acteur=cpam&proposition=1`);
    await expect(page.locator("textarea")).toHaveCount(0);
    await expectNotFound(page, CONTACTS);
  });

  await test.step("the mayor's held-back request, sent from Dr Haddad's session: refused, nothing written", async () => {
    const before = historyCount();
    const { cookie: _cookie, "content-length": _length, ...headers } = captured!.headers;
    const answer = await page.request.post(PATH, { headers, data: captured!.body, maxRedirects: 0 });
    expect(answer.status(), "the action must not succeed").toBe(404);
    expect(responsibility("cpam")).toBeUndefined();
    expect(historyCount()).toBe(before);
    // The same request from the mayor's session goes through: what was refused was the professional, not the request.
    const control = await maire.request.post(PATH, { headers, data: captured!.body, maxRedirects: 0 });
    expect(control.status()).toBeLessThan(400);
    expect(responsibility("cpam")).toMatchObject({ text: forged, version: 1 });
  });
  await context.close();
});

test("the référent page carries the kit's mission sheet: the four missions, day to day, posture, time", async ({ as }) => {
  const page = await as("referent");
  await page.goto(`/communes/${CODE}/referent`);
  const sheet = page.getByTestId("mission-sheet");
  await expect(sheet.getByRole("heading", { level: 2, name: "Fiche missions du référent santé" })).toBeVisible();
  for (const text of ["1. Coordination locale", "2. Suivi du projet de santé", "3. Animation territoriale", "4. Information et communication"]) {
    await expect(sheet.getByText(text)).toBeVisible();
  }
  for (const heading of ["Concrètement, au quotidien", "Sa posture", "Temps à y consacrer"]) {
    await expect(sheet.getByRole("heading", { level: 3, name: heading })).toBeVisible();
  }
  await expect(sheet).toContainText("Quelques heures par mois");
  await expect(sheet).toContainText("Il facilite, relie et soutient");
  await checkA11y(page);
});

test("a référent's designation e-mail and invitation page carry the same mission sheet", async ({ browser }) => {
  const email = uniqueEmail("referent.chanac");
  const mayor = await newMayorWithCommune(browser, { email: uniqueEmail("maire.chanac"), query: "48230", commune: "Chanac", code: "48039" });
  const referent = new ReferentPage(mayor.page, "48039");
  await referent.open();
  await referent.designateElu("Lise Essai", email);
  await expect(referent.invitation(email)).toBeVisible();
  await mayor.context.close();

  const mail = (await capturedMails()).filter((m) => m.to.includes(email)).at(-1)!;
  for (const text of ["FICHE MISSIONS DU RÉFÉRENT SANTÉ", "Mission 1 — Coordination locale", "Mission 4 — Information et communication", "Concrètement, au quotidien", "Sa posture", "Temps à y consacrer", "- Quelques heures par mois"]) {
    expect(mail.text).toContain(text);
  }

  const { context, page } = await freshContext(browser);
  await page.goto(await invitationLink(page, email));
  await expect(page.getByRole("heading", { level: 1, name: "Vous êtes invité·e sur Boussole" })).toBeVisible();
  const sheet = page.getByTestId("mission-sheet");
  await expect(sheet.getByRole("heading", { level: 2, name: "Fiche missions du référent santé" })).toBeVisible();
  await expect(sheet).toContainText("Être l'interlocuteur identifié des professionnels de santé");
  await expect(sheet).toContainText("Davantage au démarrage du projet");
  await checkA11y(page);
  await context.close();
});

test("at 320 px the roles, the directory, their forms and the référent page reflow", async ({ as }) => {
  const page = await as("maire", { viewport: { width: 320, height: 800 } });
  for (const path of [PATH, `${PATH}?acteur=commune`, `${PATH}?acteur=ars&proposition=1`, CONTACTS, `${CONTACTS}?ajouter=1`, `/communes/${CODE}/referent`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide at 320 px`).toBeLessThanOrEqual(320);
    await checkA11y(page);
  }
});
