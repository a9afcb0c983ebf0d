import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { attachmentDisposition, pdfText, synthesisPdfFileName, winAnsi } from "./pdf-text";

describe("text for the standard PDF font (WinAnsi)", () => {
  test("French is kept as typed: accents, ligatures, quotes, dashes, the middle dot, the euro", () => {
    const french = "Élu·es, cœur, « À l'écoute » – L’Haÿ-les-Roses… 12 € Ça, ÇA, naïf, Œuvre\n\tfin";
    assert.equal(winAnsi(french), french);
  });

  test("symbols get their ASCII spelling, thin spaces a no-break space, foreign letters their base letter", () => {
    assert.equal(winAnsi("≥ 3 → 5 ≤ 7 ⇒ ✓"), ">= 3 -> 5 <= 7 => -");
    assert.equal(winAnsi("Question\u202F?"), "Question\u00A0?");
    assert.equal(winAnsi("Dvořák, Łukasz, Ștefan, Đorđe"), "Dvorák, Lukasz, Stefan, Dorde");
    assert.equal(winAnsi("e\u0301te\u0301"), "été", "decomposed accents are composed");
  });

  test("what has no spelling becomes a question mark, line breaks are normalised", () => {
    assert.equal(winAnsi("Merci 🙂 光"), "Merci ? ?");
    assert.equal(winAnsi("a\r\nb\rc"), "a\nb\nc");
  });
});

describe("French spacing in the PDF", () => {
  test("the space before a colon, a semicolon, ! ? and inside « » does not break: no line starts with a colon", () => {
    assert.equal(pdfText("Constat : « sans équipe » ; vraiment ? oui !"), "Constat\u00A0: «\u00A0sans équipe\u00A0»\u00A0; vraiment\u00A0? oui\u00A0!");
    assert.equal(pdfText("Délais ≥ 3"), "Délais >= 3");
  });
});

describe("the PDF's file name", () => {
  const nov21 = new Date("2026-11-21T17:30:00Z");

  test("ASCII for every client, UTF-8 for those that read it; the day is the meeting's in Paris", () => {
    assert.deepEqual(synthesisPdfFileName("Marvejols", nov21), { ascii: "synthese-marvejols-2026-11-21.pdf", utf8: "synthèse-marvejols-2026-11-21.pdf" });
    assert.deepEqual(synthesisPdfFileName("L'Haÿ-les-Roses", new Date("2026-11-21T23:30:00Z")), {
      ascii: "synthese-l-hay-les-roses-2026-11-22.pdf",
      utf8: "synthèse-l-haÿ-les-roses-2026-11-22.pdf",
    });
    assert.equal(synthesisPdfFileName("", nov21).ascii, "synthese-commune-2026-11-21.pdf");
  });

  test("the Content-Disposition header is ASCII, with the UTF-8 name percent-encoded", () => {
    const header = attachmentDisposition(synthesisPdfFileName("Saint-Étienne", nov21));
    assert.equal(header, "attachment; filename=\"synthese-saint-etienne-2026-11-21.pdf\"; filename*=UTF-8''synth%C3%A8se-saint-%C3%A9tienne-2026-11-21.pdf");
    assert.match(header, /^[\x20-\x7e]+$/);
    assert.equal(attachmentDisposition({ ascii: 'a"é.pdf', utf8: "a'(b)*.pdf" }), "attachment; filename=\"a__.pdf\"; filename*=UTF-8''a%27%28b%29%2A.pdf");
  });
});
