/**
 * Removing people (issue 10, item 5): a maire removes the referent who accepted, or replaces them; the removed
 * person's next click is a 404 and an e-mail tells them who removed them; the last maire stays. The Fécop's admin
 * unassigns a facilitator from a commune and removes a member; the last admin stays. Each test opens its own
 * commune (Villefranche-de-Rouergue, Millau: no other spec uses them); Marvejols, the demo, is only read.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { countRows, readDatabase } from "./database";
import { ReferentPage } from "./pages/referent-page";
import { DEMO, capturedMails, clickAndConfirm, freshContext, linkFromLatestMail } from "./support";
import { acceptInvitationAsNewcomer, checkA11y, expectNotFound, newMayorWithCommune, uniqueEmail } from "./journeys";

const SHOTS = process.env.E2E_SCREENSHOTS; // a folder: screenshots of the main states, to look at
async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** The removal e-mail sent to `to` (through the SMTP server), once. */
async function removalMail(to: string, subject: string) {
  const mails = (await capturedMails()).filter((m) => m.to.includes(to) && m.subject === subject);
  expect(mails, `one e-mail « ${subject} » to ${to}`).toHaveLength(1);
  return mails[0].text;
}

const members = (code: string, where: string, ...params: unknown[]) =>
  countRows("workspace_member", `workspace_id = (SELECT id FROM workspace WHERE commune_code = ?) AND ${where}`, code, ...params);

