/**
 * Journey 4 — the synthesis as a PDF, for a council file: the demo's launch meeting (held, synthesis
 * published and corrected) downloads as an attachment for the commune's members; a meeting without a
 * published synthesis, another commune's member, a federation admin without a role here and a signed-out
 * visitor get nothing.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { test, expect } from "./fixtures";
import { readDatabase } from "./database";
import { freshContext, signInByEmail } from "./support";

const CODE = "48092"; // Marvejols, the demo commune
const HELD = "Rencontre de lancement avec les professionnels de santé";
const UPCOMING = "Première rencontre avec les professionnels de santé";

function meetingId(title: string): number {
  return readDatabase(
    (db) =>
      (
        db
          .prepare("SELECT m.id FROM meeting m JOIN workspace w ON w.id = m.workspace_id WHERE w.commune_code = ? AND m.title = ?")
          .get(CODE, title) as { id: number }
      ).id,
  );
}

const pdfPath = (id: number | string) => `/communes/${CODE}/reunions/${id}/synthese/pdf`;

test("the demo's published synthesis downloads as a PDF the mayor can attach to a council file", async ({ as }) => {
  const page = await as("maire");
  const res = await page.request.get(pdfPath(meetingId(HELD)));
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["cache-control"]).toBe("private, no-store");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="synthese-marvejols-\d{4}-\d{2}-\d{2}\.pdf"; filename\*=UTF-8''synth%C3%A8se-marvejols-\d{4}-\d{2}-\d{2}\.pdf$/);
  const body = await res.body();
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
  expect(text).toContain("COMMUNE DE MARVEJOLS");
  expect(text).toContain("Synthèse de la réunion");
  expect(text).toContain(HELD);
  expect(text).toContain("Recenser les locaux communaux disponibles pour des permanences ou un secrétariat partagé");
  expect(text).toMatch(/Publiée le \d{1,2} \S+ \d{4} \(mise à jour le /);
  expect(text).toContain("5 professionnel·les : 2 Infirmier·ère, 2 Médecin généraliste, 1 Pharmacien·ne.");
  // The next steps drawn from it, with who and where each stands.
  expect(text).toContain("Présenter le zonage et les aides à l'installation des médecins applicables à la commune");
  expect(text).toContain("L'ARS");
  expect(text).toMatch(/Page 1 \/ \d/);
});

test("the facilitator downloads it too; a meeting without a published synthesis, a bad id, another commune's mayor and a federation admin get a 404", async ({ as, browser }) => {
  const held = pdfPath(meetingId(HELD));
  const facilitatrice = await as("facilitatrice");
  expect((await facilitatrice.request.get(held)).status()).toBe(200);

  for (const path of [pdfPath(meetingId(UPCOMING)), pdfPath(999999), pdfPath("abc"), `/communes/48140/reunions/${meetingId(HELD)}/synthese/pdf`]) {
    const res = await facilitatrice.request.get(path);
    expect(res.status(), `${path} should be a 404`).toBe(404);
    expect(res.headers()["content-type"]).not.toBe("application/pdf");
  }

  const admin = await as("admin");
  expect((await admin.request.get(held)).status(), "a federation admin without a role in the commune").toBe(404);

  const other = await freshContext(browser);
  await signInByEmail(other.page, "maire.saint-chely@demo.boussole.fr");
  const res = await other.page.request.get(held);
  expect(res.status(), "Saint-Chély-d'Apcher's mayor").toBe(404);
  expect(res.headers()["content-type"]).not.toBe("application/pdf");
  await other.context.close();

  const visitor = await freshContext(browser);
  const anonymous = await visitor.page.request.get(held, { maxRedirects: 0 });
  expect(anonymous.status()).toBeGreaterThanOrEqual(300);
  expect(anonymous.status()).toBeLessThan(400);
  expect(anonymous.headers()["location"]).toMatch(/\/connexion/);
  await visitor.context.close();
});
