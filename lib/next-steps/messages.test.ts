import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { renderMail } from "@/lib/mail/render";
import { nextStepAssignedMail, nextStepsPath, type NextStepForMail } from "./messages";

const step = (over: Partial<NextStepForMail> = {}): NextStepForMail => ({
  title: "Visiter le local de l'ancienne poste",
  details: "",
  dueOn: "2026-12-15",
  communeName: "Marvejols",
  assignedBy: "Claire Fabre",
  meeting: null,
  lead: null,
  reassigned: false,
  ...over,
});

const url = "https://boussole.test/communes/48092/actions";

describe("the next step's e-mail", () => {
  test("says what, by when, who assigned it, and links to the commune's next steps", () => {
    const mail = nextStepAssignedMail(step(), { listUrl: url });
    assert.equal(mail.subject, "Prochaine étape pour vous : Visiter le local de l'ancienne poste — Marvejols, d'ici le 15 décembre 2026");
    assert.equal(mail.intro, "Claire Fabre vous a confié une prochaine étape pour Marvejols : « Visiter le local de l'ancienne poste », à faire d'ici le 15 décembre 2026.");
    assert.deepEqual(mail.action, { label: "Voir mes prochaines étapes", url });
    assert.equal(mail.paragraphs?.length, 1);
    assert.match(mail.note ?? "", /dites-le à Claire Fabre/);
    assert.equal(nextStepsPath("2A004"), "/communes/2A004/actions");
  });

  test("with details, the meeting it follows (its Paris day) and the synthesis's lead", () => {
    const mail = nextStepAssignedMail(
      step({ details: "Avec les infirmières.\nPrévoir les clés.", meeting: { title: "Première rencontre", startsAt: new Date("2026-11-19T23:30:00Z") }, lead: "Un local partagé" }),
      { listUrl: url },
    );
    assert.deepEqual(mail.paragraphs?.slice(0, 2), [
      "Précisions :\nAvec les infirmières.\nPrévoir les clés.",
      "Elle fait suite à la réunion « Première rencontre » du 20 novembre 2026, dont la synthèse retient la piste : « Un local partagé ».",
    ]);
  });

  test("a change of owner says it is now theirs", () => {
    assert.match(nextStepAssignedMail(step({ reassigned: true }), { listUrl: url }).intro, /^Claire Fabre vous confie désormais une prochaine étape de Marvejols/);
  });

  test("rendered: the typed title is escaped in the HTML, the link spelled out in the text", () => {
    const { text, html } = renderMail(nextStepAssignedMail(step({ title: "<b>Local</b> & clés" }), { listUrl: url }));
    assert.ok(html.includes("&lt;b&gt;Local&lt;/b&gt; &amp; clés"));
    assert.ok(!html.includes("<b>Local"));
    assert.ok(text.includes(`Voir mes prochaines étapes :\n${url}`));
  });
});
