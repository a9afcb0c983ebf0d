/**
 * The outbox (issue 12, item 4): "Envoyer les invitations" writes the e-mails and returns without waiting for
 * the mail server; the page says what is on its way, then what was delivered and what was not (with « Renvoyer »),
 * from the states the worker stores — never a delivery that did not happen. Foix (09122) only.
 * Sign-in alone waits for its e-mail, at most 10 s: with the mail server out of service or silent, the page says
 * plainly that the link could not be sent, and never « Vérifiez votre messagerie ».
 */
import { test, expect } from "./fixtures";
import { countRows } from "./database";
import { checkA11y, newMayorWithCommune, parisDay, uniqueEmail } from "./journeys";
import { MeetingForm, MeetingPage } from "./pages/meeting-page";
import { capturedMails, freshContext, nextClientIp, setMailServer } from "./support";

test("sending invitations returns at once; each invitee's line goes from « Envoi en cours » to « E-mail remis » or « E-mail non remis »", async ({ browser }) => {
  const mayor = await newMayorWithCommune(browser, { email: uniqueEmail("maire.foix"), query: "09000", commune: "Foix", code: "09122" });
  const { page } = mayor;
  const delivered = uniqueEmail("kine.foix", "outbox.test");
  const refused = uniqueEmail("inconnu.foix", "refuse.test");
  const meeting = new MeetingPage(page);

  await test.step("a draft with two invitees, one at an address the mail server refuses", async () => {
    await page.goto("/communes/09122/reunions/nouvelle");
    const form = new MeetingForm(page);
    await form.title.fill("Rencontre de l'outbox à Foix");
    await page.getByRole("radio", { name: "Première rencontre avec les professionnels" }).check();
    await form.date.fill(parisDay(14));
    await form.startTime.fill("18:30");
    await form.duration.fill("90");
    await form.place.fill("Salle des fêtes de Foix");
    await form.saveDraft();
    await expect(page).toHaveURL(/\/reunions\/\d+\?fait=preparee$/);
    await meeting.pasteInvitees(`${delivered}, ${refused}`, "Masseur·se-kinésithérapeute");
    await expect(meeting.invitees).toHaveCount(2);
  });

  await test.step("sending: the answer comes back at once and claims no delivery", async () => {
    const started = Date.now();
    await meeting.sendInvitations(2);
    await expect(page).toHaveURL(/\?fait=invitations-envoyees$/);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(page.getByText(/^Invitations en cours d'envoi : chaque invité·e va recevoir son lien personnel/)).toBeVisible();
    await expect(page.getByText(/a reçu son lien/)).toHaveCount(0);
  });

  await test.step("the worker's outcomes reach the page without a reload", async () => {
    await expect(meeting.invitee(delivered)).toContainText("E-mail remis");
    await expect(meeting.invitee(refused)).toContainText("E-mail non remis");
    await expect(page.getByText("1 e-mail non remis")).toBeVisible();
    await expect(page.getByText(/^Envoi en cours :/)).toHaveCount(0);
    await checkA11y(page);
    const mails = await capturedMails();
    expect(mails.filter((m) => m.to.includes(delivered))).toHaveLength(1);
    expect(mails.filter((m) => m.to.includes(refused))).toHaveLength(0);
    expect(countRows("mail", `"to" = ? AND status = 'non_remis'`, refused)).toBe(1);
  });

  await test.step("resending to the refused address: « envoi en cours », then « non remis » again, resend still offered", async () => {
    // The notice names the undelivered invitee: its link opens them in the list, with the resend.
    await page.getByRole("status").filter({ hasText: "1 e-mail non remis" }).getByRole("link", { name: refused }).click();
    const line = meeting.selectedInvitee;
    await expect(line).toContainText(refused);
    await expect(line.getByRole("region")).toBeFocused();
    await expect(line.getByRole("button", { name: /^Renvoyer à / })).toBeEnabled();
    await line.getByRole("button", { name: /^Renvoyer à / }).click();
    await expect(line).toContainText(`Invitation renvoyée à ${refused} : envoi en cours.`);
    await expect.poll(() => countRows("mail", `"to" = ? AND status = 'non_remis'`, refused)).toBe(2);
    await expect(line).toContainText("E-mail non remis");
    await expect(line.getByRole("button", { name: /^Renvoyer à / })).toBeEnabled();
    await expect(meeting.invitee(delivered)).toContainText("E-mail remis");
  });
  await mayor.context.close();
});

test.describe("signing in while the mail server fails", () => {
  // Whatever happens in the test, the next one finds the mail server working.
  test.afterEach(() => setMailServer("up"));

  test("out of service, then silent: the page says plainly the link was not sent, within 10 s, and never claims it was", async ({ browser }) => {
    const { context, page } = await freshContext(browser);
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": nextClientIp() });
    const NOT_SENT = "Le lien de connexion n'a pas pu être envoyé : le service de messagerie ne répond pas. Réessayez dans quelques minutes.";
    const email = page.getByLabel("Adresse e-mail");
    const ask = async (address: string) => {
      await page.goto("/connexion");
      await email.fill(address);
      const started = Date.now();
      await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
      await expect(page.getByText(NOT_SENT)).toBeVisible({ timeout: 20_000 });
      return Date.now() - started;
    };
    const claimsNothing = async (address: string) => {
      await expect(page).toHaveURL(/\/connexion$/);
      await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toHaveCount(0);
      await expect(page.getByText(/lien .*envoyé à|Vérifiez votre messagerie/)).toHaveCount(0);
      await expect(email).toHaveValue(address);
    };

    const refused = uniqueEmail("connexion.panne");
    await test.step("the mail server refuses the connection: the answer comes at once", async () => {
      await setMailServer("down");
      expect(await ask(refused)).toBeLessThan(10_000);
      await claimsNothing(refused);
      expect(countRows("mail", `"to" = ? AND status = 'non_remis'`, refused)).toBe(1);
      await checkA11y(page);
    });

    const unanswered = uniqueEmail("connexion.silence");
    await test.step("the mail server never answers: the page waits 10 s, not more, then says the same", async () => {
      await setMailServer("hang");
      const waited = await ask(unanswered);
      expect(waited).toBeGreaterThanOrEqual(9_000);
      expect(waited).toBeLessThan(16_000);
      await claimsNothing(unanswered);
    });

    await test.step("the mail server back: the same address receives its link", async () => {
      await setMailServer("up");
      await expect.poll(() => countRows("mail", `"to" = ? AND status = 'non_remis'`, unanswered)).toBe(1);
      await page.goto("/connexion");
      await email.fill(unanswered);
      await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
      await expect(page.getByRole("heading", { name: "Vérifiez votre messagerie" })).toBeVisible();
      expect((await capturedMails()).filter((m) => m.to.includes(unanswered))).toHaveLength(1);
      expect((await capturedMails()).filter((m) => m.to.includes(refused))).toHaveLength(0);
    });
    await context.close();
  });
});
