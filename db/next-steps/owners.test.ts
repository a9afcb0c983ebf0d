import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { addInvitees } from "../meetings";
import { createProfessional } from "../inventory";
import { line as lineInput } from "../inventory/test-fixtures";
import { nextStepOwnerOptions } from "./owners";
import { nextStepFixture, statementsOf, type NextStepFixture } from "./test-fixture";
import { ACTORS } from "@/lib/domain/enums";

const { db, sqlite } = testDatabase();
let f: NextStepFixture;
before(() => {
  f = nextStepFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

const labels = (groups: ReturnType<typeof nextStepOwnerOptions>) => groups.map((g) => [g.label, g.options.map((o) => o.label)] as const);

describe("the owner select's options", () => {
  test("for a meeting: members by role, its invitees, the named lines, then the actors", () => {
    const groups = nextStepOwnerOptions(f.as(f.referent), { meetingId: f.meeting.id });
    const [members, invitees, lines, actors] = labels(groups);
    assert.deepEqual(members, [
      "Membres de l'espace (avec un compte)",
      ["Michaël Delafosse — Maire", "Rose Référente — Référent·e santé", "Fanny Facilitatrice — Facilitateur·rice", "Lucie Chabrol — Professionnel·le de santé"],
    ]);
    assert.deepEqual(invitees, ["Invité·es de la réunion", ["Anne Martin — Médecin généraliste", "Bruno Petit — Infirmier·ère"]]);
    // The anonymous line is not offered; Lucie Chabrol is offered once, as the member she is.
    assert.deepEqual(lines, ["Professionnels de l'état des lieux", ["Marie Pagès — Infirmier·ère"]]);
    assert.equal(actors[0], "Acteurs");
    assert.equal(actors[1].length, ACTORS.length);
    assert.equal(groups[0].options[0].value, `membre:${f.maire.id}`);
    assert.equal(groups[1].options[0].value, `invite:${f.anne.id}`);
    assert.equal(groups[2].options[0].value, `professionnel:${f.named.id}`);
    assert.deepEqual(groups[3].options.slice(0, 2), [
      { value: "acteur:commune", label: "La commune" },
      { value: "acteur:professionnels", label: "Les professionnel·les de santé" },
    ]);
  });

  test("without a meeting, or with another commune's meeting: no invitees", () => {
    assert.deepEqual(
      nextStepOwnerOptions(f.as(f.referent)).map((g) => g.label),
      ["Membres de l'espace (avec un compte)", "Professionnels de l'état des lieux", "Acteurs"],
    );
    assert.deepEqual(
      nextStepOwnerOptions(f.as(f.referent), { meetingId: f.lyonMeeting.id }).map((g) => g.label),
      ["Membres de l'espace (avec un compte)", "Professionnels de l'état des lieux", "Acteurs"],
    );
  });

  test("an invitee who is a member is offered as the member; an invited line as the invitee", () => {
    const invited = createProfessional(f.as(f.referent), { line: lineInput({ name: "Jeanne Invitée", email: "jeanne@idel.test" }), source: "commune" });
    addInvitees(f.as(f.referent), {
      meetingId: f.meeting.id,
      people: [
        { name: "Rose (réf.)", profession: "autre", email: "referent@montpellier.fr" },
        { name: "Jeanne Invitée", profession: "infirmier", email: "jeanne@idel.test", professionalId: invited.id },
      ],
      duplicateField: "emails",
    });
    const [, invitees, lines] = labels(nextStepOwnerOptions(f.as(f.referent), { meetingId: f.meeting.id }));
    assert.deepEqual(invitees[1], ["Anne Martin — Médecin généraliste", "Bruno Petit — Infirmier·ère", "Jeanne Invitée — Infirmier·ère"]);
    assert.deepEqual(lines[1], ["Marie Pagès — Infirmier·ère"]);
  });

  test("nothing of Lyon in Montpellier's options", () => {
    const values = nextStepOwnerOptions(f.as(f.referent), { meetingId: f.meeting.id }).flatMap((g) => g.options.map((o) => o.value));
    for (const v of [`membre:${f.maireLyon.id}`, `invite:${f.lyonInvitee.id}`, `professionnel:${f.lyonLine.id}`]) assert.ok(!values.includes(v), v);
  });

  test("a fixed number of queries, whatever the number of people", () => {
    const before = statementsOf(sqlite, () => nextStepOwnerOptions(f.as(f.referent), { meetingId: f.meeting.id }));
    for (let i = 0; i < 15; i++) createProfessional(f.as(f.referent), { line: lineInput({ name: `Pro ${i}` }), source: "commune" });
    addInvitees(f.as(f.referent), { meetingId: f.meeting.id, people: Array.from({ length: 10 }, (_, i) => ({ name: `Invité ${i}`, profession: "infirmier", email: `i${i}@x.test` })), duplicateField: "emails" });
    const after = statementsOf(sqlite, () => nextStepOwnerOptions(f.as(f.referent), { meetingId: f.meeting.id }));
    assert.equal(after, before);
    assert.ok(after <= 3, `${after} queries`);
  });
});
