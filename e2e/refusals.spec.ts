/**
 * What must be refused: other communes' workspaces, other federations, malformed addresses, reused or
 * tampered links, undeliverable e-mails — each refusal shown in French, and nothing written.
 */
import { randomBytes } from "node:crypto";
import { test, expect } from "./fixtures";
import { countRows, readDatabase } from "./database";
import { ReferentPage } from "./pages/referent-page";
import { DEMO, capturedMails, freshContext, giveNameIfAsked, linkFromLatestMail, nextActionResponse, signInByEmail } from "./support";
import {
  acceptInvitationAsNewcomer,
  checkA11y,
  expectNotFound,
  expectNotFoundRevealingNothing,
  invitationLink,
  newMayorWithCommune,
  uniqueEmail,
} from "./journeys";

/** What the demo seeds in Saint-Chély-d'Apcher's workspace: its name, its mayor, his address, his request. */
const SAINT_CHELY_DATA = ["Saint-Chély", "Jean Malzac", "maire.saint-chely@demo.boussole.fr", "dernier kinésithérapeute"];

/** The rows a commune's workspace owns, counted in the database. */
function workspaceRows(code: string) {
  return readDatabase((db) =>
    db
      .prepare(
        `SELECT (SELECT count(*) FROM invitation WHERE workspace_id = w.id) AS invitations,
                (SELECT count(*) FROM history_event WHERE workspace_id = w.id) AS history,
                (SELECT count(*) FROM workspace_member WHERE workspace_id = w.id) AS members
         FROM workspace w WHERE w.commune_code = ?`,
      )
      .get(code),
  );
}

test.describe("the demo mayor of Marvejols (48092)", () => {
  test("gets a 404 on Saint-Chély-d'Apcher's workspace (48140) and every page under it", async ({ as }) => {
    const page = await as("maire");
    const own = await page.goto("/communes/48092");
    expect(own?.status()).toBe(200); // her own commune opens…
    expect(await own!.text()).toContain("Marvejols"); // …and its data is in what the server sends: the checks below can see data
    for (const path of [
      "/communes/48140",
      "/communes/48140/federation",
      "/communes/48140/referent",
      "/communes/48140/historique",
      "/communes/48140/100-jours",
      "/communes/48140/qui-fait-quoi",
      "/communes/48140/qui-fait-quoi/contacts",
      "/communes/48140/actions",
    ]) {
      await expectNotFoundRevealingNothing(page, path, SAINT_CHELY_DATA);
    }
    await checkA11y(page);
  });

  test("unknown and malformed commune codes are a 404, not a 500", async ({ as }) => {
    const page = await as("maire");
    for (const path of ["/communes/99999", "/communes/abc", "/communes/abc/referent", "/communes/2C001", "/communes/4809", "/communes/480920", "/communes/48092%20"]) {
      await expectNotFound(page, path);
    }
    await checkA11y(page);
  });

  test("a server action carrying another commune's code is refused and writes nothing", async ({ as, browser }) => {
    const page = await as("maire");
    const target = uniqueEmail("intrus");
    // Saint-Chély-d'Apcher as its own mayor sees it, before.
    const other = await freshContext(browser);
    await signInByEmail(other.page, "maire.saint-chely@demo.boussole.fr");
    const otherState = async () => {
      await other.page.goto("/communes/48140/referent");
      const invitations = await other.page.locator("section").filter({ has: other.page.getByRole("heading", { name: "Invitations en attente" }) }).innerText();
      await other.page.goto("/communes/48140/historique");
      return { invitations, history: await other.page.locator("main ol > li").allInnerTexts() };
    };
    const before = await otherState();
    expect(before.history.length).toBeGreaterThan(0);
    const rowsBefore = { own: workspaceRows("48092"), other: workspaceRows("48140") };

    const referent = new ReferentPage(page, "48092");
    await referent.open();
    // The mayor's own form, for her own commune — but the hidden commune code now says 48140.
    await referent.form.locator('input[type="hidden"][name="code"]').evaluate((el: HTMLInputElement) => {
      el.value = "48140";
    });
    const answer = nextActionResponse(page);
    await referent.designateElu("Paul Intrus", target);
    const response = await answer;
    expect(response.status(), "the action must not succeed").toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    // The database holds no trace of the forged designation, in either workspace.
    expect({
      invitations: countRows("invitation", "email = ?", target),
      mails: countRows("mail", '"to" = ?', target),
      history: countRows("history_event", "summary LIKE ? OR summary LIKE ?", `%${target}%`, "%Paul Intrus%"),
    }).toEqual({ invitations: 0, mails: 0, history: 0 });
    expect({ own: workspaceRows("48092"), other: workspaceRows("48140") }).toEqual(rowsBefore);

    // Nothing was sent…
    await page.goto(`/dev/boite-mail?a=${encodeURIComponent(target)}`);
    await expect(page.getByText(`Aucun e-mail pour ${target}.`)).toBeVisible();
    expect((await capturedMails()).filter((m) => m.to.includes(target))).toEqual([]);
    // …nor written, in her commune…
    await referent.open();
    await expect(page.getByText(target)).toHaveCount(0);
    // …nor in Saint-Chély-d'Apcher's, as its own mayor sees it: the same invitations, the same history.
    expect(await otherState()).toEqual(before);
    await expect(other.page.getByText(target)).toHaveCount(0);
    await other.context.close();

    // Control: the same form, untouched, is accepted — the refusal above came from the commune code alone.
    const legit = uniqueEmail("vraie.referente");
    await referent.open();
    await referent.designateElu("Vraie Référente", legit);
    await expect(referent.form.getByRole("status").filter({ hasText: "Invitation en cours d'envoi" })).toHaveText(`Invitation en cours d'envoi à ${legit}.`);
    await expect(referent.invitation(legit)).toBeVisible();
  });
});

