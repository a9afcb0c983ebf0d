/**
 * Names and the profile: a new account gives « Prénom et nom » at first sign-in and goes on where it was going;
 * the name is what pages, mails and the history show; the profile page changes it, signs out everywhere,
 * downloads the person's data and deletes the account. Communes: Bédarieux (34028) and Soubès (34304), used by
 * no other spec.
 */
import fs from "node:fs";
import { test, expect } from "./fixtures";
import { checkA11y, invitationLink, newMayorWithCommune, parisDay, uniqueEmail, acceptInvitationAsNewcomer } from "./journeys";
import { NewWorkspacePage } from "./pages/new-workspace-page";
import { ReferentPage } from "./pages/referent-page";
import { clickAndConfirm, freshContext, linkFromLatestMail, signInByEmail } from "./support";

const SHOTS = process.env.E2E_SHOTS_DIR;
async function shot(page: import("@playwright/test").Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("a new account gives its name at first sign-in; pages, mails and history show it; the profile changes it and downloads the data", async ({ browser }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail("maire.bedarieux");
  const { context, page } = await freshContext(browser);

  await test.step("signing in on the way to a page, the new account is asked its name first", async () => {
    await page.goto("/communes/nouvelle");
    await expect(page).toHaveURL("/connexion?retour=%2Fcommunes%2Fnouvelle");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
    await page.goto(await linkFromLatestMail(page, email, /lien de connexion/));
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page).toHaveURL("/profil/nom?retour=%2Fcommunes%2Fnouvelle");
    await expect(page.getByRole("heading", { level: 1, name: "Prénom et nom" })).toBeVisible();
    await checkA11y(page);
    // Any other page sends back here while the name is missing.
    await page.goto("/espace");
    await expect(page).toHaveURL("/profil/nom?retour=%2Fespace");
    await page.goto("/profil/nom?retour=%2Fcommunes%2Fnouvelle");
  });

  await test.step("a bad name is refused beside the field, the typed value kept", async () => {
    const field = page.getByLabel("Prénom et nom");
    await page.getByRole("button", { name: "Continuer" }).click();
    await expect(page.locator("#name-error")).toHaveText("Erreur : Indiquez votre prénom et votre nom.");
    await field.fill("Lucie 2");
    await page.getByRole("button", { name: "Continuer" }).click();
    await expect(page.locator("#name-error")).toContainText("sans chiffres ni symboles");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveValue("Lucie 2");
    await checkA11y(page);
    await shot(page, "profil-nom-erreur");
  });

  await test.step("with a name, the person lands where they were going", async () => {
    await page.getByLabel("Prénom et nom").fill("  Lucie   Fabre ");
    await page.getByRole("button", { name: "Continuer" }).click();
    await expect(page).toHaveURL("/communes/nouvelle");
    await expect(page.getByRole("banner").getByRole("link", { name: /Mon profil/ })).toContainText("Lucie Fabre");
  });

  await test.step("the name shows on the dashboard, in the history and in the mail to a referent", async () => {
    const form = new NewWorkspacePage(page);
    await form.search("bedarieux");
    await form.commune("Bédarieux").check();
    await form.mandateStart.fill(parisDay(-12));
    await form.submit();
    await expect(page).toHaveURL("/communes/34028?bienvenue=1");
    const team = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Qui participe" }) });
    await expect(team.getByRole("listitem").first()).toContainText("Lucie Fabre");
    await expect(team).not.toContainText(email);

    const referent = new ReferentPage(page, "34028");
    await referent.open();
    const invitee = uniqueEmail("referent.bedarieux");
    await referent.designateElu("Marc Lodévois", invitee);
    await expect(referent.invitation(invitee)).toBeVisible();
    await invitationLink(page, invitee);
    await expect(page.getByTestId("mail-body")).toContainText("Lucie Fabre, maire de Bédarieux, vous désigne");
    await expect(page.getByTestId("mail-body")).not.toContainText(email);

    await page.goto("/communes/34028/historique");
    await expect(page.locator("main ol > li").last()).toContainText("a ouvert l'espace de Bédarieux");
    await expect(page.locator("main ol > li").last()).toContainText("— par Lucie Fabre");
    await expect(page.getByRole("main")).not.toContainText(email);
  });

  await test.step("the profile page: roles, a new name shown at once", async () => {
    await page.getByRole("banner").getByRole("link", { name: /Mon profil/ }).click();
    await expect(page).toHaveURL("/profil");
    await expect(page.getByRole("heading", { level: 1, name: "Mon profil" })).toBeVisible();
    const roles = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Mes rôles" }) });
    await expect(roles.getByRole("listitem")).toHaveText(["Bédarieux — Maire"]);
    await checkA11y(page);
    await shot(page, "profil");
    await page.getByLabel("Prénom et nom").fill("Lucie Fabre-Martin");
    await page.getByRole("button", { name: "Enregistrer mon nom" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Votre nom est maintenant « Lucie Fabre-Martin »." })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: /Mon profil/ })).toContainText("Lucie Fabre-Martin");
    await checkA11y(page);
  });

  await test.step("« Télécharger mes données » gives what Boussole holds, without any token", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Télécharger mes données" }).click();
    const file = await (await download).path();
    const text = fs.readFileSync(file, "utf8");
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ name: "Lucie Fabre-Martin", email });
    expect(data.roles.communes).toEqual([expect.objectContaining({ code: "34028", commune: "Bédarieux", role: "maire" })]);
    expect(data.invitations.sent).toEqual([expect.objectContaining({ kind: "referent", name: "Marc Lodévois" })]);
    expect(data.authored.workspacesOpened).toEqual([expect.objectContaining({ commune: "Bédarieux" })]);
    expect(data.authored.history.map((h: { action: string }) => h.action)).toEqual(expect.arrayContaining(["workspace.created", "referent.invited"]));
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(text).not.toMatch(/tokenHash|sessionToken|token_hash/);
  });

  await test.step("the last maire cannot delete the account: told what to do first, nothing deleted", async () => {
    await page.getByLabel(/Je comprends que mon compte sera supprimé/).check();
    await clickAndConfirm(page, page.getByRole("button", { name: "Supprimer mon compte" }));
    await expect(page.getByText(/seul·e maire de l'espace de Bédarieux : avant de supprimer votre compte, faites transférer le rôle de maire/)).toBeVisible();
    await checkA11y(page);
    await page.goto("/communes/34028");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Bédarieux");
  });
  await context.close();
});

test("« Se déconnecter partout » in one browser ends the session of another", async ({ browser }) => {
  const email = uniqueEmail("deux.appareils");
  const first = await freshContext(browser);
  await signInByEmail(first.page, email, { name: "Nadia Deuxpostes" });
  const second = await freshContext(browser);
  await signInByEmail(second.page, email);
  await second.page.goto("/profil");
  await expect(second.page.getByText("Vous êtes connecté·e sur 2 appareils ou navigateurs, celui-ci compris.")).toBeVisible();
  await clickAndConfirm(second.page, second.page.getByRole("button", { name: "Se déconnecter partout" }));
  await expect(second.page).toHaveURL("/connexion");
  await first.page.goto("/profil");
  await expect(first.page).toHaveURL("/connexion?retour=%2Fprofil");
  await second.page.goto("/espace");
  await expect(second.page).toHaveURL("/connexion?retour=%2Fespace");
  await Promise.all([first.context.close(), second.context.close()]);
});

test("a referent deletes their account: no more access, their words stay under « compte supprimé », the address can start afresh", async ({ browser }) => {
  test.setTimeout(180_000);
  const mayor = await newMayorWithCommune(browser, { email: uniqueEmail("maire.soubes"), query: "soubes", commune: "Soubès", code: "34304", name: "Hugo Bosquet" });
  const referentEmail = uniqueEmail("referente.soubes");
  const referent = new ReferentPage(mayor.page, "34304");
  await referent.open();
  await referent.designateElu("Inès Partante", referentEmail);
  await expect(referent.invitation(referentEmail)).toBeVisible();
  const person = await acceptInvitationAsNewcomer(browser, referentEmail, { communeCode: "34304" });
  const page = person.page;

  await page.goto("/profil");
  const box = page.getByLabel(/Je comprends que mon compte sera supprimé/);
  await clickAndConfirm(page, page.getByRole("button", { name: "Supprimer mon compte" }));
  await expect(page.locator("#confirm-error")).toHaveText("Erreur : Cochez la case pour confirmer la suppression de votre compte.");
  await box.check();
  await clickAndConfirm(page, page.getByRole("button", { name: "Supprimer mon compte" }));
  await expect(page).toHaveURL("/compte-supprime");
  await expect(page.getByRole("heading", { level: 1, name: "Votre compte est supprimé" })).toBeVisible();
  await checkA11y(page);
  await shot(page, "compte-supprime");
  await page.goto("/communes/34304");
  await expect(page).toHaveURL("/connexion?retour=%2Fcommunes%2F34304");

  // The mayor's side: the referent is gone from the team; the history keeps what they did, without their address.
  await mayor.page.goto("/communes/34304");
  const team = mayor.page.locator("section").filter({ has: mayor.page.getByRole("heading", { level: 2, name: "Qui participe" }) });
  await expect(team).not.toContainText("Inès Partante");
  await mayor.page.goto("/communes/34304/historique");
  const events = mayor.page.locator("main ol > li");
  await expect(events.first()).toContainText("Un compte a été supprimé à la demande de son ou sa titulaire");
  await expect(events.filter({ hasText: "a accepté d'être référent·e santé" })).toContainText("— par compte supprimé");
  await expect(mayor.page.getByRole("main")).not.toContainText(referentEmail);

  // The same address signs in again: a fresh account, asked its name, with no commune.
  const again = await freshContext(browser);
  await signInByEmail(again.page, referentEmail, { name: "Inès Revenue" });
  await expect(again.page.getByText("Vous n'avez encore de rôle dans aucune commune.")).toBeVisible();
  await Promise.all([mayor.context.close(), person.context.close(), again.context.close()]);
});
