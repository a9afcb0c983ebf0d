import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { renderMail } from "@/lib/mail/render";
import { readingPath, synthesisInviteeMail, synthesisMemberMail } from "./messages";

const s = { meetingTitle: "Première rencontre", startsAt: new Date("2026-11-21T17:30:00Z"), communeName: "Marvejols", author: "Fanny Facilitatrice", leads: ["Un secrétariat partagé"] };

describe("synthesis e-mails", () => {
  it("the invitee's carries the personal link, its expiry and the leads", () => {
    const m = renderMail(synthesisInviteeMail(s, { url: `https://boussole.example${readingPath("abc")}`, expiresAt: new Date("2027-11-21T12:00:00Z") }));
    assert.match(m.subject, /Synthèse de la réunion du .* — Marvejols/);
    assert.match(m.text, /https:\/\/boussole\.example\/synthese\/abc/);
    assert.match(m.text, /21 novembre 2027/);
    assert.match(m.text, /– Un secrétariat partagé/);
    assert.match(m.text, /sans compte ni mot de passe/);
  });
  it("the members' points to the space", () => {
    const m = renderMail(synthesisMemberMail({ ...s, leads: [] }, { url: "https://boussole.example/communes/48092/reunions/1/synthese" }));
    assert.match(m.text, /Fanny Facilitatrice a publié la synthèse/);
    assert.doesNotMatch(m.text, /Premières pistes/);
  });
});