test("a federation sees only the communes that invited it", async ({ as, browser }) => {
  // Aurillac (Cantal, Auvergne-Rhône-Alpes) asks FemasAURA&Co, not the Fécop.
  const mayor = await newMayorWithCommune(browser, { email: uniqueEmail("maire.aurillac"), query: "15000", commune: "Aurillac", code: "15014" });
  await mayor.page.goto("/communes/15014/federation");
  await expect(mayor.page.getByLabel("Fédération à solliciter")).toHaveValue("femasaura");
  await mayor.page.getByRole("button", { name: "Envoyer la demande" }).click();
  await expect(mayor.page.getByText("Adressée à la Fédération des Maisons de Santé en Auvergne et Rhône Alpes le")).toBeVisible();
  await mayor.context.close();

  const adminPage = await as("admin");
  await adminPage.goto("/federation/fecop");
  await expect(adminPage.getByRole("heading", { level: 3, name: /Saint-Chély-d'Apcher/ })).toBeVisible(); // its own pending request
  await expect(adminPage.getByText("Aurillac")).toHaveCount(0);
  await expectNotFound(adminPage, "/communes/15014");
  await expectNotFound(adminPage, "/communes/15014/federation");
  await expectNotFound(adminPage, "/federation/femasaura");
  await expectNotFound(adminPage, "/federation/femasaura/membres");

  // Inès Benali is a facilitator of the Fécop, not a member of FemasAURA&Co.
  const inesPage = await as("facilitatrice");
  expect((await inesPage.goto("/federation/fecop"))?.status()).toBe(200);
  await expectNotFound(inesPage, "/federation/femasaura");
  await expectNotFound(inesPage, "/communes/15014");
  await expectNotFound(inesPage, "/federation/fecop/membres"); // admins only
  await checkA11y(inesPage);
});

test.describe("invitation links", () => {
  test("a used invitation cannot be accepted a second time", async ({ browser }) => {
    const mayor = await newMayorWithCommune(browser, { email: uniqueEmail("maire.albi"), query: "81000", commune: "Albi", code: "81004" });
    const invitee = uniqueEmail("claire.albi");
    const referent = new ReferentPage(mayor.page, "81004");
    await referent.open();
    await referent.designateElu("Claire Roussel", invitee);
    await expect(referent.invitation(invitee)).toBeVisible();

    // A second browser opens the invitation before the first one accepts it…
    const late = await freshContext(browser);
    const link = await invitationLink(late.page, invitee);
    await late.page.goto(link);
    await expect(late.page.getByRole("button", { name: "Accepter l'invitation" })).toBeVisible();

    const first = await acceptInvitationAsNewcomer(browser, invitee, { communeCode: "81004" });
    expect(first.link).toBe(link);

    // …and its click comes too late: refused, not signed in.
    await late.page.getByRole("button", { name: "Accepter l'invitation" }).click();
    await expect(late.page.getByRole("status").filter({ hasText: "Cette invitation a déjà été acceptée" })).toHaveText(
      "Cette invitation a déjà été acceptée : chaque lien ne sert qu'une fois.",
    );
    await expect(late.page.getByRole("link", { name: "Se connecter" })).toBeVisible();
    await checkA11y(late.page);

    // Opening the link again shows why.
    for (const page of [late.page, first.page]) {
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1, name: "Invitation déjà acceptée" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Accepter l'invitation" })).toHaveCount(0);
    }
    await checkA11y(first.page);

    // One acceptance, one referent.
    await mayor.page.goto("/communes/81004/historique");
    await expect(mayor.page.locator("main ol > li").filter({ hasText: "a accepté d'être référent·e santé" })).toHaveCount(1);
    await mayor.page.goto("/communes/81004");
    const card = mayor.page.locator("section").filter({ has: mayor.page.getByRole("heading", { level: 2, name: "Référent santé" }) });
    await expect(card.getByRole("listitem")).toHaveText(["Claire Roussel (élu·e)"]);
    await Promise.all([mayor.context.close(), late.context.close(), first.context.close()]);
  });

  test("tampered tokens: a 'not valid' page, nothing else", async ({ page }) => {
    const random43 = randomBytes(32).toString("base64url"); // well-formed, like the tokens we issue, but issued to nobody
    expect(random43).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const token of ["xyz", random43, `${random43}A`, "..%2F..%2Fespace"]) {
      await page.goto(`/invitation/${token}`);
      await expect(page.getByRole("heading", { level: 1, name: "Ce lien d'invitation n'est pas valide" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Accepter l'invitation" })).toHaveCount(0);
    }
    await checkA11y(page);
  });

  test("a revoked invitation: confirmation first, then the link says 'Invitation retirée'", async ({ browser }) => {
    const mayor = await newMayorWithCommune(browser, { email: uniqueEmail("maire.auch"), query: "32000", commune: "Auch", code: "32013" });
    const invitee = uniqueEmail("marc.auch");
    const referent = new ReferentPage(mayor.page, "32013");
    await referent.open();
    await referent.designateElu("Marc Lannes", invitee);
    const row = referent.invitation(invitee);
    await expect(row).toBeVisible();
    const revoke = row.getByRole("button", { name: `Retirer l'invitation de ${invitee}` });

    // Cancelling the confirmation changes nothing.
    const messages: string[] = [];
    mayor.page.once("dialog", (d) => {
      messages.push(d.message());
      void d.dismiss();
    });
    await revoke.click();
    await expect.poll(() => messages).toEqual([`Retirer l'invitation de ${invitee} ? Son lien ne fonctionnera plus.`]);
    await mayor.page.reload();
    await expect(row).toBeVisible();

    mayor.page.once("dialog", (d) => void d.accept());
    await revoke.click();
    await expect(row).toHaveCount(0);
    await expect(mayor.page.getByText("Aucune invitation en attente.")).toBeVisible();
    await checkA11y(mayor.page);

    const { context, page } = await freshContext(browser);
    await page.goto(await invitationLink(page, invitee));
    await expect(page.getByRole("heading", { level: 1, name: "Invitation retirée" })).toBeVisible();
    await expect(page.getByText(/a retiré cette invitation/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Accepter l'invitation" })).toHaveCount(0);
    await checkA11y(page);

    await mayor.page.goto("/communes/32013/historique");
    await expect(mayor.page.locator("main ol > li").first()).toContainText(`a retiré l'invitation de Marc Lannes (${invitee}).`);
    await Promise.all([mayor.context.close(), context.close()]);
  });

  test("an address the mail server refuses: the invitation stays listed as not delivered, and can be resent", async ({ browser }) => {
    const mayor = await newMayorWithCommune(browser, { email: uniqueEmail("maire.tarbes"), query: "65000", commune: "Tarbes", code: "65440" });
    const invitee = uniqueEmail("anne", "refuse.test");
    const referent = new ReferentPage(mayor.page, "65440");
    await referent.open();
    await referent.designateElu("Anne Duffau", invitee);
    // The request returns at once; the worker's outcome reaches the list, which refreshes while an e-mail is on its way.
    await expect(referent.form.getByRole("status").filter({ hasText: "Invitation en cours d'envoi" })).toHaveText(`Invitation en cours d'envoi à ${invitee}.`);
    const row = referent.invitation(invitee);
    await expect(row.getByText("E-mail non remis")).toBeVisible();
    const resend = row.getByRole("button", { name: `Renvoyer l'invitation à ${invitee}` });
    await expect(resend).toBeEnabled();
    await checkA11y(mayor.page);

    await resend.click();
    await expect(row.getByRole("status").filter({ hasText: "envoi en cours" })).toHaveText(`Invitation renvoyée à ${invitee} : envoi en cours. Le lien précédent ne fonctionne plus.`);
    await expect(row.getByText("E-mail non remis")).toBeVisible();
    await expect(resend).toBeEnabled();
    await checkA11y(mayor.page);

    // Both attempts were made and logged as failed; the SMTP server accepted neither.
    await mayor.page.goto(`/dev/boite-mail?a=${encodeURIComponent(invitee)}`);
    await expect(mayor.page.locator("tbody tr")).toHaveCount(2);
    await expect(mayor.page.locator("tbody tr").getByText("Non remis")).toHaveCount(2);
    expect((await capturedMails()).filter((m) => m.to.includes(invitee))).toEqual([]);
    await mayor.context.close();
  });
});

test.describe("sign-in links", () => {
  test("opening the link does not sign in; the button does, once; the same link then fails", async ({ browser }) => {
    const email = uniqueEmail("nouvelle.personne");
    const a = await freshContext(browser);
    await a.page.goto("/connexion");
    await a.page.getByLabel("Adresse e-mail").fill(email);
    await a.page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(a.page.getByRole("heading", { level: 1, name: "Vérifiez votre messagerie" })).toBeVisible();
    await expect(a.page.getByText(email)).toBeVisible();
    await checkA11y(a.page);
    const link = await linkFromLatestMail(a.page, email, /lien de connexion/);
    expect(new URL(link).pathname).toBe("/connexion/confirmer");

    // Opened twice (as a mail scanner would): nobody is signed in.
    for (let i = 0; i < 2; i++) {
      await a.page.goto(link);
      await expect(a.page.getByRole("heading", { level: 1, name: "Confirmer la connexion" })).toBeVisible();
      await expect(a.page.getByText(`Vous allez vous connecter à Boussole avec l'adresse ${email}.`)).toBeVisible();
      await expect(a.page.getByRole("link", { name: "Se connecter" })).toBeVisible();
    }
    await checkA11y(a.page);
    await a.page.goto("/espace");
    await expect(a.page).toHaveURL(/\/connexion\?retour=%2Fespace$/);

    // The token still works: one click signs in.
    await a.page.goto(link);
    await a.page.getByRole("button", { name: "Me connecter" }).click();
    expect(await giveNameIfAsked(a.page, "Nina Nouvelle"), "a new account is asked its name").toBe("Nina Nouvelle");
    await expect(a.page).toHaveURL("/espace");
    await expect(a.page.getByRole("banner").getByRole("link", { name: /Mon profil/ })).toContainText("Nina Nouvelle");

    // A second use of the same link fails, in another browser as in the same one.
    const b = await freshContext(browser);
    for (const page of [b.page, a.page]) {
      await page.goto(link);
      await page.getByRole("button", { name: "Me connecter" }).click();
      await expect(page).toHaveURL(/\/connexion\/erreur\?error=Verification/);
      await expect(page.getByRole("heading", { level: 1, name: "Connexion impossible" })).toBeVisible();
      await expect(page.getByText("Ce lien de connexion a expiré ou a déjà servi.", { exact: false })).toBeVisible();
    }
    await checkA11y(b.page);
    await b.page.goto("/espace");
    await expect(b.page).toHaveURL(/\/connexion\?retour=%2Fespace$/);
    await Promise.all([a.context.close(), b.context.close()]);
  });

  test("an incomplete or forged confirmation link is refused before anything", async ({ page }) => {
    for (const query of ["", "?token=abc&email=x%40y.fr", `?token=${"a".repeat(64)}`, `?token=${"g".repeat(64)}&email=x%40y.fr`]) {
      await page.goto(`/connexion/confirmer${query}`);
      await expect(page.getByRole("heading", { level: 1, name: "Ce lien de connexion n'est pas valide" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Me connecter" })).toHaveCount(0);
    }
    await checkA11y(page);
  });

  test("a well-formed but unknown token fails at the button", async ({ page }) => {
    await page.goto(`/connexion/confirmer?token=${"0".repeat(64)}&email=${encodeURIComponent(DEMO.maire)}`);
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Connexion impossible" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
  });
});
