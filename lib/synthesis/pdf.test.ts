import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { extractText, getDocumentProxy } from "unpdf";
import { emptySynthesis, type SynthesisContent } from "./content";
import { followUpSentences, LONG_NEXT_STEPS, nextStepsForPdf, publicationLine, renderSynthesisPdf, synthesisPdfInput, synthesisPdfResponse, type SynthesisPdfInput } from "./pdf";

const agenda = [
  { id: 11, title: "Introduction" },
  { id: 12, title: "Tour de table des professionnels" },
  { id: 13, title: "Partage d'un premier constat territorial" },
  { id: 14, title: "Échanges ouverts" },
  { id: 15, title: "Conclusion et suites" },
];

function content(): SynthesisContent {
  const c = emptySynthesis(agenda);
  c.agenda[0].text = "Claire Fabre a rappelé le rôle de la commune : « Nous souhaitons vous écouter et voir comment la commune peut faciliter les choses. »";
  c.agenda[1].text =
    "Les deux médecins présentes décrivent des patientèles qui ne cessent de grossir.\n\n- Infirmières : beaucoup de route, pas de local de soins.\n- Pharmacie : demandes de renouvellement sans médecin traitant.";
  c.agenda[3].text = ""; // an empty item is left out
  c.cooperation = "Les infirmières, la pharmacienne et les médecins veulent se coordonner sur les sorties d'hôpital.";
  c.needs = "Un médecin traitant pour les familles arrivées depuis 2025 ; l'orthophonie pour les enfants.";
  c.obstacles = "Le temps : personne ne veut d'une réunion de plus sans objet précis.";
  c.leads = ["Un temps d'échange mensuel entre professionnels, à la pharmacie", "Recenser les locaux vacants du centre-ville"];
  c.followUp = { meeting: true, meetingOn: "2026-12-09", support: true, other: "Inviter les professionnels des communes voisines." };
  c.keyPoints = "Écouter d'abord, structurer ensuite.";
  return c;
}

const startsAt = new Date("2026-11-05T17:30:00Z"); // 18 h 30 in Paris

function input(over: Partial<SynthesisPdfInput> = {}): SynthesisPdfInput {
  return {
    communeName: "Marvejols",
    meeting: { title: "Rencontre de lancement avec les professionnels de santé", startsAt, place: "Salle du conseil municipal, mairie de Marvejols", durationMinutes: 90 },
    content: content(),
    firstPublishedAt: new Date("2026-11-12T09:00:00Z"),
    publishedAt: new Date("2026-11-13T16:00:00Z"),
    professions: [
      { label: "Infirmier·ère", count: 2 },
      { label: "Médecin généraliste", count: 2 },
      { label: "Pharmacien", count: 1 },
    ],
    team: [
      { name: "Claire Fabre", roles: ["Maire"], attended: true },
      { name: "Thomas Rouquette", roles: ["Référent·e santé"], attended: true },
      { name: "Inès Benali", roles: ["Facilitateur·rice"], attended: false },
    ],
    nextSteps: [
      { title: "Réserver la salle du conseil pour la prochaine rencontre", owner: "Thomas Rouquette", dueOn: "2026-11-20", status: "Fait" },
      { title: "Présenter l'accompagnement de la fédération aux professionnels", owner: "La fédération régionale", dueOn: "2026-12-15", status: "En cours" },
    ],
    ...over,
  };
}

async function pagesOf(buf: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buf));
  return (await extractText(pdf, { mergePages: false })).text;
}

/** The text read back, lines joined (a sentence may wrap). */
async function textOf(buf: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(buf));
  return (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, " ");
}

