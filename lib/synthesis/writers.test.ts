import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { maySynthesise, writerRefusal } from "./writers";

describe("who writes the synthesis", () => {
  it("the facilitator writes, whether or not others are assigned", () => {
    assert.equal(maySynthesise(["facilitateur"], true), true);
    assert.equal(maySynthesise(["facilitateur"], false), true);
  });
  it("the référent writes only when no facilitator is assigned", () => {
    assert.equal(maySynthesise(["referent"], false), true);
    assert.equal(maySynthesise(["referent"], true), false);
  });
  it("the maire and the professionals never write it", () => {
    assert.equal(maySynthesise(["maire"], false), false);
    assert.equal(maySynthesise(["maire"], true), false);
    assert.equal(maySynthesise(["professionnel"], false), false);
  });
  it("a maire who is also the référent writes when no facilitator is assigned", () => {
    assert.equal(maySynthesise(["maire", "referent"], false), true);
  });
  it("says why in French", () => {
    assert.match(writerRefusal(["maire"], true)!, /facilitat/);
    assert.match(writerRefusal(["maire"], false)!, /référent/);
    assert.equal(writerRefusal(["facilitateur"], true), null);
  });
});
