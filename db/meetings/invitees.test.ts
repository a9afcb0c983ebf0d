import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { isolateEachTest, testDatabase } from "../test-support";
import { professionals } from "../schema";
import { meetingFixture, inDays, people, throwsOf, type MeetingFixture } from "./test-fixture";
import { invitableProfessionals } from "./picker";
import { addInvitees, addInviteesFromInventory, removeInvitee } from "./invitees";
import { sendInvitations } from "./sending";
import { cancelMeeting } from "./meetings";
import { FieldError, FormError } from "@/lib/domain/errors";

const { db, sqlite } = testDatabase();
let f: MeetingFixture;
before(() => {
  f = meetingFixture(db, sqlite);
});
after(() => sqlite.close());
isolateEachTest(sqlite);

describe("adding invitees", () => {
  test("duplicates are merged: in the same list and with those already invited; a draft issues no link", () => {
    const { meeting: m } = f.draft();
    const first = addInvitees(f.as(f.referent), {
      meetingId: m.id,
      people: [...people("Anne Martin"), { name: "Anne (bis)", profession: "", email: "ANNE.MARTIN@exemple.fr" }],
      duplicateField: "emails",
    })!;
    assert.deepEqual(first.added.map((a) => a.email), ["anne.martin@exemple.fr"]);
    assert.deepEqual(first.duplicates, ["anne.martin@exemple.fr"]);
    assert.equal(first.issued.length, 0);
    assert.equal(first.added[0].tokenHash, null);
    const second = addInvitees(f.as(f.referent), { meetingId: m.id, people: people("Anne Martin", "Bruno Petit"), duplicateField: "emails" })!;
    assert.deepEqual(second.added.map((a) => a.name), ["Bruno Petit"]);
    assert.deepEqual(second.duplicates, ["anne.martin@exemple.fr"]);
  });

  test("only already-invited addresses: a message beside the field, nothing written", () => {
    const { meeting: m } = f.draft(["Anne Martin"]);
    const before = f.snapshot();
    throwsOf(FieldError, () => addInvitees(f.as(f.referent), { meetingId: m.id, people: people("Anne Martin"), duplicateField: "email" }), (e) => {
      assert.equal(e.field, "email");
      assert.equal(e.message, "anne.martin@exemple.fr est déjà invité·e à cette réunion.");
    });
    assert.equal(f.snapshot(), before);
  });

  test("once the invitations are out, a new invitee gets a link at once", () => {
    const { meeting } = f.sentMeeting(["Anne Martin"]);
    const done = addInvitees(f.as(f.referent), { meetingId: meeting.id, people: people("Bruno Petit"), duplicateField: "email" })!;
    assert.equal(done.issued.length, 1);
    assert.equal(done.issued[0].invitee.email, "bruno.petit@exemple.fr");
    assert.ok(done.added[0].tokenHash);
  });

  test("nobody is added once the meeting has started or is cancelled", () => {
    const { meeting } = f.sentMeeting(["Anne Martin"]);
    const before = f.snapshot();
    throwsOf(FormError, () => addInvitees(f.as(f.referent, inDays(10)), { meetingId: meeting.id, people: people("Bruno Petit"), duplicateField: "email" }), (e) =>
      assert.equal(e.message, "La réunion a commencé : on ne peut plus y inviter personne."),
    );
    assert.equal(f.snapshot(), before);
    cancelMeeting(f.as(f.referent), { meetingId: meeting.id, version: meeting.version, reason: "" });
    throwsOf(FormError, () => addInvitees(f.as(f.referent), { meetingId: meeting.id, people: people("Bruno Petit"), duplicateField: "email" }), (e) =>
      assert.equal(e.message, "Cette réunion est annulée : on ne peut plus y inviter personne."),
    );
  });

  test("picked from the inventory: this commune's professionals with an e-mail only, their profession kept", () => {
    const [gp, other, noMail, lyon] = db
      .insert(professionals)
      .values([
        { workspaceId: f.ws.id, profession: "medecin_generaliste", name: "Dr Gaëlle Pic", practiceLocation: "commune", practiceForm: "isole", email: "G.Pic@exemple.fr", source: "commune" },
        { workspaceId: f.ws.id, profession: "autre", professionOther: "Ostéopathe", name: null, practiceLocation: "commune", practiceForm: "isole", email: "osteo@exemple.fr", source: "commune" },
        { workspaceId: f.ws.id, profession: "infirmier", name: "Sans Adresse", practiceLocation: "commune", practiceForm: "isole", source: "commune" },
        { workspaceId: f.wsLyon.id, profession: "pharmacien", name: "Lyonnaise", practiceLocation: "commune", practiceForm: "isole", email: "lyon@exemple.fr", source: "commune" },
      ])
      .returning()
      .all();
    const { meeting: m } = f.draft();
    assert.deepEqual(
      invitableProfessionals(f.as(f.referent), { meetingId: m.id }).matches.map((p) => [p.label, p.profession, p.email]),
      [
        ["Dr Gaëlle Pic", "Médecin généraliste", "g.pic@exemple.fr"],
        ["Ostéopathe", "Ostéopathe", "osteo@exemple.fr"],
      ],
    );
    const before = f.snapshot();
    for (const ids of [[lyon.id], [noMail.id], [gp.id, 999_999]]) {
      throwsOf(FieldError, () => addInviteesFromInventory(f.as(f.referent), { meetingId: m.id, professionalIds: ids }), (e) => assert.equal(e.field, "professionalIds"));
    }
    assert.equal(f.snapshot(), before);
    const done = addInviteesFromInventory(f.as(f.referent), { meetingId: m.id, professionalIds: [gp.id, other.id] })!;
    assert.deepEqual(
      done.added.map((a) => [a.name, a.profession, a.email, a.professionalId]),
      [
        ["Dr Gaëlle Pic", "medecin_generaliste", "g.pic@exemple.fr", gp.id],
        ["Ostéopathe", "Ostéopathe", "osteo@exemple.fr", other.id],
      ],
    );
  });
});

describe("removing invitees", () => {
  test("any invitee of a draft", () => {
    const { meeting: m, added } = f.draft(["Anne Martin", "Bruno Petit"]);
    assert.equal(removeInvitee(f.as(f.referent), { meetingId: m.id, inviteeId: added[1].id })?.name, "Bruno Petit");
    const [h] = f.history("meeting.invitee_removed");
    assert.match(h.summary, /^Rose Référente a retiré Bruno Petit \(bruno\.petit@exemple\.fr\)/);
  });

  test("once sent, only one whose e-mail was not delivered", () => {
    const { meeting: m, added } = f.draft(["Anne Martin", "Bruno Petit"]);
    const sent = sendInvitations(f.as(f.referent), { meetingId: m.id, version: m.version })!;
    f.delivered(added[0].id, true);
    f.delivered(added[1].id, false);
    const before = f.snapshot();
    throwsOf(FormError, () => removeInvitee(f.as(f.referent), { meetingId: m.id, inviteeId: added[0].id }), (e) => assert.match(e.message, /a déjà reçu l'invitation/));
    assert.equal(f.snapshot(), before);
    assert.equal(removeInvitee(f.as(f.referent), { meetingId: sent.meeting.id, inviteeId: added[1].id })?.name, "Bruno Petit");
  });

  test("another meeting's invitee is not found", () => {
    const { meeting: a } = f.draft(["Anne Martin"]);
    const { added } = f.draft(["Bruno Petit"]);
    assert.equal(removeInvitee(f.as(f.referent), { meetingId: a.id, inviteeId: added[0].id }), null);
  });
});