test("a maire removes the referent, then replaces the next one; each gets a 404 on the next click and an e-mail; the last maire stays", async ({ browser }) => {
  const CODE = "12300"; // Villefranche-de-Rouergue (Aveyron)
  const mayor = await newMayorWithCommune(browser, { email: uniqueEmail("maire.villefranche"), query: "12200", commune: "Villefranche-de-Rouergue", code: CODE });
  const referentPage = new ReferentPage(mayor.page, CODE);
  const remi = { name: "Rémi Roussel", email: uniqueEmail("remi.roussel") };

  await test.step("the referent is invited and accepts", async () => {
    await referentPage.open();
    await referentPage.designateElu(remi.name, remi.email);
    await expect(mayor.page.getByRole("status").filter({ hasText: `Invitation en cours d'envoi à ${remi.email}.` })).toBeVisible();
  });
  const referent = await acceptInvitationAsNewcomer(browser, remi.email, { communeCode: CODE });

  await test.step("the maire chooses « Retirer » beside the referent: a confirmation for that person only", async () => {
    await referentPage.open();
    await mayor.page.getByRole("link", { name: `Retirer ${remi.name} (référent·e santé)` }).click();
    await expect(mayor.page).toHaveURL(new RegExp(`/communes/${CODE}/referent\\?retirer=\\d+#retirer$`));
    const panel = mayor.page.getByRole("region", { name: `Retirer ${remi.name} (référent·e santé) de l'espace de la commune ?` });
    await expect(panel).toContainText("Son accès prendra fin tout de suite");
    await expect(mayor.page.getByRole("button", { name: /^Oui, retirer/ })).toHaveCount(1);
    await checkA11y(mayor.page);
    await shot(mayor.page, "removal-referent-confirm");

    await panel.getByRole("link", { name: "Non, annuler" }).click();
    await expect(mayor.page).toHaveURL(`/communes/${CODE}/referent#referents`);
    await expect(mayor.page.getByRole("button", { name: /^Oui, retirer/ })).toHaveCount(0);
    expect(members(CODE, "role = 'referent'")).toBe(1);

    await mayor.page.getByRole("link", { name: `Retirer ${remi.name} (référent·e santé)` }).click();
    await mayor.page.getByRole("button", { name: `Oui, retirer ${remi.name}` }).click();
    await expect(mayor.page).toHaveURL(new RegExp(`/communes/${CODE}/referent\\?retrait=ok`));
    await expect(mayor.page.getByRole("status").filter({ hasText: "Accès retiré" })).toContainText("un e-mail part pour l'en prévenir");
    await expect(mayor.page.getByText("Aucun·e référent·e n'a encore accepté sa désignation.")).toBeVisible();
    expect(members(CODE, "role = 'referent'")).toBe(0);
    await checkA11y(mayor.page);
  });

  await test.step("the removed referent's next click is a 404; the e-mail says who removed them and from what", async () => {
    await referent.page.getByRole("navigation", { name: "Rubriques de la commune" }).getByRole("link", { name: "Historique" }).click();
    await expect(referent.page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    await expectNotFound(referent.page, `/communes/${CODE}`);
    const text = await removalMail(remi.email, "Votre accès à l'espace de Villefranche-de-Rouergue sur Boussole est retiré");
    expect(text).toMatch(/\S, maire de Villefranche-de-Rouergue, vous a retiré·e de l'espace de la commune sur Boussole, où vous étiez référent·e santé \(élu·e\)\./);
    expect(text).toContain("Votre accès a pris fin immédiatement");
  });

  const sophie = { name: "Sophie Delmas", email: uniqueEmail("sophie.delmas") };
  const hugo = { name: "Hugo Vidal", email: uniqueEmail("hugo.vidal") };
  await test.step("« Désigner un autre référent » asks to replace or to add; replacing removes the current referent at once", async () => {
    await referentPage.open();
    await referentPage.designateElu(sophie.name, sophie.email);
    await expect(mayor.page.getByRole("status").filter({ hasText: `Invitation en cours d'envoi à ${sophie.email}.` })).toBeVisible();
    const sophieIn = await acceptInvitationAsNewcomer(browser, sophie.email, { communeCode: CODE });

    await referentPage.open();
    await expect(mayor.page.getByRole("heading", { level: 2, name: "Désigner un autre référent" })).toBeVisible();
    const choice = mayor.page.getByRole("group", { name: `Et ${sophie.name} ?` });
    await expect(choice).toContainText("dès l'envoi de l'invitation, sans attendre la réponse de la nouvelle personne");
    await referentPage.designateElu(hugo.name, hugo.email, { choice: "none" });
    await expect(choice.getByText(`Dites si la nouvelle désignation remplace ${sophie.name} ou s'y ajoute.`)).toBeVisible();
    expect(members(CODE, "role = 'referent'")).toBe(1);
    await checkA11y(mayor.page);
    await shot(mayor.page, "removal-replace-choice");

    await choice.getByRole("radio", { name: new RegExp(`^Remplacer : ${sophie.name} est retiré·e`) }).check();
    await referentPage.form.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await expect(mayor.page.getByRole("status").filter({ hasText: `Invitation en cours d'envoi à ${hugo.email}. ${sophie.name} n'a plus accès à l'espace.` })).toBeVisible();
    await expect(referentPage.invitation(hugo.email)).toBeVisible();
    expect(members(CODE, "role = 'referent'")).toBe(0);

    await sophieIn.page.reload();
    await expect(sophieIn.page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    const text = await removalMail(sophie.email, "Votre accès à l'espace de Villefranche-de-Rouergue sur Boussole est retiré");
    expect(text).toContain(`${hugo.name} est désigné·e référent·e santé à votre place.`);
    await sophieIn.context.close();
  });

  await test.step("the history keeps both removals", async () => {
    await mayor.page.goto(`/communes/${CODE}/historique`);
    await expect(mayor.page.locator("main ol > li").filter({ hasText: `a retiré ${remi.name} (référent·e santé (élu·e)) de l'espace de la commune.` })).toHaveCount(1);
    await expect(mayor.page.locator("main ol > li").filter({ hasText: `a retiré ${sophie.name} (référent·e santé (élu·e)) de l'espace de la commune : ${hugo.name} est désigné·e à sa place.` })).toHaveCount(1);
  });

  await test.step("the last maire cannot be removed: a French message, nothing written", async () => {
    await mayor.page.goto(`/communes/${CODE}`);
    await mayor.page.getByRole("link", { name: "Gérer l'équipe : retirer quelqu'un de l'espace" }).click();
    await expect(mayor.page.getByRole("heading", { level: 1, name: "L'équipe de la commune" })).toBeVisible();
    await checkA11y(mayor.page);
    await mayor.page.getByRole("link", { name: /^Retirer .+ \(Maire\)$/ }).click();
    const panel = mayor.page.getByRole("region", { name: "Vous retirer de l'espace de la commune (maire) ?" });
    await expect(panel).toBeVisible();
    await checkA11y(mayor.page);
    const history = countRows("history_event", "workspace_id = (SELECT id FROM workspace WHERE commune_code = ?)", CODE);
    await panel.getByRole("button", { name: "Oui, me retirer" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Une commune garde toujours au moins un·e maire" })).toContainText("est le ou la seul·e maire de l'espace, son accès ne peut pas être retiré.");
    await expect(mayor.page).toHaveURL(new RegExp(`/communes/${CODE}/equipe\\?retirer=\\d+#retirer$`));
    expect(members(CODE, "role = 'maire'")).toBe(1);
    expect(countRows("history_event", "workspace_id = (SELECT id FROM workspace WHERE commune_code = ?)", CODE)).toBe(history);
    await checkA11y(mayor.page);
    await shot(mayor.page, "removal-last-maire");
  });

  await test.step("another commune's member, or a made-up one, is not found", async () => {
    const marvejols = readDatabase((db) => db.prepare("SELECT id FROM workspace_member WHERE workspace_id = (SELECT id FROM workspace WHERE commune_code = '48092') AND role = 'maire'").pluck().get()) as number;
    await expectNotFound(mayor.page, `/communes/${CODE}/equipe?retirer=${marvejols}`);
    await expectNotFound(mayor.page, `/communes/${CODE}/referent?retirer=${marvejols}`);
    await expectNotFound(mayor.page, `/communes/${CODE}/referent?retirer=999999`);
    await expectNotFound(referent.page, `/communes/${CODE}/equipe`);
  });
  await Promise.all([mayor.context.close(), referent.context.close()]);
});

test("the Fécop's admin unassigns a facilitator from a commune, removes a member, and stays its last admin", async ({ browser, as }) => {
  const CODE = "12145"; // Millau (Aveyron)
  const mayor = await newMayorWithCommune(browser, { email: uniqueEmail("maire.millau"), query: "12100", commune: "Millau", code: CODE });
  const admin = await as("admin");
  const ines = await as("facilitatrice");

  await test.step("Millau asks the Fécop, which accepts with Inès Benali", async () => {
    await mayor.page.goto(`/communes/${CODE}/federation`);
    await mayor.page.getByLabel("Votre message").fill("Bonjour, Millau voudrait réunir ses professionnels de santé.");
    await mayor.page.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(mayor.page).toHaveURL(`/communes/${CODE}/federation?demande=envoyee`);
    await admin.goto(await linkFromLatestMail(admin, DEMO.admin, /Demande d'accompagnement : Millau/));
    const request = admin.getByRole("region", { name: /^Demande de Millau/ });
    await request.getByRole("checkbox", { name: /Inès Benali/ }).check();
    await request.getByRole("button", { name: "Accepter et désigner" }).click();
    await expect(request.getByText(/^Demande acceptée le .+ ; Inès Benali accompagne la commune\.$/)).toBeVisible();
    expect((await ines.goto(`/communes/${CODE}`))?.status()).toBe(200);
  });

  await test.step("the admin unassigns her from Millau, after a confirmation", async () => {
    await admin.reload();
    const request = admin.getByRole("region", { name: /^Demande de Millau/ });
    const form = request.getByRole("group", { name: "Qui n'accompagne plus Millau ?" });
    await expect(form.getByRole("radio", { name: "Inès Benali" })).toBeChecked();
    await checkA11y(admin);
    await clickAndConfirm(admin, request.getByRole("button", { name: "Retirer de la commune" }));
    await expect(request.getByRole("status").filter({ hasText: "Inès Benali n'accompagne plus Millau" })).toContainText("un e-mail part pour l'en prévenir");
    await checkA11y(admin);
    await shot(admin, "removal-facilitator-unassigned");
    expect(countRows("history_event", "federation_id = 'fecop' AND action = 'federation.facilitator_unassigned' AND summary LIKE ?", "%Inès Benali de l'accompagnement de Millau%")).toBe(1);
    expect(countRows("history_event", "workspace_id = (SELECT id FROM workspace WHERE commune_code = ?) AND action = 'federation.facilitator_unassigned'", CODE)).toBe(1);
  });

  await test.step("Inès gets a 404 on Millau and an e-mail; she keeps the federation and Marvejols", async () => {
    await expectNotFound(ines, `/communes/${CODE}`);
    expect((await ines.goto("/communes/48092"))?.status()).toBe(200);
    expect((await ines.goto("/federation/fecop"))?.status()).toBe(200);
    const text = await removalMail(DEMO.facilitatrice, "Vous n'accompagnez plus Millau");
    expect(text).toMatch(/, admin de la Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires, vous a retiré·e de l'accompagnement de la commune de Millau sur Boussole\./);
  });

  const fabien = { name: "Fabien Fournier", email: uniqueEmail("fabien.fournier", "fecop.test") };
  await test.step("a new facilitator joins, then is removed from the federation: 404 on the next request, an e-mail", async () => {
    await admin.goto("/federation/fecop/membres");
    await admin.getByLabel("Prénom et nom").fill(fabien.name);
    await admin.getByLabel("Adresse e-mail").fill(fabien.email);
    await admin.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await expect(admin.getByRole("status").filter({ hasText: `Invitation en cours d'envoi à ${fabien.email}.` })).toBeVisible();
    const newcomer = await freshContext(browser);
    await newcomer.page.goto(await linkFromLatestMail(newcomer.page, fabien.email, /vous invite dans l'espace de la/));
    await newcomer.page.getByRole("button", { name: "Accepter l'invitation" }).click();
    await expect(newcomer.page).toHaveURL("/federation/fecop");

    await admin.goto("/federation/fecop/membres");
    await admin.getByRole("link", { name: `Retirer ${fabien.name} (Facilitateur·rice)` }).click();
    const panel = admin.getByRole("region", { name: `Retirer ${fabien.name} (facilitateur·rice) de la fédération ?` });
    await expect(panel).toBeVisible();
    await checkA11y(admin);
    await shot(admin, "removal-federation-member-confirm");
    await panel.getByRole("button", { name: `Oui, retirer ${fabien.name}` }).click();
    await expect(admin).toHaveURL(/\/federation\/fecop\/membres\?retrait=ok/);
    await expect(admin.getByRole("status").filter({ hasText: "Membre retiré·e" })).toBeVisible();
    await expect(admin.getByRole("link", { name: `Retirer ${fabien.name} (Facilitateur·rice)` })).toHaveCount(0);
    await checkA11y(admin);

    await newcomer.page.reload();
    await expect(newcomer.page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    const text = await removalMail(fabien.email, "Votre accès à l'espace de la Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires sur Boussole est retiré");
    expect(text).toContain("vous a retiré·e de la fédération sur Boussole, où vous étiez facilitateur·rice.");
    expect(countRows("history_event", "federation_id = 'fecop' AND action = 'federation.member_removed' AND summary LIKE ?", `%${fabien.name}%`)).toBe(1);
    await newcomer.context.close();
  });

  await test.step("the Fécop's only admin cannot remove herself: a French message, nothing written", async () => {
    await admin.getByRole("link", { name: /^Retirer .+ \(Admin fédération\)$/ }).click();
    const panel = admin.getByRole("region", { name: "Vous retirer de la fédération (admin fédération) ?" });
    await panel.getByRole("button", { name: "Oui, me retirer" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Une fédération garde toujours au moins un·e admin" })).toBeVisible();
    expect(countRows("federation_member", "federation_id = 'fecop' AND role = 'admin'")).toBe(1);
    await checkA11y(admin);
    await expectNotFound(admin, "/federation/fecop/membres?retirer=999999");
  });
  await mayor.context.close();
});
