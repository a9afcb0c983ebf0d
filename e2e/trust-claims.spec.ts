/**
 * Issue 10, item 2 — claiming a commune. Someone who is not its mayor opens Lodève's workspace first; the real
 * mayor finds it taken, says « Je suis le/la maire de cette commune » and files a claim; it goes by e-mail to
 * the Fécop's admin (Occitanie) and to the Boussole team; the admin checks with the town hall and transfers
 * the maire role; the mayor lands on the commune as its maire, the squatter's next visit is a 404.
 * Lodève (34142) is used by no other journey.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { capturedMails, DEMO, freshContext, signInByEmail } from "./support";
import { checkA11y, expectNotFound, newMayorWithCommune, uniqueEmail } from "./journeys";
import { NewWorkspacePage } from "./pages/new-workspace-page";

const CODE = "34142";
const OPERATOR = "operateur@boussole.test";

const mailsTo = async (to: string, subject: RegExp) => (await capturedMails()).filter((m) => m.to.includes(to) && subject.test(m.subject));
/** The path of the link an e-mail carries (the captured text spells its URL out). */
function pathIn(text: string, pattern: RegExp): string {
  const url = new URL(text.match(pattern)![0]);
  return url.pathname + url.search;
}

test("a squatted commune: the mayor's claim reaches the Fécop, whose admin transfers the maire role after checking; the squatter gets a 404", async ({ browser, as }) => {
  const squatterEmail = uniqueEmail("squatteur");
  const mayorEmail = uniqueEmail("jeanne.martin");
  const { page: squatter } = await newMayorWithCommune(browser, { email: squatterEmail, query: "34700", commune: "Lodève", code: CODE });

  const { page: mayor } = await freshContext(browser);
  await signInByEmail(mayor, mayorEmail);

  await test.step("the commune is taken: the search offers to claim it, without saying who holds it", async () => {
    const form = new NewWorkspacePage(mayor);
    await form.search("34700");
    await expect(form.commune("Lodève")).toBeDisabled();
    await mayor.getByRole("link", { name: "Je suis le/la maire de cette commune (Lodève)" }).click();
    await expect(mayor).toHaveURL(`/espace/revendiquer/${CODE}`);
    await expect(mayor.getByRole("heading", { level: 1, name: "Je suis le/la maire de Lodève" })).toBeVisible();
    await expect(mayor.getByText(/Les admins de la Fécop, fédération de votre région, vérifient auprès de la mairie/)).toBeVisible();
    expect(await mayor.content()).not.toContain(squatterEmail);
    await mayor.goBack();
    await mayor.screenshot({ path: "test-results/trust-claims-search.png", fullPage: true });
    await mayor.goForward();
    await checkA11y(mayor);
  });

  await test.step("a wrong phone and missing fields are refused beside their fields, what was typed kept", async () => {
    await mayor.getByLabel("Prénom et nom").fill("Jeanne Martin");
    await mayor.getByLabel("Téléphone").fill("12 34");
    await mayor.getByRole("button", { name: "Envoyer ma revendication" }).click();
    await expect(mayor.getByText("Indiquez un numéro de téléphone français à 10 chiffres, par exemple 04 66 32 00 00.")).toBeVisible();
    await expect(mayor.getByText("Indiquez votre fonction à la mairie, par exemple « Maire » ou « Maire déléguée ».")).toBeVisible();
    await expect(mayor.getByLabel("Téléphone")).toHaveAttribute("aria-invalid", "true");
    await expect(mayor.getByLabel("Prénom et nom")).toHaveValue("Jeanne Martin");
    await checkA11y(mayor);
    await mayor.screenshot({ path: "test-results/trust-claims-form.png", fullPage: true });
  });

  await test.step("the claim is sent: to the Fécop's admin, and to the Boussole team with the phone", async () => {
    await mayor.getByLabel("Fonction à la mairie").fill("Maire");
    await mayor.getByLabel("Téléphone").fill("04 67 44 00 00");
    await mayor.getByLabel("Message").fill("Élue en mars ; l'accueil de la mairie peut vous le confirmer.");
    await mayor.getByRole("button", { name: "Envoyer ma revendication" }).click();
    // The page is revalidated: the form gives way to the claim's state, announced.
    const pending = mayor.getByRole("status").filter({ hasText: "Votre revendication est en cours d'examen" });
    await expect(pending).toContainText(`Les admins de la Fécop vérifient auprès de la mairie ; vous recevrez la réponse par e-mail, à ${mayorEmail}.`);
    await mayor.reload();
    await expect(pending).toBeVisible();
    await checkA11y(mayor);
    await expect.poll(async () => (await mailsTo(DEMO.admin, /Revendication du rôle de maire : Lodève/)).length).toBe(1);
    const operator = await mailsTo(OPERATOR, /Revendication du rôle de maire : Lodève \(34142\)/);
    expect(operator).toHaveLength(1);
    expect(operator[0].text).toContain("04 67 44 00 00");
    expect(operator[0].text).toContain(mayorEmail);
  });

  let admin: Page;
  await test.step("the Fécop's admin opens the claim from the e-mail: who holds the role now, who asks, and the two decisions", async () => {
    const [mail] = await mailsTo(DEMO.admin, /Revendication du rôle de maire : Lodève/);
    admin = await as("admin");
    await admin.goto(pathIn(mail.text, /http\S+revendication=\d+/));
    const section = admin.getByRole("region", { name: /^Revendications de mandat/ });
    await expect(section.getByRole("heading", { level: 2 })).toContainText(/Revendications de mandat\s*\d+/);
    await expect(section.getByRole("heading", { level: 3, name: "Revendication sur Lodève (Hérault)" })).toBeVisible();
    // Who holds the role now: the squatter (by name, or by address when they gave none).
    const holder = section.locator("dl > div").filter({ has: admin.locator("dt", { hasText: "Maire de l'espace aujourd'hui" }) }).locator("dd");
    await expect(holder).toHaveText(/\S/);
    await expect(holder).not.toHaveText(/personne|Jeanne Martin/);
    await expect(section).toContainText("Jeanne Martin (Maire)");
    await expect(section).toContainText("04 67 44 00 00");
    await checkA11y(admin);
    await admin.screenshot({ path: "test-results/trust-claims-panel.png", fullPage: true });
  });

  await test.step("the transfer needs the explicit check; then the role moves", async () => {
    await admin.getByRole("button", { name: "Transférer le rôle de maire" }).click();
    await expect(admin.getByText(/Cochez cette case une fois la mairie contactée/)).toBeVisible();
    await admin.getByLabel(/J'ai vérifié auprès de la mairie/).check();
    await admin.getByLabel("Comment avez-vous vérifié ? (facultatif)").fill("Appel à l'accueil de la mairie de Lodève.");
    await admin.getByRole("button", { name: "Transférer le rôle de maire" }).click();
    // The decision replaces the forms (the page is revalidated): what was done, announced in their place.
    await expect(admin.getByRole("status").filter({ hasText: /Rôle de maire transféré à Jeanne Martin le .+ \(vérification : Appel à l'accueil de la mairie de Lodève\.\)/ })).toBeVisible();
    await admin.screenshot({ path: "test-results/trust-claims-federation.png", fullPage: true });
    await admin.reload();
    await expect(admin.getByText(/Rôle de maire transféré à Jeanne Martin le/)).toBeVisible();
    await expect(admin.getByRole("link", { name: /Examiner la revendication sur Lodève/ })).toHaveCount(0);
    await checkA11y(admin);
  });

  await test.step("both are told by e-mail; the mayor lands on the commune as its maire", async () => {
    await expect.poll(async () => (await mailsTo(squatterEmail, /Votre rôle de maire de Lodève/)).length).toBe(1);
    const [granted] = await mailsTo(mayorEmail, /Vous êtes maire de Lodève sur Boussole/);
    expect(granted.text).toContain("La Fédération");
    await mayor.goto(pathIn(granted.text, /http\S+\/communes\/34142/));
    await expect(mayor.getByRole("heading", { level: 1, name: /Lodève/ })).toBeVisible();
    await mayor.goto("/espace");
    await expect(mayor.getByRole("listitem").filter({ hasText: "Lodève" })).toContainText("Maire");
  });

  await test.step("the squatter's next click is a 404", async () => {
    await expectNotFound(squatter, `/communes/${CODE}`);
  });
});
