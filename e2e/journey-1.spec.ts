/**
 * Journey 1 — the mayor invites the federation (PRODUCT.md), end to end, each person in their own browser:
 * a new mayor, the Fécop's admin, the two people of the referent binôme.
 */
import { test, expect } from "./fixtures";
import { DEMO, capturedMails, freshContext, linkFromLatestMail, signInByEmail } from "./support";
import { acceptInvitationAsNewcomer, checkA11y, frenchDay, parisDay, uniqueEmail } from "./journeys";
import { NewWorkspacePage } from "./pages/new-workspace-page";
import { ReferentPage } from "./pages/referent-page";

const FECOP = "Fédération de l'Exercice Coordonné Pluriprofessionnel en soins primaires";
const CODE = "12208"; // Saint-Affrique (Aveyron, Occitanie): postal code 12400, shared with eight smaller communes

test("journey 1: a new mayor opens the workspace, the Fécop accepts, the referent binôme joins", async ({ as, browser }) => {
  test.setTimeout(240_000);
  const mayorEmail = uniqueEmail("maire.saint-affrique");
  const mayorName = "Claire Bonnefous";
  const elu = { name: "Sophie Marty", email: uniqueEmail("sophie.marty") };
  const agent = { name: "Lucas Vidal", email: uniqueEmail("lucas.vidal") };
  const message = `Bonjour, nous perdons deux médecins en 2027 et souhaitons réunir les professionnels de Saint-Affrique. (${Date.now()})`;
  const mandateStart = parisDay(-20);

  const mayor = await freshContext(browser);
  const page = mayor.page;

  await test.step("the mayor signs in with an e-mail link", async () => {
    await signInByEmail(page, mayorEmail, { name: mayorName });
    await expect(page.getByRole("heading", { level: 1, name: "Mes espaces" })).toBeVisible();
    await expect(page.getByText("Vous n'avez encore de rôle dans aucune commune.")).toBeVisible();
    await checkA11y(page);
  });

  const form = new NewWorkspacePage(page);
  await test.step("finds the commune by postal code", async () => {
    await page.getByRole("link", { name: "Ouvrir l'espace d'une commune" }).click();
    await expect(page).toHaveURL("/communes/nouvelle");
    await expect(page.getByRole("heading", { level: 1, name: "Ouvrir l'espace de votre commune" })).toBeVisible();
    await checkA11y(page);
    await form.search("12400");
    await expect(form.commune("Saint-Affrique")).toBeEnabled();
    await expect(page.getByText("Aveyron, Occitanie", { exact: false }).first()).toBeVisible();
    await checkA11y(page);
  });

  await test.step("a future mandate date is refused beside the field, values kept, nothing created", async () => {
    const tomorrow = parisDay(1);
    await form.commune("Saint-Affrique").check();
    await form.mandateStart.fill(tomorrow);
    await form.submit();
    const error = page.locator("#mandateStart-error");
    await expect(error).toHaveText("Erreur : Indiquez une date passée ou celle d'aujourd'hui : le mandat a déjà commencé.");
    await expect(form.mandateStart).toHaveAttribute("aria-invalid", "true");
    await expect(form.mandateStart).toHaveAttribute("aria-describedby", /mandateStart-error/);
    await expect(form.mandateStart).toBeFocused();
    await expect(form.mandateStart).toHaveValue(tomorrow);
    await expect(form.commune("Saint-Affrique")).toBeChecked();
    await expect(page).toHaveURL(/\/communes\/nouvelle\?q=12400$/);
    await checkA11y(page);
    expect((await page.request.get(`/communes/${CODE}`)).status()).toBe(404);
  });

  await test.step("a mandate before 2020 is refused too", async () => {
    await form.mandateStart.fill("2019-12-31");
    await form.submit();
    await expect(page.locator("#mandateStart-error")).toHaveText("Erreur : Le mandat ne peut pas avoir commencé avant le 1er janvier 2020.");
    await expect(form.mandateStart).toHaveValue("2019-12-31");
    await expect(form.commune("Saint-Affrique")).toBeChecked();
    await checkA11y(page);
    expect((await page.request.get(`/communes/${CODE}`)).status()).toBe(404);
    await page.reload();
    await expect(form.commune("Saint-Affrique")).toBeEnabled(); // still free: no workspace was written
  });

  await test.step("a valid date opens the workspace; the dashboard proposes the Fécop and its contacts", async () => {
    await form.commune("Saint-Affrique").check();
    await form.mandateStart.fill(mandateStart);
    await form.submit();
    await expect(page).toHaveURL(`/communes/${CODE}?bienvenue=1`);
    await expect(page.getByText("L'espace de la commune est ouvert")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord de Saint-Affrique" })).toBeAttached();
    await expect(page.getByText(`Commencé le ${frenchDay(mandateStart)}.`)).toBeVisible();
    await expect(page.getByText("Jour 21", { exact: true })).toBeVisible();
    const federation = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Fédération régionale" }) });
    await expect(federation.getByText("Aucune fédération sollicitée pour l'instant.")).toBeVisible();
    await expect(federation.getByRole("heading", { name: "Fécop" })).toBeVisible();
    await expect(federation.getByText(FECOP)).toBeVisible();
    await expect(federation.getByRole("link", { name: "06 31 00 60 47" })).toHaveAttribute("href", "tel:0631006047");
    await expect(federation.getByRole("link", { name: "contact@fecop.fr" })).toHaveAttribute("href", "mailto:contact@fecop.fr");
    await expect(federation.getByRole("link", { name: "www.fecop.fr" })).toBeVisible();
    await checkA11y(page);
  });

  await test.step("the mayor sends the request with a message (an empty message is refused first)", async () => {
    await page.getByRole("link", { name: "Demander l'accompagnement" }).click();
    await expect(page).toHaveURL(`/communes/${CODE}/federation`);
    await expect(page.getByLabel("Fédération à solliciter")).toHaveValue("fecop");
    await checkA11y(page);

    await page.getByLabel("Votre message").fill("   ");
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(page.locator("#message-error")).toHaveText("Erreur : Le message est obligatoire.");
    await expect(page.getByLabel("Votre message")).toBeFocused();
    await expect(page.getByLabel("Fédération à solliciter")).toHaveValue("fecop");
    await checkA11y(page);

    await page.getByLabel("Votre message").fill(message);
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(page).toHaveURL(`/communes/${CODE}/federation?demande=envoyee`);
    await expect(page.getByRole("status").filter({ hasText: `Demande envoyée à la ${FECOP}` })).toContainText("Vous serez prévenu·e par e-mail de sa réponse.");
    const mine = page.locator("section").filter({ has: page.getByRole("heading", { name: "Votre demande" }) });
    await expect(mine.getByText("En attente de réponse")).toBeVisible();
    await expect(mine.getByText(`Adressée à la ${FECOP} le`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Envoyer la demande" })).toHaveCount(0);
    await checkA11y(page);
  });

  const adminPage = await as("admin");

  await test.step("the Fécop's admin is e-mailed (development mailbox and the SMTP server)", async () => {
    const link = await linkFromLatestMail(adminPage, DEMO.admin, /Demande d'accompagnement : Saint-Affrique/);
    await expect(adminPage.getByTestId("mail-body")).toContainText(message);
    await expect(adminPage.getByTestId("mail-body")).toContainText(`${mayorName}, maire de Saint-Affrique, demande l'accompagnement de la ${FECOP}`);
    expect(new URL(link).pathname).toBe("/federation/fecop");
    expect(link.startsWith(`${test.info().project.use.baseURL}/`), link).toBe(true);
    await checkA11y(adminPage);

    const smtp = (await capturedMails()).filter((m) => m.to.includes(DEMO.admin) && m.subject === "Demande d'accompagnement : Saint-Affrique");
    expect(smtp).toHaveLength(1);
    expect(smtp[0].text).toContain(message);
    expect(smtp[0].text).toContain(link);

    await adminPage.goto(link);
  });

  // The e-mail opens this request alone, with its decision forms (the other pending requests carry none).
  const request = adminPage.locator("section").filter({ has: adminPage.getByRole("heading", { level: 2, name: "Demande de Saint-Affrique (Aveyron)" }) });
  const card = adminPage.getByRole("listitem").filter({ has: adminPage.getByRole("heading", { level: 3, name: "Saint-Affrique (Aveyron)" }) });
  await test.step("sees the request on the federation's page", async () => {
    await expect(adminPage.getByRole("heading", { level: 1, name: "Fécop" })).toBeVisible();
    await expect(request).toBeVisible();
    await expect(request.getByText(message)).toBeVisible();
    await expect(request.getByText(`mandat commencé le ${frenchDay(mandateStart)}`)).toBeVisible();
    await expect(card.getByText("Demande à traiter")).toBeVisible();
    await expect(adminPage.getByRole("button", { name: "Accepter et désigner" })).toHaveCount(1);
    await checkA11y(adminPage);
  });

  await test.step("accepts, assigning Inès Benali and vouching for the mayor (nobody ticked is refused first)", async () => {
    await request.getByRole("button", { name: "Accepter et désigner" }).click();
    await expect(request.getByText("Choisissez une ou deux personnes pour accompagner la commune.")).toBeVisible();
    await checkA11y(adminPage);

    await request.getByRole("checkbox", { name: /Inès Benali/ }).check();
    // The workspace is "à vérifier": accepting it vouches for the mayor, after a call to the town hall.
    await request.getByRole("checkbox", { name: /^J'ai vérifié auprès de la mairie que .+ est bien maire de Saint-Affrique$/ }).check();
    await request.getByLabel("Comment (facultatif)").fill("Appel au secrétariat de la mairie");
    await request.getByRole("button", { name: "Accepter et désigner" }).click();
    await expect(request.getByText(/^Demande acceptée le .+ ; Inès Benali accompagne la commune\.$/)).toBeVisible();
    await expect(request.getByRole("button", { name: "Accepter et désigner" })).toHaveCount(0);
    await expect(card.getByText("Acceptée", { exact: true })).toBeVisible();
    await expect(card).toContainText("Inès Benali");
    await checkA11y(adminPage);

    const smtp = await capturedMails();
    expect(smtp.filter((m) => m.to.includes(mayorEmail) && m.subject === `La ${FECOP} accompagne Saint-Affrique`)).toHaveLength(1);
    expect(smtp.filter((m) => m.to.includes(DEMO.facilitatrice) && m.subject === "Vous accompagnez Saint-Affrique")).toHaveLength(1);
  });
  await adminPage.context().close();

  const referent = new ReferentPage(page, CODE);
  await test.step("the mayor designates a binôme referent (the same address twice is refused first)", async () => {
    await page.goto(`/communes/${CODE}`);
    await page.getByRole("link", { name: "Désigner le référent santé" }).click();
    await expect(page).toHaveURL(`/communes/${CODE}/referent`);
    await checkA11y(page);

    await referent.form.getByRole("radio", { name: "Un binôme élu·e / agent·e" }).check();
    const e = referent.person("L'élu·e du binôme");
    const a = referent.person("L'agent·e du binôme");
    await e.name.fill(elu.name);
    await e.email.fill(elu.email);
    await a.name.fill(agent.name);
    await a.email.fill(elu.email.toUpperCase());
    await referent.form.getByRole("button", { name: "Envoyer les deux invitations" }).click();
    await expect(page.locator("#agentEmail-error")).toHaveText("Erreur : Un binôme, ce sont deux personnes : indiquez une autre adresse que celle de l'élu·e.");
    await expect(a.email).toBeFocused();
    await expect(e.name).toHaveValue(elu.name);
    await expect(a.name).toHaveValue(agent.name);
    await checkA11y(page);

    await a.email.fill(agent.email);
    await referent.form.getByRole("button", { name: "Envoyer les deux invitations" }).click();
    await expect(referent.form.getByRole("status").filter({ hasText: "Invitation en cours d'envoi" })).toHaveText(`Invitation en cours d'envoi à ${elu.email} et ${agent.email}.`);
    await expect(referent.invitation(elu.email)).toContainText(`${elu.name} (élu·e)`);
    await expect(referent.invitation(agent.email)).toContainText(`${agent.name} (agent·e)`);
    await expect(referent.invitation(agent.email).getByText(/^Remise le .+, valable jusqu'au /)).toBeVisible();
    await checkA11y(page);
  });

  await test.step("each referent opens the e-mailed link in their own browser, accepts, and lands signed in on the dashboard", async () => {
    for (const person of [elu, agent]) {
      const invited = await acceptInvitationAsNewcomer(browser, person.email, { communeCode: CODE, a11y: true });
      await expect(invited.page.getByRole("banner").getByText(person.name)).toBeVisible(); // signed in as themselves
      await expect(invited.page.getByRole("heading", { level: 1, name: "Tableau de bord de Saint-Affrique" })).toBeAttached();
      await checkA11y(invited.page);
      await invited.context.close();
    }
  });

  await test.step("the mayor's dashboard shows the federation, the facilitator and the referents", async () => {
    await page.goto(`/communes/${CODE}`);
    const federation = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Fédération régionale" }) });
    await expect(federation.getByText("Accompagnement en cours")).toBeVisible();
    await expect(federation.getByText(FECOP)).toBeVisible();
    await expect(federation.getByRole("heading", { level: 3, name: "Votre facilitateur·rice" })).toBeVisible();
    await expect(federation.getByRole("listitem")).toHaveText(["Inès Benali — facilitatrice@demo.boussole.fr"]);
    const ref = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Référent santé" }) });
    expect((await ref.getByRole("listitem").allTextContents()).sort()).toEqual([`${agent.name} (agent·e)`, `${elu.name} (élu·e)`]);
    await expect(ref.getByText("Invitation en attente")).toHaveCount(0);
    const team = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Qui participe" }) });
    await expect(team.getByRole("listitem")).toHaveCount(4);
    expect((await team.getByRole("listitem").allTextContents()).sort()).toEqual(
      [`${mayorName}Maire`, "Inès BenaliFacilitateur·rice de la fédération", `${elu.name}Référent·e santé (élu·e)`, `${agent.name}Référent·e santé (agent·e)`].sort(),
    );
    await checkA11y(page);
  });

  await test.step("the history lists these events, newest first, with their authors", async () => {
    await page.getByRole("navigation", { name: "Rubriques de la commune" }).getByRole("link", { name: "Historique" }).click();
    await expect(page).toHaveURL(`/communes/${CODE}/historique`);
    const events = page.locator("main ol > li");
    await expect(events).toHaveCount(7);
    const texts = await events.allTextContents();
    const expected = [
      new RegExp(`^${agent.name} a accepté d'être référent·e santé \\(agent·e\\)\\..*— par ${agent.name}$`),
      new RegExp(`^${elu.name} a accepté d'être référent·e santé \\(élu·e\\)\\..*— par ${elu.name}$`),
      new RegExp(`a désigné comme référent santé un binôme élu·e / agent·e : ${elu.name} \\(élu·e, ${esc(elu.email)}\\) et ${agent.name} \\(agent·e, ${esc(agent.email)}\\)`),
      new RegExp(`^Marc Delmas a accepté, pour la ${esc(FECOP)}, d'accompagner la commune ; facilitateur·rice : Inès Benali\\..*— par Marc Delmas$`),
      new RegExp(`^Marc Delmas \\(${esc(FECOP)}\\) a vérifié auprès de la mairie que le maire de l'espace est bien maire de Saint-Affrique \\(Appel au secrétariat de la mairie\\)\\..*— par Marc Delmas$`),
      new RegExp(`a demandé l'accompagnement de la ${esc(FECOP)}\\..*— par ${mayorName}$`),
      new RegExp(`a ouvert l'espace de Saint-Affrique \\(mandat commencé le ${frenchDay(mandateStart)}\\) et en est le maire\\..*— par ${mayorName}$`),
    ];
    expected.forEach((re, i) => expect(texts[i], `event ${i}`).toMatch(re));
    await expect(events.first().locator("time")).toHaveText(/^\d{1,2} \p{L}+ \d{4} à \d{1,2} h \d{2}$/u);
    await checkA11y(page);
  });

  await mayor.context.close();
});

function esc(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