describe("the synthesis PDF", () => {
  test("a PDF with the commune, the meeting, who came, every written part, the leads and the next steps, accents intact", async () => {
    const buf = await renderSynthesisPdf(input());
    assert.ok(Buffer.isBuffer(buf));
    assert.equal(buf.subarray(0, 5).toString("latin1"), "%PDF-");
    const text = await textOf(buf);
    for (const expected of [
      "Synthèse de la réunion",
      "COMMUNE DE MARVEJOLS",
      "Rencontre de lancement avec les professionnels de santé",
      "jeudi 5 novembre 2026, de 18 h 30 à 20 h 00 (heure de Paris)",
      "Publiée le 12 novembre 2026 (mise à jour le 13 novembre 2026)",
      "Claire Fabre (Maire), Thomas Rouquette (Référent·e santé)",
      "Absent·es : Inès Benali (Facilitateur·rice)",
      "5 professionnel·les : 2 Infirmier·ère, 2 Médecin généraliste, 1 Pharmacien.",
      "1. Introduction",
      "« Nous souhaitons vous écouter et voir comment la commune peut faciliter les choses. »",
      "2. Tour de table des professionnels",
      "Infirmières : beaucoup de route, pas de local de soins.",
      "Envies de coopération",
      "Besoins prioritaires",
      "Freins et points de vigilance",
      "Premières pistes",
      "Un temps d'échange mensuel entre professionnels, à la pharmacie",
      "Une nouvelle réunion est proposée le 9 décembre 2026.",
      "Un accompagnement par la fédération régionale est proposé.",
      "À retenir",
      "Écouter d'abord, structurer ensuite.",
      "Prochaines étapes",
      "Étape",
      "Échéance",
      "Réserver la salle du conseil pour la prochaine rencontre",
      "Thomas Rouquette",
      "La fédération régionale",
      "20 novembre 2026",
      "En cours",
      "Page 1 / ",
      "Marvejols · Synthèse de la réunion du 5 novembre 2026",
    ]) {
      assert.ok(text.includes(expected), `missing: ${expected}`);
    }
    assert.ok(!text.includes("4. Échanges ouverts"), "an empty agenda item is left out");
  });

  test("the document's metadata: title, author, language", async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await renderSynthesisPdf(input())));
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    assert.equal(info.Title, "Synthèse de la réunion du 5 novembre 2026 — Marvejols");
    assert.equal(info.Author, "Boussole");
    assert.equal(info.Language, "fr");
  });

  test("empty parts are left out: no heading without text, no table without next steps, no team line without a team", async () => {
    const c = emptySynthesis(agenda);
    c.leads = ["Un secrétariat partagé"];
    const text = await textOf(await renderSynthesisPdf(input({ content: c, nextSteps: [], team: [], professions: [], publishedAt: input().firstPublishedAt })));
    assert.ok(text.includes("Un secrétariat partagé"));
    assert.ok(text.includes("Aucun·e professionnel·le invité·e n'a été noté·e présent·e."));
    for (const absent of ["Échanges, point par point", "Envies de coopération", "Besoins prioritaires", "Freins", "Poursuite des échanges", "À retenir", "Prochaines étapes", "Pour la commune"]) {
      assert.ok(!text.includes(absent), `unexpected: ${absent}`);
    }
    assert.ok(!text.includes("mise à jour"), "the publication line of a synthesis never corrected");
  });

  test("characters the standard font lacks are spelled in ones it has", async () => {
    const c = content();
    c.needs = "Délais ≥ 3 semaines → urgences ; Dr Dvořák\u202F: à suivre";
    const text = await textOf(await renderSynthesisPdf(input({ content: c })));
    assert.ok(text.includes("Délais >= 3 semaines -> urgences ; Dr Dvorák"), text);
  });

  test("a long next steps table starts on a page of its own, and every page is numbered", async () => {
    const steps = Array.from({ length: LONG_NEXT_STEPS + 4 }, (_, i) => ({ title: `Étape numéro ${i + 1}`, owner: "L'ARS", dueOn: "2027-01-15", status: "À faire" }));
    const pages = await pagesOf(await renderSynthesisPdf(input({ nextSteps: steps })));
    assert.ok(pages.length >= 2);
    assert.ok(!pages[0].includes("Prochaines étapes"));
    const first = pages.findIndex((p) => p.includes("Prochaines étapes"));
    assert.ok(pages[first].includes("Étape numéro 1"));
    pages.forEach((p, i) => assert.ok(p.includes(`Page ${i + 1} / ${pages.length}`), `page ${i + 1}'s number`));
    assert.ok(pages.join("\n").includes(`Étape numéro ${LONG_NEXT_STEPS + 4}`));
  });

  test("the response: a PDF attachment named after the commune and the meeting's day, never cached", async () => {
    const res = await synthesisPdfResponse(input({ communeName: "Saint-Chély-d'Apcher" }));
    assert.equal(res.headers.get("content-type"), "application/pdf");
    assert.equal(res.headers.get("cache-control"), "private, no-store");
    assert.equal(
      res.headers.get("content-disposition"),
      "attachment; filename=\"synthese-saint-chely-d-apcher-2026-11-05.pdf\"; filename*=UTF-8''synth%C3%A8se-saint-ch%C3%A9ly-d-apcher-2026-11-05.pdf",
    );
    const body = Buffer.from(await res.arrayBuffer());
    assert.equal(body.subarray(0, 4).toString("latin1"), "%PDF");
    assert.equal(res.headers.get("content-length"), String(body.length));
  });
});

describe("the PDF's sentences", () => {
  test("the publication line says when it was corrected, with the time when on the same day", () => {
    const first = new Date("2026-11-12T09:00:00Z");
    assert.equal(publicationLine(first, first), "Publiée le 12 novembre 2026");
    assert.equal(publicationLine(first, new Date("2026-11-12T15:05:00Z")), "Publiée le 12 novembre 2026 (mise à jour le 12 novembre 2026 à 16 h 05)");
  });

  test("the follow-up in words", () => {
    assert.deepEqual(followUpSentences({ meeting: false, meetingOn: null, support: false, other: " " }), []);
    assert.deepEqual(followUpSentences({ meeting: true, meetingOn: null, support: false, other: "" }), ["Une nouvelle réunion est proposée ; sa date reste à fixer."]);
  });

  test("next steps as stored, in the PDF's words", () => {
    assert.deepEqual(nextStepsForPdf([{ title: "Recenser les locaux", ownerLabel: "Claire Fabre", dueOn: "2026-11-28", status: "en_cours" }]), [
      { title: "Recenser les locaux", owner: "Claire Fabre", dueOn: "2026-11-28", status: "En cours" },
    ]);
  });

  test("the input from a published synthesis and its attendance (a reading link has no team)", () => {
    const i = input();
    const built = synthesisPdfInput({
      communeName: "Marvejols",
      meeting: { ...i.meeting, id: 3, status: "tenue" } as SynthesisPdfInput["meeting"],
      publication: { content: i.content, publishedAt: i.publishedAt, firstPublishedAt: i.firstPublishedAt },
      attendance: { professions: i.professions },
      nextSteps: [],
    });
    assert.deepEqual(built.team, []);
    assert.deepEqual(Object.keys(built.meeting).sort(), ["durationMinutes", "place", "startsAt", "title"]);
  });
});
