import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { attendanceByProfession, attendanceSentence, receivesSynthesis } from "./readers";

describe("who receives the published synthesis", () => {
  it("an invitee who answered yes, even absent", () => assert.equal(receivesSynthesis({ answer: "oui", attended: false }), true));
  it("an invitee who attended, whatever the answer", () => {
    assert.equal(receivesSynthesis({ answer: "non", attended: true }), true);
    assert.equal(receivesSynthesis({ answer: null, attended: true }), true);
  });
  it("not one who declined and did not attend", () => assert.equal(receivesSynthesis({ answer: "non", attended: false }), false));
  it("not one who said maybe and did not come, nor one who never answered", () => {
    assert.equal(receivesSynthesis({ answer: "peut_etre", attended: false }), false);
    assert.equal(receivesSynthesis({ answer: null, attended: null }), false);
  });
});

describe("attendance by profession", () => {
  const rows = attendanceByProfession([
    { profession: "infirmier", attended: true },
    { profession: "medecin_generaliste", attended: true },
    { profession: "infirmier", attended: true },
    { profession: "pharmacien", attended: false },
    { profession: "Ostéopathe", attended: true },
  ]);
  it("counts only those present, most represented first", () => {
    assert.deepEqual(
      rows.map((r) => r.count),
      [2, 1, 1],
    );
    assert.equal(rows.length, 3);
    assert.ok(rows.some((r) => r.label === "Ostéopathe"));
  });
  it("says it in a sentence", () => {
    assert.match(attendanceSentence(rows), /^4 professionnel·les : 2 /);
    assert.equal(attendanceSentence([]), "Aucun·e professionnel·le invité·e n'a été noté·e présent·e.");
  });
});
