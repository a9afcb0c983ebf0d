/**
 * Journey 4 — next steps (PRODUCT.md): the mayor gives a next step to the referent, who is told by e-mail,
 * finds it first under "Mes prochaines étapes" and marks it done; a step without owner is refused beside the
 * field; another commune's step is not found, through the address or a forged form. Axe on every screen.
 */
import { test, expect } from "./fixtures";
import { countRows, readDatabase } from "./database";
import { DEMO, capturedMails, freshContext, signInByEmail } from "./support";
import { checkA11y, expectNotFoundRevealingNothing, frenchDay, parisDay } from "./journeys";
import { NextStepFormPage, NextStepsPage } from "./pages/next-steps-page";

test.describe.configure({ mode: "serial" });

const CODE = "48092"; // Marvejols, the demo commune
const RUN = Date.now().toString(36);
const FOR_REFERENT = `Visiter le local de l'ancienne poste (${RUN})`;
const LATE = `Demander à la CPAM les chiffres du territoire (${RUN})`;
const ELSEWHERE = `Etape confidentielle de Saint-Chely ${RUN}`;
const DUE = parisDay(7);

const stepRow = (title: string) =>
  readDatabase((db) => db.prepare("SELECT id, status, version, owner_label AS ownerLabel, done_at AS doneAt FROM next_step WHERE title = ?").get(title)) as
    | { id: number; status: string; version: number; ownerLabel: string; doneAt: number | null }
    | undefined;

