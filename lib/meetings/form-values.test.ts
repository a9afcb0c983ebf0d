import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { defaultPreparerIds } from "./form-values";

describe("who prepares a new meeting, by default", () => {
  const team = [
    { userId: "maire", roles: ["maire"] },
    { userId: "referent", roles: ["referent"] },
    { userId: "facilitatrice", roles: ["facilitateur"] },
  ];

  test("a facilitator creating it: the municipal team (maire, référent) is ticked too, the facilitator first", () => {
    assert.deepEqual(defaultPreparerIds(team, "facilitatrice"), ["facilitatrice", "maire", "referent"]);
  });

  test("the référent creating it: the maire and the facilitator too", () => {
    assert.deepEqual(defaultPreparerIds(team, "referent"), ["referent", "maire", "facilitatrice"]);
  });

  test("someone outside the team is never added; a lone maire is the whole team", () => {
    assert.deepEqual(defaultPreparerIds(team, "quelquun"), ["maire", "referent", "facilitatrice"]);
    assert.deepEqual(defaultPreparerIds([{ userId: "maire" }], "maire"), ["maire"]);
  });
});
