import { test } from "node:test";
import assert from "node:assert/strict";
import { isCommuneCode } from "./commune-code";

test("INSEE codes, Corsica's included, are commune codes", () => {
  for (const code of ["2A004", "2B033", "01004", "34172", "01001", "97411", "98412"]) assert.equal(isCommuneCode(code), true, code);
});

test("anything else is refused", () => {
  for (const code of [
    "1A004", // only the 20th département became 2A/2B
    "2C004",
    "4809",
    "480920",
    "1234",
    "123456",
    "2C001",
    "2a004", // the official list spells them in upper case
    "",
    "../x",
    "'; drop",
    " 34172",
    "34172 ",
    "3417a",
    "34172\n",
  ]) {
    assert.equal(isCommuneCode(code), false, JSON.stringify(code));
  }
  assert.equal(isCommuneCode(34172), false);
  assert.equal(isCommuneCode(null), false);
});
