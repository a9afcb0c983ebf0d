/**
 * Journey 4 — the synthesis (PRODUCT.md): once a meeting is held, the facilitator writes its synthesis along
 * the agenda, beside the invitees' round-table answers, and publishes it. Those who said yes or came read it
 * through a personal link, without an account, after the meeting; who declined and did not come gets nothing.
 * Two people writing at once never lose each other's text. Each person in their own browser context.
 *
 * A meeting cannot be created in the past, so this journey holds a real one: it starts two minutes after it is
 * prepared, the invitees answer meanwhile, and the référent records who came once it has started.
 */
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { AnswerPage, MeetingForm, MeetingPage } from "./pages/meeting-page";
import { readDatabase } from "./database";
import { capturedMails, freshContext, linkFromLatestMail } from "./support";
import { checkA11y, expectNotFound, uniqueEmail } from "./journeys";

test.describe.configure({ mode: "serial" });

const CODE = "48092";
const RUN = Date.now().toString(36);
const TITLE = `Réunion de suivi tenue (${RUN})`;
const people = {
  anne: { name: "Dr Anne Synthèse", profession: "Médecin généraliste", email: uniqueEmail("anne.synthese", "cabinet.test") },
  bruno: { name: "Bruno Décline", profession: "Pharmacien·ne", email: uniqueEmail("bruno.decline", "pharmacie.test") },
  chloe: { name: "Chloé Venue", profession: "Infirmier·ère", email: uniqueEmail("chloe.venue", "idel.test") },
};
const LEADS = ["Un secrétariat partagé entre les cabinets", "Des protocoles de coopération médecins et infirmier·ères"];

let meetingPath = "";
const links: Record<string, string> = {};

