import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMail } from "@/lib/mail/render";
import { MISSION_SHEET } from "./mission-sheet";
import { referentInvitationMail } from "./invitation-mail";

const mail = renderMail(referentInvitationMail({ inviter: "Claire Fabre", communeName: "Marvejols", capacity: "elu", url: "http://localhost:3000/invitation/abc" }));

test("the sheet holds the kit's four missions, day to day, posture and time, in the kit's words", () => {
  assert.deepEqual(
    MISSION_SHEET.missions.map((m) => m.title),
    ["Coordination locale", "Suivi du projet de santé", "Animation territoriale", "Information et communication"],
  );
  assert.ok(MISSION_SHEET.daily.items.includes("Suit l'avancée des échanges et relance si besoin"));
  assert.ok(MISSION_SHEET.posture.items.includes("Il facilite, relie et soutient"));
  assert.deepEqual(MISSION_SHEET.time.items, ["Quelques heures par mois", "Davantage au démarrage du projet"]);
});

test("the designation e-mail carries the whole sheet, in its text and HTML parts, after the link", () => {
  for (const part of [mail.text, mail.html]) {
    for (const s of [
      "Mission 1 — Coordination locale",
      "Mission 4 — Information et communication",
      "Être l&#39;interlocuteur identifié des professionnels de santé".replace("&#39;", part === mail.html ? "&#39;" : "'"),
      "Concrètement, au quotidien",
      "Sa posture",
      "Il ne remplace pas les professionnels de santé",
      "Temps à y consacrer",
      "Quelques heures par mois",
    ]) {
      assert.ok(part.includes(s), `${s} missing from ${part === mail.html ? "HTML" : "text"}`);
    }
  }
  assert.ok(mail.text.indexOf("http://localhost:3000/invitation/abc") < mail.text.indexOf("FICHE MISSIONS DU RÉFÉRENT SANTÉ"));
  assert.match(mail.text, /\nMission 2 — Suivi du projet de santé\n- Suivre l'avancement des démarches engagées\n/);
  assert.match(mail.html, /<h2[^>]*>Fiche missions du référent santé<\/h2>/);
  assert.match(mail.html, /<li>Il facilite, relie et soutient<\/li>/);
  assert.equal(mail.subject, "Claire Fabre vous désigne référent·e santé de Marvejols");
});