test("the mayor gives a next step to the referent: told by e-mail, it is first on the referent's page, who marks it done", async ({ as }) => {
  const maire = await as("maire");
  const list = new NextStepsPage(maire, CODE);
  const form = new NextStepFormPage(maire);

  await test.step("the commune's navigation leads to the next steps; the mayor may add one", async () => {
    await maire.goto(`/communes/${CODE}`);
    await maire.getByRole("navigation", { name: "Rubriques de la commune" }).getByRole("link", { name: "Prochaines étapes" }).click();
    await expect(maire).toHaveURL(list.path);
    await expect(maire.getByRole("heading", { level: 1, name: "Prochaines étapes" })).toBeVisible();
    await checkA11y(maire);
    await maire.getByRole("link", { name: "Ajouter une prochaine étape" }).first().click();
    await expect(maire).toHaveURL(`${list.path}/nouvelle`);
    await checkA11y(maire);
  });

  await test.step("a step for the referent, and one for the CPAM already late", async () => {
    await form.fill({ title: FOR_REFERENT, owner: "Thomas Rouquette — Référent·e santé", dueOn: DUE, details: "Avec les infirmières du cabinet Soubeyran." });
    await form.add();
    await expect(maire.getByRole("status").filter({ hasText: "Prochaine étape ajoutée" })).toHaveText(
      `Prochaine étape ajoutée : « ${FOR_REFERENT} », confiée à Thomas Rouquette, d'ici le ${frenchDay(DUE)}. Un e-mail part pour en prévenir Thomas Rouquette.`,
    );
    await checkA11y(maire);
    await maire.getByRole("button", { name: "Ajouter une autre prochaine étape" }).click();
    await expect(form.title).toHaveValue("");
    await form.fill({ title: LATE, owner: "La CPAM", dueOn: parisDay(-2) });
    await form.add();
    await expect(maire.getByText(`Prochaine étape ajoutée : « ${LATE} », confiée à La CPAM`)).toBeVisible();
    expect(stepRow(FOR_REFERENT)).toMatchObject({ status: "a_faire", version: 1, ownerLabel: "Thomas Rouquette" });
  });

  await test.step("the referent is told by e-mail: what, by when, who, and the link to the list", async () => {
    const mails = (await capturedMails()).filter((m) => m.to.includes(DEMO.referent) && m.subject.includes(FOR_REFERENT));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(`Prochaine étape pour vous : ${FOR_REFERENT} — Marvejols, d'ici le ${frenchDay(DUE)}`);
    expect(mails[0].text).toContain(`Claire Fabre vous a confié une prochaine étape pour Marvejols : « ${FOR_REFERENT} », à faire d'ici le ${frenchDay(DUE)}.`);
    expect(mails[0].text).toMatch(new RegExp(`http://localhost:\\d+/communes/${CODE}/actions`));
    // The CPAM has no account: nobody is e-mailed for it.
    expect((await capturedMails()).filter((m) => m.subject.includes(LATE))).toHaveLength(0);
  });

  const referent = await as("referent");
  const theirs = new NextStepsPage(referent, CODE);

  await test.step("the referent finds it first, under « Mes prochaines étapes »; the CPAM's is marked late, in words", async () => {
    await theirs.open();
    await expect(theirs.mine.getByTestId("next-step").first()).toContainText(FOR_REFERENT);
    await expect(theirs.steps.first()).toContainText(FOR_REFERENT);
    await expect(theirs.step(FOR_REFERENT)).toContainText("Thomas Rouquette (vous)");
    await expect(theirs.step(FOR_REFERENT)).toContainText("À faire");
    await expect(theirs.others.getByTestId("next-step").filter({ hasText: LATE })).toContainText("En retard");
    await checkA11y(referent);
  });

  await test.step("the referent marks it « Fait »: saved, with the day it was done", async () => {
    await theirs.setStatus(FOR_REFERENT, "Fait");
    await expect(theirs.step(FOR_REFERENT).getByRole("status")).toHaveText(`Statut enregistré : « ${FOR_REFERENT} » est maintenant « fait ».`);
    await expect(theirs.step(FOR_REFERENT)).toContainText(`Faite le ${frenchDay(parisDay(0))}`);
    expect(stepRow(FOR_REFERENT)).toMatchObject({ status: "fait", version: 2 });
    expect(stepRow(FOR_REFERENT)?.doneAt).toBeTruthy();
    await checkA11y(referent);
  });

  await test.step("filters: late ones only, then « Moi » and « Fait »; the address keeps them", async () => {
    await theirs.filter({ overdue: true });
    await expect(referent).toHaveURL(/[?&]retard=1/);
    await expect(theirs.step(LATE)).toBeVisible();
    await expect(theirs.step(FOR_REFERENT)).toHaveCount(0);
    await theirs.filter({ owner: "Moi", status: "fait", overdue: false });
    await expect(referent).toHaveURL(/responsable=moi&statut=fait/);
    await expect(theirs.step(FOR_REFERENT)).toBeVisible();
    await expect(theirs.step(LATE)).toHaveCount(0);
    await checkA11y(referent);
  });

  await test.step("at 320 px the page reflows: no horizontal scrolling", async () => {
    await referent.setViewportSize({ width: 320, height: 900 });
    await theirs.open();
    await expect(theirs.step(FOR_REFERENT)).toBeVisible();
    const overflow = await referent.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("a next step without owner: the French error beside the field, what was typed kept, nothing written — with and without JavaScript", async ({ as }) => {
  const title = `Sans responsable (${RUN})`;
  for (const javaScriptEnabled of [true, false]) {
    await test.step(javaScriptEnabled ? "in the browser" : "without JavaScript: the server refuses it", async () => {
      const page = await as("referent", { javaScriptEnabled });
      const form = new NextStepFormPage(page);
      await page.goto(`/communes/${CODE}/actions/nouvelle`);
      await form.fill({ title, dueOn: DUE });
      await form.add();
      await expect(form.error("owner")).toHaveText("Erreur : Choisissez qui s'en charge.");
      await expect(form.owner).toHaveAttribute("aria-invalid", "true");
      await expect(form.title).toHaveValue(title);
      await expect(form.dueOn).toHaveValue(DUE);
      expect(countRows("next_step", "title = ?", title)).toBe(0);
      // axe runs in the page: only with JavaScript (the server's HTML is the same).
      if (javaScriptEnabled) {
        await expect(form.owner).toBeFocused();
        await checkA11y(page);
      }
    });
  }
});

test("another commune's next step is not found: by its address, and through a forged status form; nothing written", async ({ as, browser }) => {
  await test.step("Saint-Chély-d'Apcher's mayor adds a step in his commune", async () => {
    const { context, page } = await freshContext(browser);
    await signInByEmail(page, "maire.saint-chely@demo.boussole.fr");
    await page.goto("/communes/48140/actions/nouvelle");
    const form = new NextStepFormPage(page);
    await form.fill({ title: ELSEWHERE, owner: "La commune", dueOn: DUE });
    await form.add();
    await expect(page.getByText(`Prochaine étape ajoutée : « ${ELSEWHERE} »`)).toBeVisible();
    await context.close();
  });
  const other = stepRow(ELSEWHERE)!;
  expect(other).toMatchObject({ status: "a_faire", version: 1 });

  const maire = await as("maire");
  await test.step("Marvejols' mayor opens its address under Marvejols: a 404 that reveals nothing", async () => {
    await expectNotFoundRevealingNothing(maire, `/communes/${CODE}/actions/${other.id}`, [ELSEWHERE]);
    await expectNotFoundRevealingNothing(maire, `/communes/${CODE}/actions/abc`, []);
  });

  await test.step("her own status form, its hidden step id forged to Saint-Chély's: a French refusal, nothing written", async () => {
    const list = new NextStepsPage(maire, CODE);
    await list.open();
    const card = list.step(LATE);
    await list.statusSelect(LATE).selectOption({ label: "Fait" });
    await card.locator('input[type="hidden"][name="nextStepId"]').evaluate((el: HTMLInputElement, id) => {
      el.value = id;
    }, String(other.id));
    await card.getByRole("button", { name: /^Changer le statut/ }).click();
    await expect(card.getByRole("status")).toHaveText("Cette prochaine étape n'existe pas ou plus : elle a peut-être été supprimée. Rechargez la page.");
    expect(stepRow(ELSEWHERE)).toEqual(other);
    expect(stepRow(LATE)).toMatchObject({ status: "a_faire", version: 1 });
    expect(countRows("history_event", "summary LIKE ?", `%${ELSEWHERE}%`)).toBe(1);
    await checkA11y(maire);
  });
});

test("the mayor edits a step: its new owner, who has an account, is told; then she deletes it", async ({ as }) => {
  const title = `Contacter l'intercommunalité pour le local (${RUN})`;
  const maire = await as("maire");
  const list = new NextStepsPage(maire, CODE);
  const form = new NextStepFormPage(maire);
  await maire.goto(`${list.path}/nouvelle`);
  await form.fill({ title, owner: "L'intercommunalité", dueOn: DUE });
  await form.add();
  await expect(maire.getByText(`Prochaine étape ajoutée : « ${title} »`)).toBeVisible();

  await test.step("its edit page, from the list: the stored values, axe", async () => {
    await list.open();
    await list.step(title).getByRole("link", { name: /^Modifier/ }).click();
    await expect(maire).toHaveURL(/\/actions\/\d+$/);
    await expect(maire.getByRole("heading", { level: 1, name: "Modifier une prochaine étape" })).toBeVisible();
    await expect(form.title).toHaveValue(title);
    await expect(form.owner).toHaveValue("acteur:intercommunalite");
    await expect(form.dueOn).toHaveValue(DUE);
    await checkA11y(maire);
  });

  await test.step("given to the facilitator: saved, and she is told it is now hers", async () => {
    await form.owner.selectOption({ label: "Inès Benali — Facilitateur·rice" });
    await maire.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(maire).toHaveURL(/\/actions\?fait=modifiee-prevenu/);
    await expect(maire.getByText("La prochaine étape a été enregistrée ; un e-mail part pour prévenir la personne qui s'en charge désormais.")).toBeVisible();
    await expect(list.step(title)).toContainText("Inès Benali");
    expect(stepRow(title)).toMatchObject({ ownerLabel: "Inès Benali", version: 2 });
    const mails = (await capturedMails()).filter((m) => m.to.includes(DEMO.facilitatrice) && m.subject.includes(title));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`Claire Fabre vous confie désormais une prochaine étape de Marvejols : « ${title} »`);
  });

  await test.step("deleted after confirmation", async () => {
    await list.step(title).getByRole("link", { name: /^Modifier/ }).click();
    await maire.getByText("Supprimer cette prochaine étape…").click();
    await maire.getByRole("button", { name: "Oui, supprimer définitivement" }).click();
    await expect(maire).toHaveURL(/\/actions\?fait=supprimee$/);
    await expect(maire.getByText("La prochaine étape a été supprimée.")).toBeVisible();
    expect(countRows("next_step", "title = ?", title)).toBe(0);
    await checkA11y(maire);
  });
});