/** Paris wall-clock day and time, `minutes` from now (the meeting form is in Paris time). */
function parisInMinutes(minutes: number): { day: string; time: string } {
  const at = new Date(Date.now() + minutes * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

async function answerAs(browser: Browser, email: string, answer: "Oui" | "Non", situation?: string) {
  const { context, page } = await freshContext(browser);
  const link = await linkFromLatestMail(page, email, /^Invitation/);
  links[email] = link;
  await page.goto(link);
  const form = new AnswerPage(page);
  if (situation) await page.getByLabel("Votre situation actuelle").fill(situation);
  await form.answer(answer);
  await context.close();
}

const mailsTo = async (email: string, subject: RegExp) => (await capturedMails()).filter((m) => m.to.includes(email) && subject.test(m.subject));

function storedDraft(meetingId: number) {
  return readDatabase((db) => db.prepare("SELECT draft, version, published FROM meeting_synthesis WHERE meeting_id = ?").get(meetingId) as { draft: string; version: number; published: string | null } | undefined);
}

const meetingIdOf = (path: string) => Number(/\/reunions\/(\d+)/.exec(path)![1]);

async function editor(page: Page) {
  await page.goto(`${meetingPath}/synthese`);
  await expect(page.getByRole("heading", { level: 1, name: `Synthèse — ${TITLE}` })).toBeVisible();
  return page;
}

test("a meeting is held: prepared for in two minutes, answered meanwhile, its attendance recorded once started", async ({ as, browser }) => {
  test.setTimeout(330_000);
  const ref = await as("referent");
  const start = parisInMinutes(2);
  await ref.goto(`/communes/${CODE}/reunions/nouvelle`);
  const form = new MeetingForm(ref);
  await form.title.fill(TITLE);
  await form.date.fill(start.day);
  await form.startTime.fill(start.time);
  await form.duration.fill("60");
  await form.place.fill("Salle du conseil municipal");
  await form.saveDraft();
  await expect(ref).toHaveURL(/\/reunions\/\d+\?fait=preparee$/);
  meetingPath = new URL(ref.url()).pathname;

  const meeting = new MeetingPage(ref);
  for (const p of Object.values(people)) {
    await meeting.addInvitee(p);
    await expect(meeting.invitee(p.email)).toBeVisible();
  }
  await meeting.sendInvitations(3);
  await expect(ref).toHaveURL(/fait=invitations-envoyees/);

  await answerAs(browser, people.anne.email, "Oui", "Installée seule depuis 2019, 1 400 patients.");
  await answerAs(browser, people.bruno.email, "Non");

  // The synthesis waits for the meeting: before it is held, its page says so.
  const fac = await as("facilitatrice");
  await fac.goto(`${meetingPath}/synthese`);
  await expect(fac.getByText("La synthèse s'écrit une fois la réunion tenue.")).toBeVisible();

  await expect(async () => {
    await ref.goto(meetingPath);
    await expect(ref.getByRole("heading", { name: "Présences" })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 200_000, intervals: [5_000] });
  // The form, a box per invitee, opens from the card (`?presences=1`), focused.
  await ref.getByRole("link", { name: "Noter les présences" }).click();
  await expect(ref.getByRole("region", { name: /^Cochez qui était présent·e/ })).toBeFocused();
  await checkA11y(ref);
  const invited = ref.getByRole("group", { name: "Professionnel·les invité·es présent·es" });
  await invited.getByRole("checkbox", { name: new RegExp(people.anne.name) }).check();
  await invited.getByRole("checkbox", { name: new RegExp(people.chloe.name) }).check();
  await ref.getByRole("button", { name: "Enregistrer les présences : la réunion a eu lieu" }).click();
  await expect(ref.getByRole("heading", { name: "Synthèse et suites" })).toBeVisible();
  await expect(ref.getByRole("link", { name: "Écrire la synthèse" })).toBeVisible();
});

test("the facilitator writes along the agenda, beside the round-table answers, and publishes", async ({ as }) => {
  test.skip(!meetingPath, "needs the held meeting");
  const fac = await editor(await as("facilitatrice"));
  // The round-table answers, one table by question, beside the round-table item.
  const situation = fac.getByRole("table", { name: /Votre situation actuelle/ });
  await expect(situation.getByRole("row", { name: new RegExp(people.anne.name) })).toContainText("Installée seule depuis 2019");
  await expect(fac.getByRole("complementary", { name: "Présences et lecteurs" })).toContainText("Médecin généraliste : 1");
  await checkA11y(fac);

  // Publishing an empty synthesis is refused, nothing written.
  await fac.getByRole("button", { name: "Publier la synthèse" }).click();
  await expect(fac.locator("[data-form-error]")).toContainText("La synthèse est vide");
  expect(storedDraft(meetingIdOf(meetingPath))).toBeUndefined();

  await fac.getByLabel("1. Introduction").fill("La maire a rappelé que la commune veut écouter avant de proposer.");
  await fac.getByLabel("Besoins prioritaires").fill("Du temps médical libéré du secrétariat.");
  await fac.getByLabel("Premières pistes").fill(LEADS.join("\n"));
  await fac.getByLabel("Une nouvelle réunion").check();
  await fac.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(fac.getByText("Brouillon enregistré. Il n'est visible que de l'équipe")).toBeVisible();
  expect(storedDraft(meetingIdOf(meetingPath))?.published).toBeNull();

  // A draft is the organisers' only: the invitee's answer link says nothing of it.
  await fac.getByRole("button", { name: "Publier la synthèse" }).click();
  await expect(fac.getByText("Synthèse publiée : les invité·es qui ont répondu oui ou sont venu·es reçoivent leur lien de lecture")).toBeVisible();
  await expect(fac.getByRole("complementary", { name: "Présences et lecteurs" })).toContainText(`${people.anne.name} — lien remis`);
  await checkA11y(fac);

  expect(await mailsTo(people.anne.email, /^Synthèse de la réunion du/)).toHaveLength(1);
  expect(await mailsTo(people.chloe.email, /^Synthèse de la réunion du/)).toHaveLength(1);
  expect(await mailsTo(people.bruno.email, /^Synthèse/)).toHaveLength(0);
  expect(await mailsTo("maire@demo.boussole.fr", new RegExp(`^Synthèse publiée : ${TITLE.replace(/[()]/g, "\\$&")}`))).toHaveLength(1);
});

test("an invitee without an account reads it through the mailed link after the meeting; who declined gets nothing", async ({ browser }) => {
  test.skip(!meetingPath, "needs the held meeting");
  const { context, page } = await freshContext(browser);
  const link = await linkFromLatestMail(page, people.anne.email, /^Synthèse de la réunion du/);
  expect(link).toMatch(/\/synthese\/[A-Za-z0-9_-]{43}$/);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: `Synthèse — ${TITLE}` })).toBeVisible();
  for (const lead of LEADS) await expect(page.getByRole("listitem").filter({ hasText: lead })).toBeVisible();
  await expect(page.getByText("Lien de lecture personnel de")).toContainText(people.anne.name);
  await checkA11y(page);

  // Her answer link no longer says it is useless: it shows the synthesis too.
  await page.goto(links[people.anne.email]);
  await expect(page.getByRole("heading", { level: 1, name: `Synthèse — ${TITLE}` })).toBeVisible();

  // Bruno declined and did not come: his answer link shows the meeting is over, not the synthesis.
  await page.goto(links[people.bruno.email]);
  await expect(page.getByRole("heading", { name: "Cette réunion est terminée" })).toBeVisible();
  await expect(page.getByText(LEADS[0])).toHaveCount(0);

  // A made-up reading link shows nothing.
  await page.goto(`/synthese/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "Ce lien de lecture n'est pas valide" })).toBeVisible();
  await context.close();
});

test("each lead becomes a next step in one action; its owner finds it in their list, linked to the synthesis", async ({ as }) => {
  test.skip(!meetingPath, "needs the held meeting");
  const fac = await editor(await as("facilitatrice"));
  const due = parisInMinutes(60 * 24 * 20).day;
  const steps = [
    { lead: LEADS[0], owner: "Thomas Rouquette — Référent·e santé" },
    { lead: LEADS[1], owner: `${people.chloe.name} — Infirmier·ère` },
  ];
  for (const [i, s] of steps.entries()) {
    const piste = fac.getByRole("listitem").filter({ hasText: `Piste ${i + 1} : ${s.lead}` });
    await piste.getByText("En faire une prochaine étape").click();
    await expect(piste.getByLabel("Ce qu'il faut faire")).toHaveValue(s.lead);
    await piste.getByLabel("Qui s'en charge").selectOption({ label: s.owner });
    await piste.getByLabel("Date prévue").fill(due);
    await piste.getByRole("button", { name: "Ajouter la prochaine étape" }).click();
    await expect(piste.getByText(`Prochaine étape ajoutée : « ${s.lead} »`)).toBeVisible();
  }
  const stored = readDatabase((db) => db.prepare("SELECT title, lead, owner_kind AS kind, owner_label AS label FROM next_step WHERE meeting_id = ? ORDER BY id").all(meetingIdOf(meetingPath)));
  expect(stored).toEqual([
    { title: LEADS[0], lead: LEADS[0], kind: "membre", label: "Thomas Rouquette" },
    { title: LEADS[1], lead: LEADS[1], kind: "invite", label: `${people.chloe.name} — Infirmier·ère` },
  ]);
  await fac.reload();
  await expect(fac.getByRole("listitem").filter({ hasText: `Piste 1 : ${LEADS[0]}` })).toContainText("Thomas Rouquette, pour le");
  await checkA11y(fac);

  const ref = await as("referent");
  await ref.goto(`/communes/${CODE}/actions`);
  const mine = ref.getByRole("region", { name: "Mes prochaines étapes" }).or(ref.locator("section").filter({ has: ref.getByRole("heading", { name: "Mes prochaines étapes" }) }));
  await expect(mine.first()).toContainText(LEADS[0]);
  await checkA11y(ref);

  // The printable version carries the next steps table; on paper, no navigation.
  await ref.goto(`${meetingPath}/synthese/imprimer`);
  const table = ref.getByRole("table");
  await expect(table.getByRole("row", { name: new RegExp(LEADS[1]) })).toContainText(people.chloe.name);
  await checkA11y(ref);
  await ref.emulateMedia({ media: "print" });
  await expect(ref.getByRole("navigation", { name: "Rubriques de la commune" })).toBeHidden();
  await expect(ref.getByRole("button", { name: "Imprimer" })).toBeHidden();
  await expect(ref.getByRole("heading", { level: 1, name: `Synthèse — ${TITLE}` })).toBeVisible();
});

test("two writers at once: a stale save keeps the other person's untouched fields", async ({ as }) => {
  test.skip(!meetingPath, "needs the held meeting");
  const first = await editor(await as("facilitatrice"));
  const second = await editor(await as("facilitatrice"));
  await second.getByLabel("Freins et points de vigilance").fill("Le manque de locaux adaptés.");
  await second.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(second.getByText("Brouillon enregistré.")).toBeVisible();

  await first.getByLabel("Envies de coopération").fill("Les infirmières et la pharmacie veulent travailler ensemble.");
  await first.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  const conflict = first.getByTestId("conflict");
  await expect(conflict.getByRole("heading", { name: "Deux versions à comparer" })).toBeVisible();
  await expect(conflict.getByRole("row", { name: /^Envies de coopération/ })).toContainText("Vous avez modifié ce champ");
  await expect(conflict.getByRole("row", { name: /^Freins et points de vigilance/ })).toContainText("repris dans le formulaire");
  await expect(first.getByLabel("Freins et points de vigilance")).toHaveValue("Le manque de locaux adaptés.");
  await checkA11y(first);

  await conflict.getByRole("button", { name: "Enregistrer ma version" }).click();
  await expect(first.getByText("Brouillon enregistré.")).toBeVisible();
  const draft = JSON.parse(storedDraft(meetingIdOf(meetingPath))!.draft) as { cooperation: string; obstacles: string; needs: string };
  expect(draft.cooperation).toBe("Les infirmières et la pharmacie veulent travailler ensemble.");
  expect(draft.obstacles).toBe("Le manque de locaux adaptés.");
  expect(draft.needs).toBe("Du temps médical libéré du secrétariat.");
});

test("the correction is published again: readers see it was updated, and when", async ({ as, browser }) => {
  test.skip(!meetingPath, "needs the held meeting");
  const fac = await editor(await as("facilitatrice"));
  await expect(fac.getByText("Des modifications du brouillon ne sont pas encore publiées.")).toBeVisible();
  await fac.getByRole("button", { name: "Publier la correction" }).click();
  await expect(fac.getByText("Correction publiée")).toBeVisible();
  expect(await mailsTo(people.anne.email, /^Synthèse de la réunion du/)).toHaveLength(1); // nobody e-mailed twice

  const { context, page } = await freshContext(browser);
  await page.goto(await linkFromLatestMail(page, people.chloe.email, /^Synthèse de la réunion du/));
  await expect(page.getByText(/mise à jour le/)).toBeVisible();
  await expect(page.getByText("Le manque de locaux adaptés.")).toBeVisible();
  await context.close();
});

test("« Organiser la réunion de suivi » prepares a meeting whose agenda starts from the leads and the open next steps", async ({ as }) => {
  test.skip(!meetingPath, "needs the held meeting");
  const ref = await as("referent");
  await ref.goto(`${meetingPath}/synthese`);
  await ref.getByRole("link", { name: "Organiser la réunion de suivi" }).click();
  await expect(ref).toHaveURL(/\/reunions\/nouvelle\?suite=\d+$/);
  await expect(ref.getByText("L'ordre du jour part de la réunion du")).toBeVisible();
  const form = new MeetingForm(ref);
  await expect(form.title).toHaveValue("Réunion de suivi avec les professionnels de santé");
  await expect(form.agendaItem(/^Point 1 : Accueil et retour sur la réunion du/)).toBeVisible();
  await expect(form.agendaItem(/^Point 2 : Où en sont les prochaines étapes/).getByLabel("Questions pour guider les échanges")).toHaveValue(/ — .* \(pour le \d{1,2} \S+ \d{4}\)/);
  await expect(form.agendaItem(`Point 3 : Piste : ${LEADS[0]}`)).toBeVisible();
  await expect(ref.getByRole("group", { name: /Tour de table des professionnels/ })).toHaveCount(0);
  await checkA11y(ref);
});

test("who may not write reads; another commune's meeting is not found", async ({ as }) => {
  test.skip(!meetingPath, "needs the held meeting");
  const maire = await as("maire");
  await maire.goto(`${meetingPath}/synthese`);
  await expect(maire.getByText("La synthèse est rédigée par le facilitateur ou la facilitatrice de la fédération")).toBeVisible();
  await expect(maire.getByRole("button", { name: /Publier/ })).toHaveCount(0);
  await expectNotFound(maire, `/communes/${CODE}/reunions/999999/synthese`);
  await expectNotFound(maire, `/communes/34172/reunions/${meetingIdOf(meetingPath)}/synthese`);
});

test("a professional with an account finds their meetings, their answers and the published synthesis on the dashboard", async ({ browser }) => {
  const { context, page } = await freshContext(browser);
  await page.goto("/connexion");
  await page.getByRole("button", { name: /Dr Karim Haddad/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion"));
  await page.goto(`/communes/${CODE}`);
  const mine = page.getByRole("region", { name: "Mes réunions" }).or(page.locator("section").filter({ has: page.getByRole("heading", { name: "Mes réunions" }) }));
  const launch = mine.first().getByRole("listitem").filter({ hasText: "Rencontre de lancement avec les professionnels de santé" });
  await expect(launch).toContainText("Votre réponse : Oui — présent·e");
  await expect(mine.first().getByRole("listitem").filter({ hasText: "Première rencontre avec les professionnels de santé" })).toContainText("Votre réponse : Peut-être");
  await checkA11y(page);
  await launch.getByRole("link", { name: /Lire la synthèse/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Synthèse — Rencontre de lancement avec les professionnels de santé" })).toBeVisible();
  await expect(page.getByRole("article")).toContainText("Prochaines étapes");
  await expect(page.getByRole("button", { name: /Publier/ })).toHaveCount(0);
  await checkA11y(page);
  await context.close();
});

test("the reading link downloads the synthesis as a PDF too; a made-up one is a 404", async ({ browser }) => {
  test.skip(!meetingPath, "needs the held meeting");
  const { context, page } = await freshContext(browser);
  const link = await linkFromLatestMail(page, people.anne.email, /^Synthèse de la réunion du/);
  const res = await page.request.get(`${link}/pdf`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  const { extractText, getDocumentProxy } = await import("unpdf");
  const text = (await extractText(await getDocumentProxy(new Uint8Array(await res.body())), { mergePages: true })).text.replace(/\s+/g, " ");
  expect(text).toContain("COMMUNE DE MARVEJOLS");
  expect(text).toContain(LEADS[0]);
  expect((await page.request.get(`/synthese/${"A".repeat(43)}/pdf`)).status()).toBe(404);
  await context.close();
});
