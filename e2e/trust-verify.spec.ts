/**
 * The verified mandate and the sign-in limit, as people meet them: whoever opens a commune's workspace first
 * holds an « espace à vérifier » that cannot invite professionals; the Fécop's admin vouches for the mayor on
 * accepting the request (after calling the town hall) and the banner goes; a 4th sign-in link in a quarter of
 * an hour to one address is refused in French. Figeac (46102) is used by no other spec.
 */
import { test, expect } from "./fixtures";
import { DEMO, capturedMails, freshContext, linkFromLatestMail } from "./support";
import { checkA11y, newMayorWithCommune, uniqueEmail } from "./journeys";
import { InventoryPage } from "./pages/inventory-page";

const CODE = "46102";
const banner = (page: import("@playwright/test").Page) => page.getByRole("heading", { level: 2, name: /^Espace à vérifier : le mandat du maire de Figeac/ });

test("an unverified workspace cannot invite professionals; the Fécop verifies it on accepting the request, and the banner goes", async ({ browser, as }) => {
  test.setTimeout(180_000);
  const squatter = await newMayorWithCommune(browser, { email: uniqueEmail("maire.figeac"), query: "46100", commune: "Figeac", code: CODE, verified: false });
  const page = squatter.page;
  const professional = uniqueEmail("lise.roux", "cabinet.test");

  await test.step("the banner says what is capped and how the verification happens, on every page of the commune", async () => {
    await expect(banner(page)).toBeVisible();
    await expect(page.getByText(/Boussole n'envoie que la demande d'accompagnement à la fédération et la désignation du référent santé/)).toBeVisible();
    await expect(page.getByText(/La fédération de votre région vérifie votre mandat auprès de la mairie/)).toBeVisible();
    await checkA11y(page);
    await page.goto(`/communes/${CODE}/etat-des-lieux`);
    await expect(banner(page)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("espace-a-verifier.png"), fullPage: true });
  });

  await test.step("a professional's line offers no invitation: the page says why, and nothing is e-mailed", async () => {
    const inventory = new InventoryPage(page, CODE);
    const id = await inventory.addLine({ profession: "Médecin généraliste", name: "Dr Lise Roux", email: professional });
    await page.goto(inventory.linePath(id));
    await expect(page.getByTestId("invite-capped")).toHaveText(/^Cet espace n'est pas encore vérifié : il ne peut pas inviter des professionnel·les à confirmer leur fiche\./);
    await expect(page.getByRole("button", { name: "Inviter à confirmer sa fiche" })).toHaveCount(0);
    await checkA11y(page);
    expect((await capturedMails()).filter((m) => m.to.includes(professional))).toEqual([]);
  });

  await test.step("the mayor asks the Fécop: the request may leave", async () => {
    await page.goto(`/communes/${CODE}/federation`);
    await expect(page.getByLabel("Fédération à solliciter")).toHaveValue("fecop");
    await page.getByLabel("Votre message").fill("Bonjour, nous souhaitons réunir les professionnels de santé de Figeac.");
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(page).toHaveURL(`/communes/${CODE}/federation?demande=envoyee`);
  });

  const admin = await as("admin");
  const request = admin.locator("section").filter({ has: admin.getByRole("heading", { level: 2, name: "Demande de Figeac (Lot)" }) });
  await test.step("the Fécop's admin must say they checked with the town hall before accepting", async () => {
    await admin.goto(await linkFromLatestMail(admin, DEMO.admin, /Demande d'accompagnement : Figeac/));
    await expect(request.getByText("Espace à vérifier : le mandat du maire n'a pas encore été confirmé auprès de la mairie.")).toBeVisible();
    await checkA11y(admin);
    await request.getByRole("checkbox", { name: /Inès Benali/ }).check();
    await request.getByRole("button", { name: "Accepter et désigner" }).click();
    const box = request.getByRole("checkbox", { name: /^J'ai vérifié auprès de la mairie que .+ est bien maire de Figeac$/ });
    await expect(request.getByText("Avant d'accepter, vérifiez auprès de la mairie de Figeac que la personne qui a ouvert l'espace en est bien le maire, puis cochez la case.")).toBeVisible();
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await checkA11y(admin);
    await admin.screenshot({ path: test.info().outputPath("verification-federation.png"), fullPage: true });

    await box.check();
    await request.getByLabel("Comment (facultatif)").fill("Appel au secrétariat de la mairie");
    await request.getByRole("button", { name: "Accepter et désigner" }).click();
    await expect(request.getByText(/^Demande acceptée le .+ ; Inès Benali accompagne la commune\.$/)).toBeVisible();
  });

  await test.step("the banner is gone, the invitation is offered, and the history says who verified", async () => {
    await page.goto(`/communes/${CODE}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
    await page.goto(`/communes/${CODE}/historique`);
    await expect(page.getByText(/a vérifié auprès de la mairie que le maire de l'espace est bien maire de Figeac \(Appel au secrétariat de la mairie\)\./)).toBeVisible();
  });
  await squatter.context.close();
});

test("the 4th sign-in link to one address within 15 minutes is refused beside the field, with the time to retry", async ({ browser }) => {
  const { context, page } = await freshContext(browser, { extraHTTPHeaders: { "X-Forwarded-For": "198.51.100.250" } });
  const email = uniqueEmail("pressee");
  for (let i = 0; i < 3; i++) {
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
  }
  await page.goto("/connexion");
  const field = page.getByLabel("Adresse e-mail");
  await field.fill(email);
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await expect(page.locator("#email-error")).toHaveText(
    /^Erreur : Trois liens de connexion ont déjà été envoyés à cette adresse dans le dernier quart d'heure : vérifiez votre messagerie \(et les indésirables\)\. Réessayez après \d{1,2} h \d{2}\.$/,
  );
  await expect(field).toHaveValue(email);
  await expect(page).toHaveURL("/connexion");
  await checkA11y(page);
  expect((await capturedMails()).filter((m) => m.to.includes(email))).toHaveLength(3);
  await context.close();
});
