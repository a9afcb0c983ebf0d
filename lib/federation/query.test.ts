import { test } from "node:test";
import assert from "node:assert/strict";
import { ago, mandateLabel, ofCommune, pipelineHref, pipelineQuery } from "./query";

test("the address's filters, page and request; anything malformed is no filter", () => {
  assert.deepEqual(pipelineQuery({ departement: "2A", etape: "suivi", facilitateur: "aucun", "a-faire": "calmes", page: "3", demande: "12" }), {
    departement: "2A",
    stage: "suivi",
    facilitator: "aucun",
    due: "calmes",
    page: 3,
    request: 12,
  });
  assert.deepEqual(pipelineQuery({ departement: "<script>", etape: "constructor", facilitateur: "a b", "a-faire": "__proto__", page: "-1", demande: "1e9" }), {
    departement: "",
    stage: "",
    facilitator: "",
    due: "",
    page: 1,
    request: null,
  });
  // Repeated parameters: the first is kept, never a 500.
  assert.equal(pipelineQuery({ etape: ["acceptee", "suivi"] }).stage, "acceptee");
});

test("links keep the filters, drop the empty ones and page 1", () => {
  assert.equal(pipelineHref("/federation/fecop", { departement: "48", stage: "", facilitator: "", due: "", page: 1 }), "/federation/fecop?departement=48");
  assert.equal(pipelineHref("/federation/fecop", { stage: "demande", page: 2, request: 7 }), "/federation/fecop?etape=demande&page=2&demande=7");
  assert.equal(pipelineHref("/federation/fecop", {}), "/federation/fecop");
});

test("French words: ages, the day of the 100, elision", () => {
  assert.deepEqual([ago(0), ago(1), ago(13)], ["aujourd'hui", "hier", "il y a 13 jours"]);
  assert.deepEqual([mandateLabel(-2), mandateLabel(0), mandateLabel(99), mandateLabel(255)], ["mandat pas encore commencé", "jour 1 sur 100", "jour 100 sur 100", "au-delà des 100 jours (jour 256)"]);
  assert.deepEqual([ofCommune("Espalion"), ofCommune("Langogne"), ofCommune("Île-d'Aix")], ["d'Espalion", "de Langogne", "d'Île-d'Aix"]);
});
