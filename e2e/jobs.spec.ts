/**
 * Journey 5, the daily job and the commune's data: the reminders go out once, through the same mail module
 * as the application (the SMTP capture, and the development mailbox in demo mode); the maire downloads the
 * commune's data as a zip, the référent cannot.
 */
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { strFromU8, unzipSync } from "fflate";
import { test, expect } from "./fixtures";
import { countRows } from "./database";
import { DEMO, capturedMails } from "./support";
import { checkA11y, parisDay } from "./journeys";

const CODE = "48092";
const PORT = process.env.E2E_PORT ?? 3100;

/**
 * The SMTP capture's messages. Each job run takes seconds, long enough for the capture's HTTP server to close
 * the kept-alive socket just as fetch reuses it ("other side closed"): one retry, on a fresh connection.
 */
async function mailsNow() {
  try {
    return await capturedMails();
  } catch {
    return capturedMails();
  }
}

/** `npm run jobs:daily -- --date=…` against the served application's database, as cron would run it. */
function dailyJob(date: string): string {
  return execFileSync("npx", ["tsx", "db/jobs/daily.ts", `--date=${date}`], {
    encoding: "utf8",
    env: {
      ...process.env,
      BOUSSOLE_MODE: "demo",
      BOUSSOLE_DATA_DIR: process.env.E2E_DATA_DIR ?? "e2e/.data",
      AUTH_URL: `http://localhost:${PORT}`,
      SMTP_URL: `smtp://127.0.0.1:${process.env.SMTP_CAPTURE_PORT ?? 2525}`,
      MAIL_FROM: "Boussole <ne-pas-repondre@boussole.test>",
    },
  });
}

