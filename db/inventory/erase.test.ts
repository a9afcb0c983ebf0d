import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { historyEvents, invitations, mails, meetingInvitees, meetings, nextSteps, professionals, workspaceMembers } from "../schema";
import { isolateEachTest, testDatabase } from "../test-support";
import { recordHistory } from "../history";
import { FormError } from "@/lib/domain/errors";
import { ERASED_PROFESSIONAL } from "@/lib/inventory/erasure";
import { eraseProfessional } from "./erase";
import { createProfessional, updateProfessional } from "./lines";
import { NOW, contextFor, joinedProfessional, lastHistory, line, setUpCommunes, snapshot, storedLine, type Setting } from "./test-fixtures";

const { db, sqlite } = testDatabase();
isolateEachTest(sqlite);
let s: Setting;
let as: ReturnType<typeof contextFor>;
before(() => {
  s = setUpCommunes(db);
  as = contextFor(db, s);
});
after(() => sqlite.close());

const EMAIL = "lucie.chabrol@idel.test";
const mailTo = (to: string, subject: string) => db.insert(mails).values({ to, subject, text: subject, html: subject, status: "conserve", createdAt: NOW }).run();
const historyOf = (workspaceId: number) => db.select().from(historyEvents).where(eq(historyEvents.workspaceId, workspaceId)).all();

/** A meeting of the workspace with the line's person invited, who answered, and a next step given to them. */
function invitedToAMeeting(workspaceId: number, professionalId: number) {
  const m = db
    .insert(meetings)
    .values({ workspaceId, title: "Première rencontre", kind: "premiere", startsAt: NOW, durationMinutes: 90, place: "Mairie", icsUid: `uid-${workspaceId}-${professionalId}` })
    .returning()
    .get();
  const invitee = db
    .insert(meetingInvitees)
    .values({ meetingId: m.id, professionalId, name: "Lucie Chabrol", profession: "infirmier", email: EMAIL, tokenHash: "h".repeat(64), answer: "oui", comment: "Je viens avec Lucie Chabrol, ma collègue", situation: "Cabinet seul", attended: true })
    .returning()
    .get();
  const step = db
    .insert(nextSteps)
    .values({ workspaceId, meetingId: m.id, title: "Visiter le local", ownerKind: "invite", ownerInviteeId: invitee.id, ownerLabel: "Lucie Chabrol", dueOn: "2026-05-01" })
    .returning()
    .get();
  return { meeting: m, invitee, step };
}

describe("erasing a professional's line", () => {
  test("the line, its invitations and access go; its name, address and phone leave the history, the meetings and the next steps; its mails are deleted", () => {
    const { line: l, pro } = joinedProfessional(db, s, { phone: "06 12 34 56 78" });
    const { invitee, step } = invitedToAMeeting(s.ws.id, l.id);
    recordHistory(db, { workspaceId: s.ws.id, actorId: s.referent.id, action: "meeting.invitees_added", summary: `Thomas Rouquette a invité Lucie Chabrol (${EMAIL}, 06 12 34 56 78).`, createdAt: NOW });
    // The same name in another commune's history is that commune's business: untouched.
    recordHistory(db, { workspaceId: s.otherWs.id, actorId: s.other.id, action: "inventory.professional_added", summary: "Autre Maire a ajouté Lucie Chabrol.", createdAt: NOW });
    mailTo(EMAIL, "Votre fiche");
    mailTo(EMAIL.toUpperCase(), "Rappel");
    mailTo("maire@marvejols.test", "Pour la maire");
    assert.ok(historyOf(s.ws.id).some((e) => e.summary.includes("Lucie Chabrol")));

    const result = eraseProfessional(as(s.maire), { id: l.id, version: l.version })!;

    assert.equal(result.mailsDeleted, 2);
    assert.equal(result.inviteesAnonymised, 1);
    assert.equal(result.accessRemoved, true);
    assert.ok(result.historyScrubbed >= 3, `history events scrubbed: ${result.historyScrubbed}`);
    assert.equal(storedLine(db, l.id), undefined);
    assert.equal(db.select().from(invitations).where(eq(invitations.professionalId, l.id)).all().length, 0);
    assert.equal(db.select().from(workspaceMembers).where(eq(workspaceMembers.userId, pro.id)).all().length, 0);

    const history = JSON.stringify(historyOf(s.ws.id).map((e) => e.summary));
    for (const personal of ["Lucie", "Chabrol", EMAIL, "06 12 34 56 78"]) assert.ok(!history.includes(personal), `${personal} still in ${history}`);
    assert.ok(history.includes(`Thomas Rouquette a invité ${ERASED_PROFESSIONAL} (${ERASED_PROFESSIONAL}, ${ERASED_PROFESSIONAL}).`));
    assert.equal(historyOf(s.otherWs.id)[0].summary, "Autre Maire a ajouté Lucie Chabrol.");

    const last = lastHistory(db, s.ws.id);
    assert.equal(last.action, "inventory.professional_erased");
    assert.match(last.summary, /^Claire Fabre a effacé la fiche d'un·e professionnel·le/);

    const anonymised = db.select().from(meetingInvitees).where(eq(meetingInvitees.id, invitee.id)).get()!;
    assert.equal(anonymised.name, ERASED_PROFESSIONAL);
    assert.ok(!anonymised.email.includes("chabrol"));
    assert.equal(anonymised.tokenHash, null);
    assert.equal(anonymised.comment, null);
    assert.equal(anonymised.situation, null);
    assert.equal(anonymised.answer, "oui"); // the meeting's counts stay right
    assert.equal(anonymised.attended, true);
    const owned = db.select().from(nextSteps).where(eq(nextSteps.id, step.id)).get()!;
    assert.equal(owned.ownerLabel, ERASED_PROFESSIONAL);
    assert.equal(owned.ownerInviteeId, null);

    const left = db.select({ to: mails.to }).from(mails).all().map((m) => m.to);
    assert.deepEqual(left, ["maire@marvejols.test"]);
  });

  test("a line changed since it was opened, or another commune's line: nothing written", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: "Paul Astruc" }), source: "commune" });
    updateProfessional(as(s.referent), { id: l.id, version: 1, line: line({ name: "Paul Astruc", interest: "non" }), team: true });
    const untouched = snapshot(sqlite);
    assert.throws(() => eraseProfessional(as(s.maire), { id: l.id, version: 1 }), (e) => e instanceof FormError && /modifiée depuis/.test(e.message));
    assert.equal(eraseProfessional(as(s.other, s.otherWs), { id: l.id, version: 2 }), null);
    assert.equal(snapshot(sqlite), untouched);
    assert.ok(db.select().from(professionals).where(eq(professionals.id, l.id)).get());
  });

  test("an anonymous line without contact: deleted, the history keeps its other words", () => {
    const l = createProfessional(as(s.referent), { line: line({ name: null }), source: "commune" });
    const before = historyOf(s.ws.id).map((e) => e.summary);
    const result = eraseProfessional(as(s.maire), { id: l.id, version: 1 })!;
    assert.deepEqual(result, { historyScrubbed: 0, mailsDeleted: 0, inviteesAnonymised: 0, accessRemoved: false });
    assert.deepEqual(historyOf(s.ws.id).map((e) => e.summary).slice(0, before.length), before);
    assert.equal(storedLine(db, l.id), undefined);
  });
});
