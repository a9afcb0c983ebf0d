/**
 * A federation that is not on Boussole yet joins by its official address: a new mayor of Douarnenez asks
 * AVECsanté Bretagne (no admin on Boussole); the request's e-mail to the directory address carries a
 * single-use founding link; whoever holds that mailbox signs in with it, becomes the federation's admin and
 * accepts; the mayor sees the answer; the link used again is refused.
 */
import { test, expect } from "./fixtures";
import { freshContext, linkFromLatestMail, signInByEmail } from "./support";
import { checkA11y, newMayorWithCommune, uniqueEmail } from "./journeys";
import { FederationRequestPanel } from "./pages/federation-request-page";

const CODE = "29046"; // Douarnenez (Finistère, Bretagne): no other spec uses it
const BRETAGNE = { id: "avecsante-bretagne", shortName: "AVECsanté Bretagne", name: "Fédération de Bretagne", email: "contact@avecsante-bretagne.fr", phone: "06 59 08 73 51" };
const shot = (name: string) => `test-results/trust-founder-${name}.png`;

test("a federation not on Boussole answers through the founding link sent to its directory address", async ({ browser }) => {
  test.setTimeout(240_000);
  const mayorEmail = uniqueEmail("maire.douarnenez");
  const message = `Bonjour, deux médecins de Douarnenez partent en 2027 : pouvez-vous nous accompagner ? (${Date.now()})`;
  const mayor = await newMayorWithCommune(browser, { email: mayorEmail, query: "29100", commune: "Douarnenez", code: CODE });
  const page = mayor.page;
  const mine = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Votre demande" }) });

  await test.step("the mayor asks AVECsanté Bretagne and is told it is not on Boussole yet, with its phone", async () => {
    await page.goto(`/communes/${CODE}/federation`);
    await expect(page.getByLabel("Fédération à solliciter")).toHaveValue(BRETAGNE.id);
    await page.getByLabel("Votre message").fill(message);
    await page.getByRole("button", { name: "Envoyer la demande" }).click();
    await expect(page).toHaveURL(`/communes/${CODE}/federation?demande=envoyee`);
    await expect(mine.getByText("En attente de réponse")).toBeVisible();
    await expect(mine.getByRole("heading", { level: 3, name: `La fédération ${BRETAGNE.shortName} n'est pas encore sur Boussole` })).toBeVisible();
    await expect(mine.getByText(/Appelez-la pour l'en avertir/)).toBeVisible();
    await expect(mine.getByRole("link", { name: BRETAGNE.phone })).toHaveAttribute("href", "tel:0659087351");
    await expect(mine.getByRole("link", { name: BRETAGNE.email })).toHaveAttribute("href", `mailto:${BRETAGNE.email}`);
    // A request of today: the national contact is for requests left unanswered 14 days.
    await expect(mine.getByRole("heading", { name: /Toujours sans réponse/ })).toHaveCount(0);
    await checkA11y(page);
    await page.screenshot({ path: shot("mayor-pending"), fullPage: true });
  });

  const holder = await freshContext(browser);
  const link = await test.step("the directory address receives the request with the founding link", async () => {
    const href = await linkFromLatestMail(holder.page, BRETAGNE.email, /Demande d'accompagnement : Douarnenez/);
    const body = holder.page.getByTestId("mail-body");
    await expect(body).toContainText(message);
    await expect(body).toContainText(`La ${BRETAGNE.name} n'a pas encore d'espace sur Boussole`);
    await expect(body).toContainText("Ce lien est valable 7 jours et ne sert qu'une fois.");
    expect(new URL(href).pathname).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);
    return href;
  });

  await test.step("the mayor, signed in with another address, cannot use it", async () => {
    await page.goto(link);
    await expect(page.getByText(`Vous êtes connecté·e en tant que ${mayorEmail}, mais cette invitation est adressée à ${BRETAGNE.email}.`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Accepter l'invitation" })).toHaveCount(0);
    await checkA11y(page);
  });

  await test.step("the holder of the mailbox signs in with it, opens the link and becomes the federation's admin", async () => {
    await signInByEmail(holder.page, BRETAGNE.email);
    await holder.page.goto(link);
    await expect(holder.page.getByRole("heading", { level: 1, name: "Vous êtes invité·e sur Boussole" })).toBeVisible();
    await expect(holder.page.getByText(`Vous pouvez devenir admin de la ${BRETAGNE.name} sur Boussole.`)).toBeVisible();
    await expect(holder.page.getByText(/maire de Douarnenez, demande l'accompagnement/)).toBeVisible();
    await checkA11y(holder.page);
    await holder.page.screenshot({ path: shot("founder-link"), fullPage: true });
    await holder.page.getByRole("button", { name: "Accepter l'invitation" }).click();
    await expect(holder.page).toHaveURL(new RegExp(`/federation/${BRETAGNE.id}\\?demande=\\d+(#demande-choisie)?$`));
    await expect(holder.page.getByRole("heading", { level: 1, name: BRETAGNE.shortName })).toBeVisible();
  });

  await test.step("the new admin accepts the request, naming themselves to accompany the commune", async () => {
    const request = new FederationRequestPanel(holder.page, "Douarnenez (Finistère)");
    await expect(request.section.getByText(message)).toBeVisible();
    await checkA11y(holder.page);
    await request.accept([/\(Admin fédération\)/]);
    await checkA11y(holder.page);
    await holder.page.screenshot({ path: shot("federation-accepted"), fullPage: true });
  });

  await test.step("the mayor sees the acceptance; the hint is gone", async () => {
    await page.goto(`/communes/${CODE}/federation`);
    await expect(mine.getByText("Acceptée", { exact: true })).toBeVisible();
    await expect(mine.getByText(/^Acceptée le /)).toBeVisible();
    await expect(mine.getByRole("heading", { name: /n'est pas encore sur Boussole/ })).toHaveCount(0);
    await checkA11y(page);
  });

  await test.step("the link used again is refused, in French", async () => {
    const other = await freshContext(browser);
    await other.page.goto(link);
    await expect(other.page.getByRole("heading", { level: 1, name: "Invitation déjà acceptée" })).toBeVisible();
    await expect(other.page.getByText("Ce lien a déjà servi : chaque invitation ne s'utilise qu'une fois.")).toBeVisible();
    await expect(other.page.getByRole("button", { name: "Accepter l'invitation" })).toHaveCount(0);
    await checkA11y(other.page);
    await other.context.close();
  });

  await holder.context.close();
  await mayor.context.close();
});