test("the daily job e-mails the référent, the next steps' owners and the federation, once", async () => {
  // 25 days after the demo was seeded: the maire's step (due 4 days before the seed) and the pharmacist's (due
  // 21 days after) are overdue, the checklists of both communes are beyond their 100 days, Saint-Chély's
  // request waits for the Fécop, and Marvejols has had no event for more than 21 days.
  const date = parisDay(25);
  const before = (await mailsNow()).length;

  const first = dailyJob(date);
  const lines = first.trim().split("\n");
  const sent = lines.filter((l) => l.startsWith("envoyé "));
  expect(lines.at(-1)).toBe(`${sent.length} e-mail(s) envoyé(s).`);

  const mails = (await mailsNow()).slice(before);
  expect(mails).toHaveLength(sent.length);
  const to = (email: string) => mails.filter((m) => m.to.includes(email));

  const checklist = to(DEMO.referent);
  expect(checklist.map((m) => m.subject)).toEqual([expect.stringMatching(/^Les 100 jours de Marvejols : \d+ actions en retard$/)]);
  expect(checklist[0].text).toContain(`http://localhost:${PORT}/communes/${CODE}/100-jours`);
  // An item no earlier journey closes (the checklist journey ticks « Communiquer auprès des habitants »).
  expect(checklist[0].text).toContain("Associer l'intercommunalité et les acteurs sociaux — prévue le 30 juin 2026, en retard ; suivie par Claire Fabre");
  expect(to("maire.saint-chely@demo.boussole.fr").map((m) => m.subject)).toEqual([expect.stringMatching(/^Les 100 jours de Saint-Chély-d'Apcher : /)]);

  const forMaire = to(DEMO.maire);
  expect(forMaire.map((m) => m.subject)).toEqual([expect.stringMatching(/^Rappel : « Recenser les locaux communaux disponibles en centre-ville » était prévue le /)]);
  expect(forMaire[0].text).toContain(`http://localhost:${PORT}/communes/${CODE}/actions`);
  const forPharmacist = to("pharmacie.rouviere@officine.test");
  expect(forPharmacist.map((m) => m.subject)).toEqual([expect.stringMatching(/^Rappel : « Organiser à l'officine un premier temps d'échange sur les sorties d'hôpital »/)]);
  expect(forPharmacist[0].text).not.toContain("http");

  const forFederation = to(DEMO.admin);
  expect(forFederation.map((m) => m.subject)).toEqual([expect.stringMatching(/^Fécop : \d+ demandes? en attente de réponse, \d+ communes? sans nouvelles depuis 21 jours$/)]);
  expect(forFederation[0].text).toContain("Saint-Chély-d'Apcher (Lozère) — demande du 19 novembre 2026");
  expect(forFederation[0].text).toMatch(/• Marvejols \(Lozère\) — dernière activité le /);
  // Nothing of the professionals crosses to the federation.
  expect(forFederation[0].text).not.toMatch(/Haddad|Rouvière|retraite|tranche d'âge|départ envisagé/i);
  expect(forFederation[0].text).toMatch(/• La Canourgue \(Lozère\) — dernière activité le /);
  // No one outside these five, and the mayors of the pipeline's other communes (the demo's Fécop communes
  // without a référent, and Mende, which the inventory-at-scale journey built earlier in the run), each with
  // their own commune's checklist only.
  const five = [DEMO.referent, "maire.saint-chely@demo.boussole.fr", DEMO.maire, "pharmacie.rouviere@officine.test", DEMO.admin];
  const others = mails.filter((m) => !five.some((e) => m.to.includes(e)));
  for (const m of others) {
    expect(m.to).toEqual([expect.stringMatching(/^maire\.[a-z-]+@(demo\.boussole\.fr|scale\.boussole\.test)$/)]);
    expect(m.subject).toMatch(/^Les 100 jours (de Langogne|de Florac Trois Rivières|de La Canourgue|d'Espalion|de Mende) : /);
  }
  expect(new Set(mails.flatMap((m) => m.to).filter((t) => five.includes(t)))).toEqual(new Set(five));

  // Each one is in the ledger with its logged e-mail (the development mailbox in demo mode).
  expect(countRows("reminder", "mail_id IS NOT NULL")).toBe(sent.length);

  // Each run starts with the purge of data past its retention (one line), then the reminders.
  const afterPurge = (out: string) => {
    const [purge, ...rest] = out.trim().split("\n");
    expect(purge).toMatch(/^Purge des données échues — liens de connexion expirés : \d+ ;/);
    return rest.join("\n");
  };
  expect(afterPurge(first)).not.toBe("");
  const again = afterPurge(dailyJob(date));
  expect(again).toBe(`Rien à envoyer (${sent.length} rappel(s) déjà envoyé(s) récemment).`);
  const nextDay = afterPurge(dailyJob(parisDay(26)));
  expect(nextDay).toMatch(/^Rien à envoyer \(\d+ rappel\(s\) déjà envoyé\(s\) récemment\)\.$/);
  expect((await mailsNow()).length).toBe(before + sent.length);
  expect(countRows("reminder", "1 = 1")).toBe(sent.length);
});

test("the maire downloads the commune's data as a zip; the référent gets a 404", async ({ as }) => {
  const maire = await as("maire");
  await maire.goto(`/communes/${CODE}/historique`);
  const card = maire.locator("section").filter({ has: maire.getByRole("heading", { level: 2, name: "Données de la commune" }) });
  await expect(card).toBeVisible();
  await checkA11y(maire);

  const exportsBefore = countRows("history_event", "action = 'workspace.exported'");
  const downloading = maire.waitForEvent("download");
  await card.getByRole("button", { name: "Télécharger les données (zip)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`boussole-${CODE}-${parisDay()}.zip`);
  const files = unzipSync(fs.readFileSync(await download.path()));
  expect(Object.keys(files).sort()).toEqual(
    [
      "README.txt",
      ...["professionnels", "notes-etat-des-lieux", "reunions", "invites-et-reponses", "syntheses", "prochaines-etapes", "check-list", "responsabilites", "contacts-partenaires", "historique"].flatMap((n) => [`${n}.csv`, `${n}.json`]),
    ].sort(),
  );
  expect(strFromU8(files["README.txt"])).toContain("Données de la commune de Marvejols (48092)");
  expect(strFromU8(files["professionnels.csv"])).toContain("Karim Haddad");
  expect(JSON.parse(strFromU8(files["syntheses.json"]))[0].meetingTitle).toBe("Rencontre de lancement avec les professionnels de santé");
  expect(strFromU8(files["prochaines-etapes.csv"])).toContain("Recenser les locaux communaux disponibles en centre-ville");
  // Saint-Chély's space is another commune's: nothing of it.
  for (const f of Object.values(files)) expect(strFromU8(f)).not.toContain("Saint-Chély");

  expect(countRows("history_event", "action = 'workspace.exported'")).toBe(exportsBefore + 1);
  await maire.reload();
  await expect(maire.getByText(/^Claire Fabre a téléchargé les données de la commune/).first()).toBeVisible();

  // A GET changes nothing and gives nothing; a POST from another site is refused.
  expect((await maire.request.get(`/communes/${CODE}/export`)).status()).toBe(405);
  expect((await maire.request.post(`/communes/${CODE}/export`, { headers: { origin: "https://ailleurs.test" } })).status()).toBe(403);
  expect(countRows("history_event", "action = 'workspace.exported'")).toBe(exportsBefore + 1);

  const referent = await as("referent");
  await referent.goto(`/communes/${CODE}/historique`);
  await expect(referent.getByRole("heading", { level: 1, name: "Historique" })).toBeVisible();
  await expect(referent.getByRole("heading", { name: "Données de la commune" })).toHaveCount(0);
  await expect(referent.getByRole("button", { name: "Télécharger les données (zip)" })).toHaveCount(0);
  const refused = await referent.request.post(`/communes/${CODE}/export`, { headers: { origin: `http://localhost:${PORT}` } });
  expect(refused.status()).toBe(404);
  expect(refused.headers()["content-disposition"]).toBeUndefined();
  expect((await refused.body()).subarray(0, 2).toString()).not.toBe("PK");
  expect(countRows("history_event", "action = 'workspace.exported'")).toBe(exportsBefore + 1);
});
