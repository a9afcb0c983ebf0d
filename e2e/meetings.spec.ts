/**
 * Journey 3 — the first meeting (PRODUCT.md): the referent prepares it and sends the invitations; professionals
 * answer through the e-mailed link, in their own browser, without an account; the organisers follow the
 * answers by profession, remind, change the date, cancel. Each person in their own browser context.
 */
import crypto from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { AnswerPage, DEMO_MEETING, MeetingForm, MeetingPage, MeetingsPage } from "./pages/meeting-page";
import { readDatabase, writeDatabase } from "./database";
import { DEMO, capturedMails, clickAndConfirm, freshContext, linkFromLatestMail, nextActionResponse, signInByEmail } from "./support";
import { checkA11y, expectNotFoundRevealingNothing, frenchDay, parisDay, uniqueEmail } from "./journeys";

test.describe.configure({ mode: "serial" });

const CODE = "48092"; // Marvejols, the demo commune
const RUN = Date.now().toString(36);
const TITLE = `Première rencontre des professionnels (${RUN})`;
const DAY = parisDay(10);
const NEW_DAY = parisDay(11);

const people = {
  anne: { name: "Dr Anne Martin", profession: "Médecin généraliste", email: uniqueEmail("anne.martin", "cabinet.test") },
  sophie: { name: "Sophie Chabert", profession: "Infirmier·ère", email: uniqueEmail("sophie.chabert", "idel.test") },
  julien: { name: "Julien Astruc", profession: "Masseur·se-kinésithérapeute", email: uniqueEmail("julien.astruc", "kine.test") },
  marion: { name: "Marion Pagès", email: uniqueEmail("marion.pages", "pharmacie.test") },
  refused: { email: uniqueEmail("ancienne.adresse", "refuse.test") },
};

let meetingPath = "";
let calendarUid = "";
let anneFirstLink = "";
let demoLink = "";

/** The UTC stamp a calendar file writes for a Paris wall-clock time ("20261204T173000Z"). */
function utcStamp(day: string, time: string) {
  const naive = new Date(`${day}T${time}:00Z`);
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "shortOffset" }).formatToParts(naive).find((p) => p.type === "timeZoneName")!.value; // "GMT+1"
  const hours = Number(offset.replace("GMT", "") || 0);
  return new Date(naive.getTime() - hours * 3_600_000).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Opens the latest e-mail to `to` whose subject matches, in the development mailbox. */
async function openLatestMail(page: Page, to: string, subject: RegExp) {
  await page.goto(`/dev/boite-mail?a=${encodeURIComponent(to)}`);
  await page.getByRole("link", { name: subject }).first().click();
  await expect(page.getByTestId("mail-to")).toHaveText(to);
}

/** The calendar file attached to the latest e-mail to `to` whose subject matches, read from the development mailbox. */
async function calendarOfLatestMail(page: Page, to: string, subject: RegExp) {
  await openLatestMail(page, to, subject);
  const href = await page.getByRole("list", { name: "Pièces jointes" }).getByRole("link").first().getAttribute("href");
  const res = await page.request.get(href!);
  expect(res.headers()["content-type"]).toMatch(/^text\/calendar; method=(REQUEST|CANCEL)/);
  return (await res.text()).replace(/\r\n[ \t]/g, "");
}

const mailsTo = async (email: string, subject: RegExp) => (await capturedMails()).filter((m) => m.to.includes(email) && subject.test(m.subject));

async function answerAs(browser: Browser, email: string, choice: "Oui" | "Non" | "Peut-être") {
  const { context, page } = await freshContext(browser);
  const link = await linkFromLatestMail(page, email, new RegExp(`^Invitation : ${escape(TITLE)}`));
  await page.goto(link);
  await new AnswerPage(page).answer(choice);
  await context.close();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("the référent prepares a first meeting: bad input refused, the kit's agenda edited with the keyboard, a draft notifies nobody", async ({ as }) => {
  const page = await as("referent");
  const form = new MeetingForm(page);
  const mailsBefore = (await capturedMails()).length;

  await test.step("the list shows the demo's prepared meeting, under « À venir »", async () => {
    await new MeetingsPage(page, CODE).open();
    await expect(page.getByRole("heading", { level: 1, name: "Réunions avec les professionnels" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "À venir" })).toBeVisible();
    await expect(page.getByRole("list", { name: "À venir" }).getByRole("link", { name: DEMO_MEETING })).toBeVisible();
    await checkA11y(page);
  });

  await test.step("the preparation page starts from the kit, with the mayor's posture beside it", async () => {
    await page.getByRole("link", { name: "Préparer une réunion" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Préparer une réunion" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Rappels du kit pour la première rencontre" })).toBeVisible();
    await expect(page.getByText("Arriver avec une solution ou un projet « clé en main »")).toBeVisible();
    await expect(page.getByText("Être dans une posture d'écoute active")).toBeVisible();
    await expect(page.getByTestId("agenda-item")).toHaveCount(5);
    await expect(form.agendaItem("Point 2 : Tour de table des professionnels").getByLabel("Questions pour guider les échanges")).toHaveValue(/Vos conditions d'exercice/);
    await expect(page.getByTestId("agenda-total")).toContainText("Total de l'ordre du jour : 1 h 25 pour une réunion de 1 h 30");
    await checkA11y(page);
  });

  await test.step("the whole team is ticked as preparing it: the municipal team and the federation's facilitator", async () => {
    for (const name of [/^Claire Fabre \(Maire\)/, /^Thomas Rouquette \(Référent·e santé\)/, /^Inès Benali \(Facilitateur·rice\)/]) {
      await expect(page.getByRole("checkbox", { name })).toBeChecked();
    }
  });

  await test.step("a date before today, a duration of 0, no place and a 0-minute item are refused beside their fields", async () => {
    await form.title.fill(TITLE);
    await page.getByRole("radio", { name: "Première rencontre avec les professionnels" }).check();
    await form.date.fill(parisDay(-1));
    await form.duration.fill("0");
    await form.place.fill("");
    const constat = form.agendaItem(/^Point 3 :/);
    await constat.getByLabel("Durée (min)").fill("0");
    await form.saveDraft();
    await expect(form.error("date")).toHaveText("Erreur : Choisissez une date à partir d'aujourd'hui : la réunion ne peut pas avoir lieu dans le passé.");
    await expect(form.error("durationMinutes")).toHaveText("Erreur : La réunion dure au moins 15 minutes.");
    await expect(form.error("place")).toHaveText("Erreur : Indiquez le lieu : une salle municipale, une adresse ou un lien de visioconférence.");
    await expect(form.error("agenda-2-durationMinutes")).toHaveText("Erreur : Un point de l'ordre du jour dure au moins 1 minute.");
    await expect(form.date).toBeFocused();
    await expect(form.title).toHaveValue(TITLE);
    await expect(page).toHaveURL(/\/reunions\/nouvelle$/);
    await checkA11y(page);
  });

  await test.step("the total warns outside the kit's 60–90 minutes and above the meeting's duration", async () => {
    await form.date.fill(DAY);
    await form.startTime.fill("18:30");
    await form.duration.fill("90");
    await form.place.fill("Salle du conseil municipal, mairie de Marvejols");
    await form.agendaItem(/^Point 3 :/).getByLabel("Durée (min)").fill("15");
    const roundTable = form.agendaItem("Point 2 : Tour de table des professionnels").getByLabel("Durée (min)");
    await roundTable.fill("45");
    const warnings = page.getByTestId("agenda-warnings");
    await expect(warnings).toContainText("Le total (1 h 45) dépasse la durée conseillée par le kit : 1 h à 1 h 30.");
    await expect(warnings).toContainText("Le total (1 h 45) dépasse la durée prévue de la réunion (1 h 30).");
    await roundTable.fill("25");
    await expect(warnings).toHaveCount(0);
    await expect(page.getByTestId("agenda-total")).toContainText("1 h 25");
  });

  await test.step("a first meeting's length outside the kit's 1 h to 1 h 30 gets its own warning, tied to the field", async () => {
    const warning = page.getByTestId("duration-warning");
    await expect(warning).toHaveCount(0);
    await form.duration.fill("120");
    await expect(warning).toHaveText("Attention : La durée prévue (2 h) dépasse celle que conseille le kit pour une première rencontre : 1 h à 1 h 30.");
    await expect(form.duration).toHaveAttribute("aria-describedby", /durationMinutes-warning/);
    await form.duration.fill("45");
    await expect(warning).toContainText("La durée prévue (45 min) est plus courte que celle que conseille le kit pour une première rencontre");
    await checkA11y(page);
    await form.duration.fill("90");
    await expect(warning).toHaveCount(0);
  });

  await test.step("items are reordered with the keyboard, the focus staying on the moved item; added and removed", async () => {
    await page.getByRole("button", { name: "Descendre « Introduction »" }).focus();
    await page.keyboard.press("Enter");
    await expect(form.agendaItem(/^Point 1 :/)).toHaveAccessibleName("Point 1 : Tour de table des professionnels");
    await expect(form.agendaItem(/^Point 2 :/)).toHaveAccessibleName("Point 2 : Introduction");
    await expect(page.getByRole("button", { name: "Descendre « Introduction »" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(page.getByRole("button", { name: "Monter « Introduction »" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(form.agendaItem(/^Point 1 :/)).toHaveAccessibleName("Point 1 : Introduction");
    await expect(page.getByRole("button", { name: "Descendre « Introduction »" })).toBeFocused(); // "Monter" is now disabled

    await page.getByRole("button", { name: "Ajouter un point" }).click();
    const added = form.agendaItem(/^Point 6 :/);
    await expect(added.getByLabel("Intitulé")).toBeFocused();
    await page.keyboard.type("Questions diverses");
    await added.getByLabel("Durée (min)").fill("5");
    await added.getByLabel("Animé par").fill("Référent santé");
    await expect(page.getByTestId("agenda-total")).toContainText("1 h 30");
    await page.getByRole("button", { name: "Retirer « Questions diverses » de l'ordre du jour" }).click();
    await expect(page.getByTestId("agenda-item")).toHaveCount(5);
    await expect(page.getByTestId("agenda-total")).toContainText("1 h 25");
    await checkA11y(page);
  });

  await test.step("saved as a draft: nobody is notified", async () => {
    await form.saveDraft();
    await expect(page).toHaveURL(/\/reunions\/\d+\?fait=preparee$/);
    meetingPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText("Brouillon : personne n'a été prévenu.")).toBeVisible();
    await expect(page.getByText(`${frenchDay(DAY)}, de 18 h 30 à 20 h 00 (heure de Paris)`)).toBeVisible();
    await expect(page.getByTestId("duration-warning")).toHaveCount(0);
    await checkA11y(page);
    expect((await capturedMails()).length).toBe(mailsBefore);
  });

  await test.step("the list: upcoming meetings, the soonest first", async () => {
    await new MeetingsPage(page, CODE).open();
    await expect(page.getByRole("list", { name: "À venir" }).getByRole("heading", { level: 3 })).toHaveText([DEMO_MEETING, TITLE]);
    // The demo's launch meeting, held four weeks ago, is with the past ones.
    await expect(page.getByRole("list", { name: "Passées et annulées" }).getByRole("heading", { level: 3 })).toContainText(["Rencontre de lancement avec les professionnels de santé"]);
  });
});

test("a facilitator preparing a meeting finds the municipal team ticked as preparers with her", async ({ as }) => {
  const page = await as("facilitatrice");
  await page.goto(`/communes/${CODE}/reunions/nouvelle`);
  await expect(page.getByRole("heading", { level: 1, name: "Préparer une réunion" })).toBeVisible();
  const preparers = page.getByRole("group", { name: "Qui prépare la réunion" });
  await expect(preparers.getByRole("checkbox")).toHaveCount(3);
  for (const name of [/^Inès Benali/, /^Claire Fabre/, /^Thomas Rouquette/]) await expect(preparers.getByRole("checkbox", { name })).toBeChecked();
});

test("invitees typed or pasted (each invalid address reported, duplicates merged); sending; an undeliverable address is marked with a resend", async ({ as }) => {
  const page = await as("referent");
  const meeting = new MeetingPage(page);
  await meeting.open(meetingPath);

  await test.step("typed one by one; an invalid address is refused beside the field", async () => {
    await meeting.addInvitee({ ...people.anne, email: "anne.martin@" });
    await expect(page.locator("#invitee-email-error")).toContainText("Indiquez une adresse e-mail valide");
    await expect(meeting.invitees).toHaveCount(0);
    for (const p of [people.anne, people.sophie, people.julien]) {
      await meeting.addInvitee(p);
      await expect(meeting.invitee(p.email)).toBeVisible();
    }
    await expect(meeting.invitees).toHaveCount(3);
  });

  await test.step("pasted: each invalid address is listed, nothing is added; then duplicates are merged", async () => {
    const box = meeting.pastedEmails;
    await meeting.pasteInvitees(`Marion Pagès <${people.marion.email}>, jean.dupont@; ${people.anne.email}\npas-une-adresse`, "Pharmacien·ne");
    const error = page.locator("#pasted-emails-error");
    await expect(error).toContainText("Ces 2 adresses ne sont pas valides :");
    await expect(error.getByRole("listitem")).toHaveText(["« jean.dupont@ »", "« pas-une-adresse »"]);
    await expect(box).toBeFocused();
    await expect(meeting.invitees).toHaveCount(3);
    await checkA11y(page);

    await meeting.pasteInvitees(`Marion Pagès <${people.marion.email}>, ${people.anne.email.toUpperCase()}; ${people.marion.email}\n${people.refused.email}`);
    await expect(page.getByText(`2 invité·es ajouté·es ; 2 adresses déjà invitées ou en double ignorées`)).toBeVisible();
    await expect(meeting.invitees).toHaveCount(5);
    await expect(meeting.invitee(people.marion.email)).toContainText("Marion Pagès");
    await expect(meeting.invitee(people.marion.email)).toContainText("Pharmacien·ne");
  });

  await test.step("sending, after a confirmation: each invitee is e-mailed; the refused address is 'not delivered'", async () => {
    await meeting.sendInvitations(5);
    await expect(page).toHaveURL(/\?fait=invitations-envoyees$/);
    await expect(page.getByText("Invitations envoyées", { exact: true })).toBeVisible();
    await expect(meeting.invitee(people.refused.email)).toContainText("E-mail non remis");
    await expect(page.getByText("1 e-mail non remis")).toBeVisible();
    for (const p of [people.anne, people.sophie, people.julien, people.marion]) {
      await expect(meeting.invitee(p.email)).toContainText("Sans réponse");
      expect(await mailsTo(p.email, new RegExp(`^Invitation : ${escape(TITLE)}`))).toHaveLength(1);
    }
    expect(await mailsTo(people.refused.email, /./)).toHaveLength(0);
    expect(await mailsTo(DEMO.maire, new RegExp(`^Invitations envoyées : ${escape(TITLE)}`))).toHaveLength(1);
    await checkA11y(page);
  });

  await test.step("resending to the refused address fails again (the worker settles it); the invitee stays, marked", async () => {
    // The lines carry no forms: the actions are those of the invitee opened from the list.
    await expect(meeting.invitees.getByRole("button")).toHaveCount(0);
    const refused = await meeting.openInvitee(people.refused.email);
    await expect(refused.getByRole("button", { name: /^Retirer / })).toBeVisible();
    await checkA11y(page);
    await refused.getByRole("button", { name: /^Renvoyer à / }).click();
    await expect(refused).toContainText(`Invitation renvoyée à ${people.refused.email} : envoi en cours.`);
    await expect(refused).toContainText("E-mail non remis");
    await expect(meeting.invitees).toHaveCount(5);
  });
});

test("the inventory picker finds lines by a search, with or without JavaScript; an invitee opened from the list is removed, the focus on the outcome", async ({ as }) => {
  const page = await as("referent");
  const meeting = new MeetingPage(page);
  await page.goto(`/communes/${CODE}/reunions/nouvelle`);
  const form = new MeetingForm(page);
  await form.title.fill(`Point d'étape avec les infirmières (${RUN})`);
  await form.date.fill(DAY);
  await form.startTime.fill("12:30");
  await form.duration.fill("60");
  await form.place.fill("Mairie, salle des mariages");
  await form.saveDraft();
  await expect(page).toHaveURL(/\/reunions\/\d+\?fait=preparee$/);
  const path = new URL(page.url()).pathname;

  await test.step("a search by profession offers the inventory's lines not yet invited; those picked leave the picker", async () => {
    await meeting.searchInventory("infirmière");
    await expect(page).toHaveURL(/chercher=infirmi%C3%A8re#depuis-inventaire$/);
    await expect(meeting.pickerChoices.getByRole("checkbox", { name: /^Marie Pagès/ })).toBeVisible();
    await expect(meeting.pickerChoices.getByRole("checkbox", { name: /^Lucie Chabrol/ })).toBeVisible();
    await expect(meeting.pickerChoices.getByRole("checkbox", { name: /Hélène Vidal/ })).toHaveCount(0);
    await checkA11y(page);
    await meeting.addPicked("Marie Pagès", "Lucie Chabrol");
    await expect(page.getByText("2 invité·es ajouté·es.")).toBeVisible();
    await expect(meeting.invitees).toHaveCount(2);
    await expect(meeting.invitee("marie.pages@idel-marvejols.test")).toContainText("Infirmier·ère");
    await expect(meeting.pickerChoices.getByRole("checkbox", { name: /^(Marie Pagès|Lucie Chabrol)/ })).toHaveCount(0);
  });

  await test.step("without JavaScript, the search is a plain GET form and the picked line is added", async () => {
    const noScript = await as("referent", { javaScriptEnabled: false });
    const plain = new MeetingPage(noScript);
    await noScript.goto(path);
    await plain.pickerSearch.getByLabel("Nom, profession ou adresse e-mail").fill("Vidal");
    await plain.pickerSearch.getByLabel("Nom, profession ou adresse e-mail").press("Enter");
    await expect(plain.pickerSummary).toContainText("« Vidal »");
    await expect(plain.pickerChoices.getByRole("checkbox")).toHaveCount(1);
    await plain.addPicked("Dr Hélène Vidal");
    await expect(plain.invitee("h.vidal@cabinet-soubeyran.test")).toBeVisible();
    await expect(plain.invitees).toHaveCount(3);
  });

  await test.step("an invitee opened from the list with the keyboard is removed; the focus lands on the outcome", async () => {
    await page.goto(path);
    const link = meeting.invitee("lucie.chabrol@idel-marvejols.test").getByRole("link", { name: "Lucie Chabrol" });
    const href = (await link.getAttribute("href"))!;
    await link.focus();
    await page.keyboard.press("Enter");
    const lucie = meeting.selectedInvitee;
    await expect(lucie.getByRole("region", { name: "Lucie Chabrol" })).toBeFocused();
    await expect(meeting.invitees.getByRole("button")).toHaveCount(1);
    await checkA11y(page);
    await clickAndConfirm(page, lucie.getByRole("button", { name: "Retirer Lucie Chabrol des invité·es" }));
    await expect(page).toHaveURL(/\?fait=invite-retire$/);
    await expect(page.locator(":focus")).toContainText("La personne a été retirée des invité·es.");
    await expect(meeting.invitees).toHaveCount(2);
    await expect(meeting.invitee("lucie.chabrol@idel-marvejols.test")).toHaveCount(0);
    // An address that still selects her says she is gone, rather than "not found".
    await page.goto(`${path}${href}`);
    await expect(page.getByText("Cette personne ne fait plus partie des invité·es de la réunion.")).toBeVisible();
    await meeting.searchInventory("Chabrol");
    await expect(meeting.pickerChoices.getByRole("checkbox", { name: /^Lucie Chabrol/ })).toBeVisible();
  });

  await test.step("a long list is shown 50 lines a page; an invitee of page 2 opens on page 2", async () => {
    const many = Array.from({ length: 55 }, (_, k) => `zz.invite${String(k).padStart(2, "0")}.${RUN}@liste.test`);
    await meeting.pasteInvitees(many.join("\n"));
    await expect(page.getByText("55 invité·es ajouté·es.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Invité·es (57)" })).toBeVisible();
    await expect(meeting.invitees).toHaveCount(50);
    const pages = page.getByRole("navigation", { name: "Pages de la liste des invité·es" });
    await expect(pages).toContainText("Page 1 sur 2");
    await pages.getByRole("link", { name: "Page suivante" }).click();
    await expect(pages).toContainText("Page 2 sur 2");
    await expect(meeting.invitees).toHaveCount(7);
    const last = await meeting.openInvitee(many[54]);
    await expect(pages).toContainText("Page 2 sur 2");
    await checkA11y(page);
    await last.getByRole("link", { name: /^Fermer/ }).click();
    await expect(meeting.selectedInvitee).toHaveCount(0);
    await expect(pages).toContainText("Page 2 sur 2");
  });
});

test("a professional without an account opens the e-mailed link, sees the agenda, answers with a comment and the round table, changes the answer", async ({ as, browser }) => {
  const organiser = new MeetingPage(await as("referent"));
  const { context, page } = await freshContext(browser);
  const answer = new AnswerPage(page);

  await test.step("the calendar file: METHOD:REQUEST, the meeting's UID, the Paris time written in UTC", async () => {
    const ics = await calendarOfLatestMail(page, people.anne.email, /^Invitation : /);
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(`DTSTART:${utcStamp(DAY, "18:30")}`);
    expect(ics).toContain(`DTEND:${utcStamp(DAY, "20:00")}`);
    expect(ics).toContain("SEQUENCE:0");
    expect(ics).toMatch(/heure de Paris \(Europe\/Paris\)/);
    calendarUid = /\r\nUID:(.+)\r\n/.exec(ics)![1];
    expect(calendarUid).toMatch(/@boussole$/);
  });

  await test.step("a GET of the link (a mail scanner, or opening it) changes nothing", async () => {
    anneFirstLink = await linkFromLatestMail(page, people.anne.email, /^Invitation : /);
    expect(new URL(anneFirstLink).pathname).toMatch(/^\/reponse\/[A-Za-z0-9_-]{43}$/);
    const scanned = await page.request.get(anneFirstLink);
    expect(scanned.status()).toBe(200);
    await organiser.open(meetingPath);
    await expect(organiser.invitee(people.anne.email)).toContainText("Sans réponse");
  });

  await test.step("the page shows the meeting, its place and agenda, without an account", async () => {
    await page.getByTestId("mail-body").getByRole("link", { name: anneFirstLink }).click();
    await expect(page).toHaveURL(anneFirstLink);
    await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText(`${frenchDay(DAY)}, de 18 h 30 à 20 h 00 (heure de Paris)`)).toBeVisible();
    await expect(page.getByText("Salle du conseil municipal, mairie de Marvejols")).toBeVisible();
    for (const item of ["Introduction", "Tour de table des professionnels", "Partage d'un premier constat territorial", "Échanges ouverts", "Conclusion et suites"]) {
      await expect(page.getByRole("heading", { level: 3, name: new RegExp(`${escape(item)}$`) })).toBeVisible();
    }
    await expect(page.getByText("Invitation personnelle de Dr Anne Martin (Médecin généraliste)")).toBeVisible();
    await expect(page.getByRole("button", { name: "Se déconnecter" })).toHaveCount(0);
    await checkA11y(page);
    await organiser.page.reload();
    await expect(organiser.invitee(people.anne.email)).toContainText("Sans réponse");
  });

  await test.step("answering needs a choice; then 'Peut-être' with a comment and round-table answers", async () => {
    await answer.save();
    await expect(page.locator("#answer-error")).toHaveText("Erreur : Choisissez Oui, Non ou Peut-être.");
    await answer.choice("Peut-être").check();
    await answer.comment.fill("Je suis de garde un jeudi sur deux : je confirme dès que possible.");
    await page.getByLabel("Votre situation actuelle").fill("Installée depuis 2012, en cabinet à deux.");
    await page.getByLabel("Les difficultés rencontrées").fill("Plus de nouveaux patients depuis un an.");
    await answer.save();
    await expect(answer.thanks("Peut-être")).toBeVisible();
    // Said at once to a screen reader: the focus moves to the confirmation.
    await expect(answer.confirmation("Peut-être")).toBeFocused();
    await checkA11y(page);
  });

  await test.step("the answer is kept, and can be changed until the meeting starts", async () => {
    await page.reload();
    await expect(page.getByText("Votre réponse actuelle : Peut-être")).toBeVisible();
    await expect(answer.choice("Peut-être")).toBeChecked();
    await expect(page.getByLabel("Votre situation actuelle")).toHaveValue("Installée depuis 2012, en cabinet à deux.");
    await answer.choice("Oui").check();
    await page.getByLabel("Vos éventuelles attentes").fill("Travailler avec les infirmières sur les sorties d'hôpital.");
    await answer.change();
    await expect(answer.thanks("Oui")).toBeVisible();
    await expect(answer.confirmation("Oui")).toBeFocused();
    await expect(page.getByText("Votre réponse actuelle : Oui")).toBeVisible();
  });

  await test.step("two others answer from their own browsers", async () => {
    await answerAs(browser, people.sophie.email, "Oui");
    await answerAs(browser, people.julien.email, "Non");
  });
  await context.close();
});

test("the organisers see the answers by profession; a reminder goes only to those without an answer, once a day", async ({ as }) => {
  const page = await as("facilitatrice");
  const meeting = new MeetingPage(page);
  await meeting.open(meetingPath);

  await test.step("per invitee: the answer, the comment, the round table prepared", async () => {
    await expect(meeting.invitee(people.anne.email)).toContainText("Oui");
    await expect(meeting.invitee(people.anne.email)).toContainText("commentaire · tour de table (3/4)");
    const anne = await meeting.openInvitee(people.anne.email);
    await expect(anne).toContainText("« Je suis de garde un jeudi sur deux : je confirme dès que possible. »");
    await expect(anne.getByText("Tour de table préparé (3/4)")).toBeVisible();
    await expect(anne.getByText("Plus de nouveaux patients depuis un an.")).toBeVisible();
    await expect(meeting.invitee(people.julien.email)).toContainText("Non");
    await expect(meeting.invitee(people.marion.email)).toContainText("Sans réponse");
  });

  await test.step("the list filtered by answer: those without one", async () => {
    await page.getByRole("navigation", { name: "Invité·es par réponse" }).getByRole("link", { name: "Sans réponse (2)" }).click();
    await expect(page).toHaveURL(/\?reponse=sans_reponse#liste-invites$/);
    await expect(meeting.invitees).toHaveCount(2);
    await expect(meeting.invitee(people.marion.email)).toBeVisible();
    await expect(meeting.invitee(people.refused.email)).toBeVisible();
    await page.getByRole("navigation", { name: "Invité·es par réponse" }).getByRole("link", { name: "Toutes (5)" }).click();
    await expect(meeting.invitees).toHaveCount(5);
  });

  await test.step("who is coming, by profession: two professions among the yes", async () => {
    await expect(meeting.answerCounts).toContainText("Oui : 2");
    await expect(meeting.answerCounts).toContainText("Non : 1");
    await expect(meeting.answerCounts).toContainText("Sans réponse : 2");
    await expect(page.getByText("2 professions parmi les « oui »")).toBeVisible();
    await expect(page.getByText("Infirmier·ère, Médecin généraliste : la rencontre réunit plusieurs professions.")).toBeVisible();
    const table = page.getByRole("table", { name: "Réponses par profession" });
    await expect(table.getByRole("row", { name: /^Médecin généraliste/ })).toHaveText(/Médecin généraliste\s*1\s*0\s*0\s*0/);
    await expect(table.getByRole("row", { name: /^Pharmacien·ne/ })).toHaveText(/Pharmacien·ne\s*0\s*0\s*0\s*2/);
    await checkA11y(page);
  });

  await test.step("the reminder goes to Marion only — not to those who answered, nor to the undelivered address", async () => {
    const before = (await capturedMails()).filter((m) => m.subject.startsWith(`Rappel : votre réponse est attendue — ${TITLE}`));
    expect(before).toHaveLength(0);
    await clickAndConfirm(page, page.getByRole("button", { name: "Relancer les personnes sans réponse (1)" }));
    await expect(page.getByText("Relance en cours d'envoi à 1 personne sans réponse : Marion Pagès.")).toBeVisible();
    const reminders = (await capturedMails()).filter((m) => m.subject.startsWith(`Rappel : votre réponse est attendue — ${TITLE}`));
    expect(reminders.map((m) => m.to)).toEqual([[people.marion.email]]);
    await expect(await meeting.openInvitee(people.marion.email)).toContainText("relancé·e le");
  });

  await test.step("a second reminder the same day is refused; nobody gets a second e-mail", async () => {
    await page.getByRole("button", { name: "Relancer les personnes sans réponse" }).click();
    await expect(page.getByText(/Personne à relancer aujourd'hui/)).toBeVisible();
    expect((await capturedMails()).filter((m) => m.subject.startsWith(`Rappel : votre réponse est attendue — ${TITLE}`))).toHaveLength(1);
    await checkA11y(page);
  });
});

test("a change of date e-mails an update with the same calendar UID; cancelling e-mails a cancellation", async ({ as, browser }) => {
  const page = await as("maire");
  const form = new MeetingForm(page);
  const invitee = await freshContext(browser);

  await test.step("two organisers edit at once: the second sees both versions side by side and chooses", async () => {
    const other = await as("referent");
    const otherForm = new MeetingForm(other);
    await other.goto(`${meetingPath}/modifier`);
    await page.goto(meetingPath);
    await page.getByRole("link", { name: "Modifier la réunion" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Modifier la réunion" })).toBeVisible();
    await expect(page.getByText("un changement de date, d'heure, de durée ou de lieu enverra une mise à jour aux 5 invité·es")).toBeVisible();
    await checkA11y(page);

    await otherForm.title.fill(`${TITLE} — salle à confirmer`);
    await otherForm.saveChanges();
    await expect(other).toHaveURL(/\?fait=modifiee$/);
    await other.context().close();

    await form.date.fill(NEW_DAY);
    page.once("dialog", (d) => {
      expect(d.message()).toContain("les 5 invité·es recevront un e-mail de mise à jour");
      void d.accept();
    });
    await form.saveChanges();
    const conflict = page.getByTestId("conflict");
    await expect(conflict.getByRole("heading", { name: "Deux versions à comparer" })).toBeVisible();
    await expect(conflict.getByRole("row", { name: /^Titre/ })).toContainText(`${TITLE} — salle à confirmer`);
    await expect(conflict.getByRole("row", { name: /^Date/ })).toContainText(NEW_DAY);
    await expect(form.date).toHaveValue(NEW_DAY);
    await checkA11y(page);
    expect(await mailsTo(people.anne.email, /^Modification : /)).toHaveLength(0);
  });

  await test.step("keeping my version saves it, after the confirmation; every invitee gets the update", async () => {
    await clickAndConfirm(page, page.getByRole("button", { name: "Enregistrer ma version" }));
    await expect(page).toHaveURL(/\?fait=mise-a-jour-envoyee$/);
    // Three ways: my date, and the other organiser's title, which I had not touched, kept.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${TITLE} — salle à confirmer`);
    await expect(page.getByText(`${frenchDay(NEW_DAY)}, de 18 h 30 à 20 h 00 (heure de Paris)`)).toBeVisible();
    for (const p of [people.anne, people.sophie, people.julien, people.marion]) {
      expect(await mailsTo(p.email, new RegExp(`^Modification : ${escape(TITLE)}`))).toHaveLength(1);
    }
  });

  await test.step("the updated calendar file keeps the UID, with the next SEQUENCE and the new time", async () => {
    const ics = await calendarOfLatestMail(invitee.page, people.anne.email, /^Modification : /);
    expect(ics).toContain(`UID:${calendarUid}`);
    expect(ics).toContain("SEQUENCE:1");
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(`DTSTART:${utcStamp(NEW_DAY, "18:30")}`);
  });

  await test.step("the update's link shows the new date and the answer given; the first e-mail's link still works", async () => {
    const link = await linkFromLatestMail(invitee.page, people.anne.email, /^Modification : /);
    expect(link).not.toBe(anneFirstLink);
    await invitee.page.goto(link);
    await expect(invitee.page.getByText(`${frenchDay(NEW_DAY)}, de 18 h 30 à 20 h 00`)).toBeVisible();
    await expect(invitee.page.getByText("Votre réponse actuelle : Oui")).toBeVisible();
    await invitee.page.goto(anneFirstLink);
    await expect(invitee.page.getByText(`${frenchDay(NEW_DAY)}, de 18 h 30 à 20 h 00`)).toBeVisible();
    await expect(invitee.page.getByText("Votre réponse actuelle : Oui")).toBeVisible();
    await checkA11y(invitee.page);
  });

  await test.step("cancelling, after a confirmation, e-mails a METHOD:CANCEL with the same UID", async () => {
    await page.getByText("Annuler la réunion…").click();
    await page.getByLabel("Message aux invité·es (facultatif)").fill("La salle n'est plus disponible ; nous vous proposerons une autre date.");
    await clickAndConfirm(page, page.getByRole("button", { name: "Annuler définitivement la réunion" }));
    await expect(page).toHaveURL(/\?fait=annulee$/);
    await expect(page.getByText("Réunion annulée : un e-mail d'annulation, avec le fichier qui retire la réunion de leur agenda, part vers chaque invité·e.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Modifier la réunion" })).toHaveCount(0);
    // The answers stay, but no advice about them any more: nobody is to be reminded or resent a link.
    await expect(new MeetingPage(page).answerCounts).toContainText("Oui : 2");
    await expect(page.getByText(/parmi les « oui »/)).toHaveCount(0);
    await expect(page.getByText(/e-mails? non remis/)).toHaveCount(0);
    await checkA11y(page);
    expect(await mailsTo(people.sophie.email, new RegExp(`^Annulation : ${escape(TITLE)}`))).toHaveLength(1);
    const ics = await calendarOfLatestMail(invitee.page, people.anne.email, /^Annulation : /);
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).toContain(`UID:${calendarUid}`);
    expect(ics).toContain("SEQUENCE:2");
  });

  await test.step("the list now shows it with the past meetings, marked as cancelled", async () => {
    await new MeetingsPage(page, CODE).open();
    await expect(page.getByRole("list", { name: "À venir" }).getByRole("link", { name: TITLE })).toHaveCount(0);
    const cancelled = page.getByRole("list", { name: "Passées et annulées" }).getByTestId("meeting-item").filter({ hasText: TITLE });
    await expect(cancelled).toContainText("Annulée — était prévue le");
    await expect(cancelled.getByRole("heading", { level: 3 })).toHaveText(`${TITLE} — salle à confirmer (annulée)`);
    await checkA11y(page);
  });

  await test.step("the invitee's link now says the meeting is cancelled, with no form", async () => {
    const link = await linkFromLatestMail(invitee.page, people.anne.email, /^Modification : /);
    await invitee.page.goto(link);
    await expect(invitee.page.getByRole("heading", { level: 1, name: "Cette réunion a été annulée" })).toBeVisible();
    await expect(invitee.page.getByRole("button", { name: /réponse/ })).toHaveCount(0);
    await checkA11y(invitee.page);
  });

  await test.step("90 days after the meeting the first link has ended: its page names the organisers and how to write to them", async () => {
    // The reading period, passed: the link's end moved to the past in the served database (as the clock would).
    const hash = crypto.createHash("sha256").update(new URL(anneFirstLink).pathname.split("/").pop()!).digest("hex");
    expect(writeDatabase((db) => db.prepare("UPDATE answer_link SET expires_at = ? WHERE token_hash = ?").run(Date.now() - 1000, hash).changes)).toBe(1);
    await invitee.page.goto(anneFirstLink);
    await expect(invitee.page.getByRole("heading", { level: 1, name: "Ce lien a expiré" })).toBeVisible();
    await expect(invitee.page.getByText("Pour la suite, adressez-vous aux organisateurs :")).toBeVisible();
    const organisers = invitee.page.getByRole("listitem").filter({ has: invitee.page.locator('a[href^="mailto:"]') });
    expect(await organisers.count()).toBeGreaterThan(0);
    await expect(organisers.first()).toContainText(/^\S.* — \S+@\S+$/);
    await checkA11y(invitee.page);
  });
  await invitee.context.close();
});

test("refusals: another commune's mayor gets a 404; tampered links get a French page; the demo meeting is there", async ({ as, browser }) => {
  await test.step("the mayor of Saint-Chély-d'Apcher cannot see Marvejols' meetings, even through his own commune", async () => {
    // Control: the title the checks below look for is in what the server sends to Marvejols' own team.
    const organiser = await as("maire");
    expect(await (await organiser.request.get(meetingPath)).text()).toContain(TITLE);
    await organiser.context().close();

    const { context, page } = await freshContext(browser);
    await signInByEmail(page, "maire.saint-chely@demo.boussole.fr");
    const id = meetingPath.split("/").pop();
    for (const path of [meetingPath, `${meetingPath}/modifier`, `/communes/${CODE}/reunions`, `/communes/${CODE}/reunions/nouvelle`, `/communes/48140/reunions/${id}`, `/communes/48140/reunions/${id}/modifier`]) {
      await expectNotFoundRevealingNothing(page, path, [TITLE, people.anne.email, people.sophie.email]);
    }
    await checkA11y(page);
    await context.close();
  });

  await test.step("tampered or malformed tokens: a French page, no 500", async () => {
    const { context, page } = await freshContext(browser);
    for (const token of ["A".repeat(43), "abc", "%27%20or%201%3D1--"]) {
      const res = await page.goto(`/reponse/${token}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Ce lien n'est pas valide" })).toBeVisible();
    }
    await checkA11y(page);
    expect((await page.request.get(`/reponse/${"A".repeat(43)}/calendrier`)).status()).toBe(404);
    await context.close();
  });

  await test.step("the demo commune's prepared first meeting shows its answers, and its invitees can answer", async () => {
    const page = await as("maire");
    const meeting = await new MeetingsPage(page, CODE).openMeeting(DEMO_MEETING);
    await expect(page.getByRole("heading", { name: "Qui vient, par profession" })).toBeVisible();
    await expect(page.getByText(/\d professions parmi les « oui »/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Rappels du kit pour la première rencontre" })).toBeVisible();
    await checkA11y(page);
    const email = /[\w.+-]+@[\w.-]+\.[a-z]+/.exec(await meeting.invitees.first().innerText())![0];
    const link = await linkFromLatestMail(page, email, /^Invitation : Première rencontre avec les professionnels de santé — Marvejols/);
    await page.context().close();
    demoLink = link;
  });

  await test.step("without JavaScript, an invitee still answers through the link", async () => {
    const { context, page } = await freshContext(browser, { javaScriptEnabled: false });
    const answer = new AnswerPage(page);
    await page.goto(demoLink);
    await expect(page.getByRole("heading", { level: 1, name: DEMO_MEETING })).toBeVisible();
    await answer.choice("Peut-être").check();
    await answer.comment.fill("Réponse envoyée sans JavaScript.");
    await page.getByRole("button", { name: /ma réponse/ }).click();
    await expect(answer.thanks("Peut-être")).toBeVisible();
    await page.goto(demoLink);
    await expect(page.getByText("Votre réponse actuelle : Peut-être")).toBeVisible();
    await expect(answer.comment).toHaveValue("Réponse envoyée sans JavaScript.");
    await context.close();
  });
});

/** Every invitee row of the meetings with these ids, whole, ordered: what a refused action must leave as it was. */
function inviteeRows(meetingIds: number[]) {
  return readDatabase((db) =>
    db.prepare(`SELECT * FROM meeting_invitee WHERE meeting_id IN (${meetingIds.map(() => "?").join(",")}) ORDER BY id`).all(...meetingIds),
  );
}

test("a server action carrying another commune's code or meeting is refused (404) and writes nothing", async ({ as, browser }) => {
  const other = await freshContext(browser);
  let otherPath = "";
  const otherInvitee = uniqueEmail("kine.saint-chely", "kine.test");

  await test.step("Saint-Chély-d'Apcher's mayor prepares a meeting of his own, with one invitee", async () => {
    await signInByEmail(other.page, "maire.saint-chely@demo.boussole.fr");
    await other.page.goto("/communes/48140/reunions/nouvelle");
    const form = new MeetingForm(other.page);
    await form.date.fill(DAY);
    await form.duration.fill("120");
    await form.place.fill("Salle polyvalente");
    await form.saveDraft();
    await expect(other.page).toHaveURL(/\/communes\/48140\/reunions\/\d+\?fait=preparee$/);
    // A warning, not a refusal: saved, and the page repeats it while the meeting can change.
    await expect(other.page.getByTestId("duration-warning")).toContainText("La durée prévue (2 h) dépasse celle que conseille le kit pour une première rencontre");
    otherPath = new URL(other.page.url()).pathname;
    const meeting = new MeetingPage(other.page);
    await meeting.addInvitee({ name: "Paul Kiné", profession: "Masseur·se-kinésithérapeute", email: otherInvitee });
    await expect(meeting.invitee(otherInvitee)).toBeVisible();
  });

  const page = await as("referent");
  const meetings = new MeetingsPage(page, CODE);
  const demoMeeting = async () => (await meetings.openMeeting(DEMO_MEETING)).remindForm;

  // Both meetings' invitees, as the database holds them before the forged submissions.
  const demoId = Number(new URL((await meetings.openMeeting(DEMO_MEETING)).page.url()).pathname.split("/").pop());
  const otherId = Number(otherPath.split("/").pop());
  const before = inviteeRows([demoId, otherId]);
  expect(before.length).toBeGreaterThan(1);

  for (const [field, value] of [
    ["meetingId", () => otherPath.split("/").pop()!],
    ["code", () => "48140"],
  ] as const) {
    await test.step(`Marvejols' referent sends the reminder form with ${field} = another commune's: 404`, async () => {
      const remind = await demoMeeting();
      await remind.locator(`input[type="hidden"][name="${field}"]`).evaluate((el: HTMLInputElement, v) => {
        el.value = v;
      }, value());
      const answer = nextActionResponse(page);
      await clickAndConfirm(page, remind.getByRole("button"));
      expect((await answer).status(), "the action must not succeed").toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
      expect(inviteeRows([demoId, otherId]), "no invitee of either meeting was touched").toEqual(before);
    });
  }

  await test.step("nothing was written in Saint-Chély's meeting, nobody e-mailed; the untouched form works", async () => {
    await other.page.goto(otherPath);
    await expect(other.page.getByText("Brouillon : personne n'a été prévenu.")).toBeVisible();
    await expect(new MeetingPage(other.page).invitee(otherInvitee)).toContainText("Pas encore invité·e");
    expect(await mailsTo(otherInvitee, /./)).toHaveLength(0);
    await other.context.close();
    const remind = await demoMeeting();
    await clickAndConfirm(page, remind.getByRole("button"));
    await expect(remind.getByText(/^Relance en cours d'envoi à 1 personne sans réponse/)).toBeVisible();
  });
});
